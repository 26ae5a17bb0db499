"""The spaCy pipeline, as the extractor needs it.

Loading costs about a second and ~100 MB, so it never happens at import time:
`tracker --help` and the web app stay fast. Whoever builds an `Extractor`
loads it once, with `load_nlp`.
"""

from __future__ import annotations

from functools import cache
from typing import Any

# The extractor reads POS tags, lemmas, the dependency parse and PERSON/ORG
# entities; nothing in the English pipeline is unused except what we list here.
UNUSED_COMPONENTS: tuple[str, ...] = ("senter",)

PARAGRAPH_BREAKS = "paragraph_breaks"


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


@cache
def load_nlp(name: str) -> Any:
    """Load the spaCy pipeline `name` with the paragraph-break component first.

    Costs about a second and ~100 MB, so a process loads each pipeline once: a
    second `Extractor` in the same process (a command run in-process after
    another, a second app) shares the first one's. Nothing changes a loaded
    pipeline, and the threads of one extractor already share theirs."""
    import spacy  # deferred: importing spaCy alone takes ~0.5 s

    nlp = spacy.load(name, exclude=list(UNUSED_COMPONENTS))
    _register()
    nlp.add_pipe(PARAGRAPH_BREAKS, first=True)
    return nlp
