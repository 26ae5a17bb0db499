"""Quotation spans: the words a source is quoted as saying.

Handles curly, straight, German („ “), French (« ») and single (‘ ’) marks,
closing marks typed as openers (”word), quotes that run over several sentences
and paragraphs (a paragraph that opens a quote without closing it continues
into the next one that opens with a mark), and dialogue dashes used as
quotation marks in translated articles ("– We will not – he said.").
Spans are character offsets of the quoted words, marks excluded.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .segments import Paragraph


@dataclass(frozen=True)
class Quote:
    start: int  # first character of the quoted words
    end: int  # one past the last quoted character
    style: str  # "double", "single" or "dash"
    closed: bool  # False when the quote ran to the end of its paragraph

    def words(self, text: str) -> int:
        return len(text[self.start : self.end].split())


_OPEN_ONLY = "«„‹"
_CLOSE_ONLY = "»›"
_DOUBLE = "“”\"«»„‹›"
_LEFT_CONTEXT = " \t\n([{—–-/"


def _role(text: str, i: int) -> str | None:
    """Classify a double-quote mark at i as 'open', 'close' or None (stray)."""
    ch = text[i]
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    can_open = (prev in _LEFT_CONTEXT or prev in _DOUBLE) and not nxt.isspace()
    can_close = not prev.isspace() and (nxt.isspace() or not nxt.isalnum())
    if ch in _OPEN_ONLY:
        return "open"
    if ch in _CLOSE_ONLY:
        return "close"
    if can_open and not can_close:
        return "open"
    if can_close and not can_open:
        return "close"
    if can_open and can_close:
        return "either"
    return None


def _double_quotes(text: str, paras: list[Paragraph]) -> list[Quote]:
    """Pair double marks, letting an unclosed quote continue across paragraphs."""
    out: list[Quote] = []
    open_at: int | None = None
    for pi, para in enumerate(paras):
        if para.furniture:
            continue
        for m in re.finditer(f"[{_DOUBLE}]", para.text):
            i = para.start + m.start()
            role = _role(text, i)
            if open_at is None and role in ("open", "either"):
                open_at = i + 1
            elif open_at is not None and role in ("close", "either") and i > open_at:
                out.append(Quote(open_at, i, "double", True))
                open_at = None
        if open_at is not None and not _continues(text, paras, pi):
            out.append(Quote(open_at, para.end, "double", False))
            open_at = None
    return out


def _continues(text: str, paras: list[Paragraph], pi: int) -> bool:
    """A quote left open at the end of paragraph pi goes on if the next prose
    paragraph opens with a quotation mark (the usual newspaper convention)."""
    for nxt in paras[pi + 1 :]:
        if nxt.furniture:
            continue
        return nxt.text.lstrip()[:1] in "“\"«„"
    return False


_SINGLE = re.compile(r"(?<![\w])‘(?=\S)(.+?)(?<=\S)’(?![\w])")


def _single_quotes(text: str, paras: list[Paragraph], taken: list[Quote]) -> list[Quote]:
    """‘…’ quotes outside any double quote (inside one they are nested quotes)."""
    out = []
    for para in paras:
        if para.furniture:
            continue
        for m in _SINGLE.finditer(para.text):
            s, e = para.start + m.start(1), para.start + m.end(1)
            if not any(q.start <= s and e <= q.end for q in taken):
                out.append(Quote(s, e, "single", True))
    return out


_DASH_OPEN = re.compile(r"(?:^|(?<=[.!?…]\s))\s*[–—-]\s+(?=\S)")
# The closing dash of a dialogue quote is followed by a short attribution.
_DASH_CLOSE = re.compile(r"\s[–—]\s+(?=[^–—.!?]{1,80}[.!?,:]?\s*$|[^–—.!?]{1,80}[.!?])")


def _dash_quotes(paras: list[Paragraph], taken: list[Quote]) -> list[Quote]:
    """Dialogue dashes: '– words – he said.' or a paragraph opened by a dash."""
    out = []
    for para in paras:
        if para.furniture:
            continue
        for m in _DASH_OPEN.finditer(para.text):
            s = para.start + m.end()
            if any(q.start <= s < q.end for q in taken):
                continue
            rest = para.text[m.end() :]
            close = _dash_close(rest)
            end = s + close if close is not None else para.end
            out.append(Quote(s, end, "dash", close is not None))
    return out


def _dash_close(rest: str) -> int | None:
    """Offset in `rest` of the dash that ends a dialogue quote, if any: the last
    ' – ' after which only a short attribution clause follows."""
    best = None
    for m in re.finditer(r"\s[–—]\s+", rest):
        tail = rest[m.end() :]
        clause = re.split(r"(?<=[.!?])\s", tail, maxsplit=1)[0]
        if len(clause.split()) <= 14 and clause[:1].isalpha():
            best = m.start()
            break
    return best


def find_quotes(text: str, paras: list[Paragraph]) -> list[Quote]:
    """All quotation spans in reading order."""
    double = _double_quotes(text, paras)
    single = _single_quotes(text, paras, double)
    dash = _dash_quotes(paras, double + single)
    quotes = [_strip(text, q) for q in double + single + dash if text[q.start : q.end].strip()]
    return sorted(quotes, key=lambda q: q.start)


def _strip(text: str, q: Quote) -> Quote:
    """« Nous restons » → the words without the inner spaces."""
    s, e = q.start, q.end
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return Quote(s, e, q.style, q.closed)


_NAME_WORD = re.compile(r"^[A-Z0-9][\w’'.-]*$")
_SMALL = {"of", "the", "and", "for", "on", "in", "de", "la", "to", "a"}


def is_name_like(quoted: str) -> bool:
    """Quoted titles and proper names ("Alliance of Sahel States", "Guiana
    Essequiba") are labels, not speech."""
    words = quoted.strip(" ,.").split()
    if not words or len(words) > 8:
        return False
    caps = [w for w in words if w.lower() not in _SMALL]
    return bool(caps) and all(_NAME_WORD.match(w) for w in caps) and words[0][:1].isupper()


def is_fragment(text: str, q: Quote) -> bool:
    """A short quoted phrase (scare quote, label, single term) rather than speech."""
    quoted = text[q.start : q.end]
    return q.words(text) < 4 or is_name_like(quoted)
