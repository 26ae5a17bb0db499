"""The unit the detectors produce: one attribution cue with its parts.

A cue ties a speaker (a token heading the source phrase) to a content span.
Detectors (reported.py, contacts.py) only look at one sentence's parse; the
assembly step links cues to quotes and resolves speakers across sentences.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # spaCy is imported only when the pipeline loads
    from spacy.tokens import Token


@dataclass
class Cue:
    kind: str  # "indirect" or "contact"
    lemma: str  # "say", "according to", "meet", ...
    anchor: Token  # the verb (or "according") the cue hangs on
    speaker: Token | None  # head of the source phrase
    start: int  # content span, characters
    end: int
    tokens: frozenset[int] = frozenset()  # token indices of the content (nested cues inside are absorbed)
    speech: bool = False  # a verb of saying: its content is its complement clause
    parent: int | None = None  # anchor index of the cue this one extends (", adding ...")
    overrides: int | None = None  # anchor index of a cue whose speaker this one replaces
    targets: list[Token] = field(default_factory=list)
    wants_quote: bool = False  # ends with a colon: the next quotation is its content

    @property
    def cue_span(self) -> tuple[int, int]:
        a = self.anchor
        return a.idx, a.idx + len(a.text)
