"""Parsing texts of any length in bounded time and memory.

spaCy refuses texts over `nlp.max_length` characters (E088), its tagger and
parser hold activations for the whole text at once (a 400 KB article took
1.4 GB), and its tokenizer is quadratic in the length of a run of characters
without white space (12,000 `"` in a row took 16 s). Ordinary articles (up to
`PART_CHARS` characters, no run of `LONG_RUN` non-space characters) are parsed
as they always were. Longer texts are cut into parts at line breaks (else at a
space, else anywhere), each part is parsed on its own, and the parsed parts
are joined back into one `Doc` whose text is the original, so character offsets
are unchanged; the deadline (`check_deadline`) is checked between parts. Runs of
`LONG_RUN` or more non-space characters (no prose has them) are tokenized here
instead of by spaCy's tokenizer: one token per `WORD_CHARS` characters, so that
such a run costs the parser no more tokens than prose of the same length.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from .deadline import check_deadline

if TYPE_CHECKING:  # spaCy is imported only when the pipeline loads
    from spacy.tokens import Doc

PART_CHARS = 50_000
LONG_RUN = 200  # the longest run without white space in the gold sets is 120 characters
WORD_CHARS = 50  # characters per token in such a run
_LONG_RUN_RX = re.compile(rf"\S{{{LONG_RUN},}}")
_PIECE_RX = re.compile(rf"\S{{1,{WORD_CHARS}}}")


def needs_parts(text: str) -> bool:
    """Whether `text` is too long, or has a run too long, to hand to spaCy whole."""
    return len(text) > PART_CHARS or _LONG_RUN_RX.search(text) is not None


def split_parts(text: str, size: int = PART_CHARS) -> list[str]:
    """`text` cut into consecutive parts of at most `size` characters, after a line break
    where there is one in the second half of the part, else after a space, else anywhere."""
    parts = []
    pos = 0
    while len(text) - pos > size:
        lo, hi = pos + size // 2, pos + size
        cut = text.rfind("\n", lo, hi)
        if cut < 0:
            cut = text.rfind(" ", lo, hi)
        end = cut + 1 if cut >= 0 else hi
        parts.append(text[pos:end])
        pos = end
    parts.append(text[pos:])
    return parts


def tokenize(nlp: Any, text: str) -> Doc:
    """`nlp.make_doc(text)`, except that runs of `LONG_RUN` or more non-space characters are
    cut into tokens here (spaCy's tokenizer is quadratic in their length)."""
    from spacy.tokens import Doc

    if _LONG_RUN_RX.search(text) is None:
        return nlp.make_doc(text)
    docs = []
    pos = 0
    for m in _LONG_RUN_RX.finditer(text):
        if m.start() > pos:
            docs.append(nlp.make_doc(text[pos : m.start()]))
        words = _PIECE_RX.findall(m.group())
        space = text[m.end() : m.end() + 1] == " "
        docs.append(Doc(nlp.vocab, words=words, spaces=[False] * (len(words) - 1) + [space]))
        pos = m.end() + (1 if space else 0)
    if pos < len(text):
        docs.append(nlp.make_doc(text[pos:]))
    return Doc.from_docs(docs, ensure_whitespace=False)


def parse_long(nlp: Any, text: str) -> Doc:
    """Parse `text` part by part (see the module's docstring); the joined `Doc` has `text` as its text."""
    from spacy.tokens import Doc

    docs = []
    for part in split_parts(text):
        check_deadline()
        docs.append(nlp(tokenize(nlp, part)))
    check_deadline()
    doc = docs[0] if len(docs) == 1 else Doc.from_docs(docs, ensure_whitespace=False)
    if doc.text != text:  # the offsets of every statement depend on it
        raise AssertionError("parsed parts do not add up to the text")
    return doc
