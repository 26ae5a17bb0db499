"""Sentences of a parsed article, indexed once.

spaCy's `token.sent` walks back and forth from the token to the sentence
boundaries and checks the whole document's annotation on every call, and
`span.ents` / `span.root` scan the document's entities or the sentence's tokens:
called per token, they make extraction quadratic in the length of a paragraph.
`Sentences` computes each of them once per document (kept in `doc.user_data`);
the rules use `sent_of(token)`, `sent_ents(sent)`, `sent_root(sent)`,
`token_at(doc, char)`, `doc_text(doc)` and `doc_ents(doc)` instead.
"""

from __future__ import annotations

from bisect import bisect_right
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # spaCy is imported only when the pipeline loads
    from spacy.tokens import Doc, Span, Token

_KEY = "tracker.sentences"
_TEXT_KEY = "tracker.text"


class Sentences:
    """Sentence spans, the sentence of each token, each sentence's entities and root,
    and token start offsets, computed in one pass over the document."""

    def __init__(self, doc: Doc):
        # read as arrays: `doc.sents` and `t.idx` build a Token object per token
        bounds = _sentence_starts(doc) + [len(doc)]
        self.spans: list[Span] = [doc[a:b] for a, b in zip(bounds, bounds[1:])]
        self.of_token: list[int] = []
        self.by_start: dict[int, int] = {}
        for n, s in enumerate(self.spans):
            self.by_start[s.start] = n
            self.of_token.extend([n] * (s.end - s.start))
        self.starts: list[int] = doc.to_array("IDX").tolist() if len(doc) else []
        self._ents: list[list[Span]] | None = None
        self._doc_ents: tuple[Span, ...] | None = None
        self._roots: dict[int, Token] = {}
        self.doc = doc
        # spaCy joins the tokens' texts on every `doc.text`: the text parsed, when known, is the same
        self.text: str = doc.user_data.get(_TEXT_KEY) or doc.text
        self.cache: dict[str, Any] = {}  # other per-document tables the rules build once

    def doc_ents(self) -> tuple[Span, ...]:
        """`doc.ents`, read once: spaCy builds a new Span for every entity on each read, and the
        entities are final once the pipeline has run (only its own components set them)."""
        if self._doc_ents is None:
            self._doc_ents = self.doc.ents
        return self._doc_ents

    def ents(self, n: int) -> list[Span]:
        if self._ents is None:
            self._ents = [[] for _ in self.spans]
            for e in self.doc_ents():
                # spaCy's Span.ents: the entities lying wholly inside the sentence
                n0 = self.of_token[e.start]
                if self.spans[n0].end >= e.end:
                    self._ents[n0].append(e)
        return self._ents[n]

    def root(self, n: int) -> Token:
        if n not in self._roots:
            self._roots[n] = self.spans[n].root
        return self._roots[n]


def _sentence_starts(doc: Doc) -> list[int]:
    """Where each sentence starts (the first token always does), as `doc.sents` gives them."""
    if not len(doc):
        return []
    flags = doc.to_array("SENT_START").tolist()
    return [0] + [i for i, flag in enumerate(flags) if flag == 1 and i > 0]


def sentences(doc: Doc) -> Sentences:
    """The document's sentence index, built on first use."""
    idx = doc.user_data.get(_KEY)
    if idx is None:
        idx = doc.user_data[_KEY] = Sentences(doc)
    return idx


def known_text(doc: Doc, text: str) -> None:
    """Keep the text `doc` was parsed from, which is `doc.text` (spaCy's tokens keep every
    character), so that it need not be joined again from the tokens."""
    parsed_length = doc[-1].idx + len(doc[-1].text_with_ws) if len(doc) else 0
    if parsed_length == len(text):  # a cheap check that this is the text parsed
        doc.user_data[_TEXT_KEY] = text


def doc_text(doc: Doc) -> str:
    """`doc.text`, joined once per document."""
    return sentences(doc).text


def doc_ents(doc: Doc) -> tuple[Span, ...]:
    """`doc.ents`, built once per document."""
    return sentences(doc).doc_ents()


def sent_of(token: Token) -> Span:
    """`token.sent`, in constant time."""
    idx = sentences(token.doc)
    return idx.spans[idx.of_token[token.i]]


def _number(sent: Span) -> int:
    return sentences(sent.doc).by_start[sent.start]


def sent_ents(sent: Span) -> list[Span]:
    """`sent.ents` for a sentence span, without scanning the document's entities."""
    return sentences(sent.doc).ents(_number(sent))


def sent_root(sent: Span) -> Token:
    """`sent.root` for a sentence span, computed once per sentence."""
    return sentences(sent.doc).root(_number(sent))


def token_at(doc: Doc, pos: int) -> int:
    """Index of the token covering (or last starting before) character `pos`."""
    return max(0, bisect_right(sentences(doc).starts, pos) - 1)
