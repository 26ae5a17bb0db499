"""The spaCy pipeline, loaded lazily and once per process.

Loading costs about a second and ~100 MB, so it never happens at import time:
`tracker --help` and the web app stay fast, and worker processes each load
their own copy on first use.
"""

from __future__ import annotations

import threading
from typing import Any

from app.config import get_settings

# The extractor reads POS tags, lemmas, the dependency parse and PERSON/ORG
# entities; nothing in the English pipeline is unused except what we list here.
UNUSED_COMPONENTS: tuple[str, ...] = ("senter",)

PARAGRAPH_BREAKS = "paragraph_breaks"

_lock = threading.Lock()


def _paragraph_breaks(doc):
    """Start a sentence after every line break, so the parser never joins two
    paragraphs (or a blanked-out paragraph and its neighbour) into one sentence."""
    for i in range(1, len(doc)):
        prev = doc[i - 1]
        if "\n" in prev.text or (prev.is_space and "\n" in prev.whitespace_):
            doc[i].is_sent_start = True
        elif "\n" in prev.whitespace_:
            doc[i].is_sent_start = True
    return doc


def _register() -> None:
    from spacy.language import Language

    if not Language.has_factory(PARAGRAPH_BREAKS):
        Language.component(PARAGRAPH_BREAKS, func=_paragraph_breaks)


_cache: dict[str, Any] = {}


def get_nlp(model: str | None = None) -> Any:
    """Return the process-wide spaCy `Language` named by the settings."""
    name = model or get_settings().spacy_model
    nlp = _cache.get(name)
    if nlp is None:
        with _lock:
            nlp = _cache.get(name)
            if nlp is None:
                import spacy  # deferred: importing spaCy alone takes ~0.5 s

                nlp = spacy.load(name, exclude=list(UNUSED_COMPONENTS))
                _register()
                nlp.add_pipe(PARAGRAPH_BREAKS, first=True)
                _cache[name] = nlp
    return nlp
