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

_lock = threading.Lock()
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
                _cache[name] = nlp
    return nlp
