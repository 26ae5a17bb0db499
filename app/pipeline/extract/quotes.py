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

from app.lang.extract_schema import ExtractLexicon

from .dateline import read_dateline
from .segments import Paragraph


@dataclass(frozen=True)
class Quote:
    start: int  # first character of the quoted words
    end: int  # one past the last quoted character
    style: str  # "double", "single" or "dash"
    closed: bool  # False when the quote ran to the end of its paragraph

    def words(self, text: str) -> int:
        return len(text[self.start : self.end].split())


def _role(text: str, i: int, lex: ExtractLexicon) -> str | None:
    """Classify a double-quote mark at i as 'open', 'close' or None (stray)."""
    marks = lex.quotes
    ch = text[i]
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    can_open = (prev in marks.left_context or prev in marks.double_marks) and not nxt.isspace()
    can_close = not prev.isspace() and (nxt.isspace() or not nxt.isalnum())
    if ch in marks.open_only:
        return "open"
    if ch in marks.close_only:
        return "close"
    if can_open and not can_close:
        return "open"
    if can_close and not can_open:
        return "close"
    if can_open and can_close:
        return "either"
    return None


def _double_quotes(text: str, paras: list[Paragraph], lex: ExtractLexicon) -> list[Quote]:
    """Pair double marks, letting an unclosed quote continue across paragraphs."""
    out: list[Quote] = []
    open_at: int | None = None
    for pi, para in enumerate(paras):
        if para.furniture:
            continue
        for m in lex.quotes.double_rx.finditer(para.text):
            i = para.start + m.start()
            role = _role(text, i, lex)
            if open_at is None and role in ("open", "either"):
                open_at = i + 1
            elif open_at is not None and role in ("close", "either") and i > open_at:
                out.append(Quote(open_at, i, "double", True))
                open_at = None
        if open_at is not None and not _continues(text, paras, pi, lex):
            out.append(Quote(open_at, para.end, "double", False))
            open_at = None
    return out


def _continues(text: str, paras: list[Paragraph], pi: int, lex: ExtractLexicon) -> bool:
    """A quote left open at the end of paragraph pi goes on if the next prose
    paragraph opens with a quotation mark (the usual newspaper convention)."""
    for nxt in paras[pi + 1 :]:
        if nxt.furniture:
            continue
        return nxt.text.lstrip()[:1] in lex.quotes.continuation_marks
    return False


def _single_quotes(text: str, paras: list[Paragraph], taken: list[Quote], lex: ExtractLexicon) -> list[Quote]:
    """‘…’ quotes outside any double quote (inside one they are nested quotes)."""
    out = []
    for para in paras:
        if para.furniture:
            continue
        for m in lex.quotes.single_rx.finditer(para.text):
            s, e = para.start + m.start(1), para.start + m.end(1)
            if not any(q.start <= s and e <= q.end for q in taken):
                out.append(Quote(s, e, "single", True))
    return out


def _dash_quotes(paras: list[Paragraph], taken: list[Quote], lex: ExtractLexicon) -> list[Quote]:
    """Dialogue dashes: '– words – he said.' or a paragraph opened by a dash."""
    out = []
    for n, para in enumerate(paras):
        if para.furniture:
            continue
        for m in lex.quotes.dash_open_rx.finditer(para.text):
            before = para.text[: m.start()]
            if before.strip() and read_dateline(before, lex, "before_dash") is not None:
                continue  # "OSTRAVA, MORAVIA REG. – …": the dash ends a dateline
            s = para.start + m.end()
            if any(q.start <= s < q.end for q in taken):
                continue
            rest = para.text[m.end() :]
            close = _dash_close(rest, lex)
            if close is None and m.group().strip() == "-":
                continue  # "- Foreign Minister X expressed concern …": a list's bullet, no dialogue dash
            if close is None and _narration_after_dash(rest, before or (paras[n - 1].text if n else ""), lex):
                continue  # "– Foreign Minister X reiterated …": a dateline's remains before narration
            end = s + close if close is not None else para.end
            out.append(Quote(s, end, "dash", close is not None))
    return out


def _narration_after_dash(rest: str, text_before: str, lex: ExtractLexicon) -> bool:
    """ "– Deputy Prime Minister and Foreign Minister X reiterated …" with no dash to close it: a title
    and a name before a verb in the past, in a paragraph that says no "I", "we" or "you", and not after
    a colon that announces a quotation ("Lavrov said: ¶ – The Americans violated …")."""
    m = lex.quotes.dash_narration_rx.match(rest)
    if m is None or text_before.rstrip().endswith(":"):
        return False
    titles = lex.speakers.person_titles
    if not any(w.strip(".,").lower() in titles for w in m.group("run").split()):
        return False
    # as written: "US" in capitals is a country, not "us"
    words = {w.lower() for w in re.findall(r"[A-Za-z]+", rest) if w == "I" or not w.isupper()}
    return not words & lex.quotes.dash_speaker_words


def _dash_close(rest: str, lex: ExtractLexicon) -> int | None:
    """Offset in `rest` of the dash that ends a dialogue quote, if any: the last
    ' – ' after which only a short attribution clause follows."""
    best = None
    for m in lex.quotes.dash_close_rx.finditer(rest):
        tail = rest[m.end() :]
        clause = re.split(r"(?<=[.!?])\s", tail, maxsplit=1)[0]
        clause = lex.quotes.dash_attribution_end_rx.split(clause, maxsplit=1)[0]
        if len(clause.split()) <= lex.quotes.dash_attribution_words and clause[:1].isalpha():
            best = m.start()
            break
    return best


def find_quotes(text: str, paras: list[Paragraph], lex: ExtractLexicon) -> list[Quote]:
    """All quotation spans in reading order."""
    double = _double_quotes(text, paras, lex)
    single = _single_quotes(text, paras, double, lex)
    dash = _dash_quotes(paras, double + single, lex)
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


def is_name_like(quoted: str, lex: ExtractLexicon) -> bool:
    """Quoted titles and proper names ("Alliance of Sahel States", "Guiana
    Essequiba") are labels, not speech."""
    words = quoted.strip(" ,.").split()
    if not words or len(words) > 8:
        return False
    caps = [w for w in words if w.lower() not in lex.quotes.name_small_words]
    return bool(caps) and all(lex.quotes.name_word_rx.match(w) for w in caps) and words[0][:1].isupper()


def is_fragment(text: str, q: Quote, lex: ExtractLexicon) -> bool:
    """A short quoted phrase (scare quote, label, single term) rather than speech."""
    quoted = text[q.start : q.end]
    return q.words(text) < lex.quotes.min_speech_words or is_name_like(quoted, lex)
