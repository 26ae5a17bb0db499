"""Drafts → `ExtractedStatement`s: spans, kind, speaker, date, category, confidence."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from app.lang.extract_schema import ExtractLexicon
from app.pipeline.types import ExtractedStatement

from .assemble import Draft
from .attribution import Attributor, Speaker
from .categories import categorise
from .context import Countries
from .dates import statement_date
from .deadline import check_deadline
from .sentences import doc_text, sent_of
from .targets import targets_for

if TYPE_CHECKING:  # spaCy is imported only when the pipeline loads
    from spacy.tokens import Doc

# A verb's own confidence is in its row of the language pack; these are the defaults.
_CUE_CONFIDENCE = {"indirect": 0.85, "contact": 0.75}
_HOW_CONFIDENCE = {"name": 1.0, "title": 0.85, "pronoun": 0.85, "document": 0.8, "group": 0.7}
_TRIM = " \t\n,;:“”\"«»„‘’–—-"


def draft_span(d: Draft, text: str) -> tuple[int, int]:
    """Content span: the quotes when the verb only frames them, else content ∪ quotes."""
    if not d.quotes:
        lo, hi = d.start, d.end
    else:
        qlo, qhi = min(q.start for q in d.quotes), max(q.end for q in d.quotes)
        framing = d.cue.speech and (d.end - d.start) <= len(d.cue.anchor.text) + 2
        inside = d.start >= qlo - 2 and d.end <= qhi + 2
        lo, hi = (qlo, qhi) if framing or inside or d.continued else (min(d.start, qlo), max(d.end, qhi))
    while lo < hi and text[lo] in _TRIM:
        lo += 1
    while hi > lo and text[hi - 1] in _TRIM:
        hi -= 1
    return lo, hi


def draft_kind(d: Draft, text: str, lo: int, hi: int) -> str:
    if d.cue.kind == "contact":
        return "contact"
    quoted = sum(len(text[max(q.start, lo) : min(q.end, hi)].strip()) for q in d.quotes if q.end > lo and q.start < hi)
    return "direct" if quoted * 2 >= len(text[lo:hi].strip()) else "indirect"


def _participle_extension(parent: Draft, d: Draft) -> bool:
    """'X said A, adding that B' / 'X rejected it, saying “B”' are one
    statement (dev-06/07/15 annotate so); a quotation before its verb
    ('“A,” X said, underlining that B', dev-13) and ', adding: “B”' (a colon)
    are followed by a second one."""
    if any(q.end <= parent.cue.anchor.idx for q in parent.quotes):
        return False
    anchor = d.cue.anchor
    if anchor.tag_ != "VBG" or anchor.dep_ not in ("advcl", "xcomp"):
        return False
    nxt = anchor.doc[anchor.i + 1] if anchor.i + 1 < len(anchor.doc) else None
    return not (nxt is not None and nxt.text == ":")


def _absorb(parent: Draft, d: Draft) -> None:
    parent.start, parent.end = min(parent.start, d.start), max(parent.end, d.end)
    parent.quotes += [q for q in d.quotes if q not in parent.quotes]


def merge_extensions(drafts: list[Draft], text: str) -> list[Draft]:
    """'X said A, adding B' is one statement; 'X said A, adding: "B"' is two."""
    by_anchor = {d.cue.anchor.i: d for d in drafts}
    out = []
    for d in drafts:
        parent = by_anchor.get(d.cue.parent) if d.cue.parent is not None else None
        if parent is not None and parent.cue.kind == d.cue.kind == "indirect" and _participle_extension(parent, d):
            _absorb(parent, d)
            continue
        if parent is not None and parent.cue.kind == d.cue.kind == "indirect":
            kp = draft_kind(parent, text, *draft_span(parent, text))
            kd = draft_kind(d, text, *draft_span(d, text))
            if kp == kd == "indirect" or (not d.quotes and kd == kp):
                parent.start, parent.end = min(parent.start, d.start), max(parent.end, d.end)
                parent.quotes += d.quotes
                continue
        out.append(d)
    return out


_DATE_REACH = 1000  # characters of the sentence read on each side of a statement for its date


def _date_context(d: Draft, text: str, lo: int, hi: int) -> str:
    """The statement's sentence around it (at most `_DATE_REACH` characters each side:
    reading a whole 100,000-character sentence per statement would make extraction quadratic)."""
    sent = sent_of(d.cue.anchor)
    s_lo, s_hi = max(sent.start_char, lo - _DATE_REACH), min(sent.end_char, hi + _DATE_REACH)
    return text[s_lo : max(s_lo, lo)] + " " + text[min(hi, s_hi) : s_hi]


def _cue_confidence(lemma: str, kind: str, lex: ExtractLexicon) -> float:
    according = lex.verb_frames.according
    if lemma == according.cue:
        return according.confidence
    return lex.reporting_verbs.confidence.get(lemma, _CUE_CONFIDENCE["contact" if kind == "contact" else "indirect"])


def _confidence(d: Draft, sp: Speaker, lex: ExtractLexicon) -> float:
    base = _cue_confidence(d.cue.lemma, d.cue.kind, lex)
    conf = base * _HOW_CONFIDENCE.get(sp.how, 0.8) * (1.0 if sp.actor.known else 0.9)
    return conf * (0.85 if d.continued else 1.0)


def build(
    doc: Doc, drafts: list[Draft], attributor: Attributor, published: dt.date | None, countries: Countries | None
) -> list[ExtractedStatement]:
    lex = attributor.lex
    according = lex.verb_frames.according.cue
    text = doc_text(doc)
    out: list[ExtractedStatement] = []
    last_date: dict[str, tuple[dt.date, str]] = {}
    for d in sorted(merge_extensions(drafts, text), key=lambda x: x.cue.anchor.i):
        check_deadline()
        lo, hi = draft_span(d, text)
        if hi - lo < 8 or (not d.quotes and len(d.cue.tokens) <= 1 and d.cue.kind != "contact"):
            continue
        sp = attributor.resolve(d.cue.speaker)
        if sp is None:
            continue
        attributor.remember(d.cue.speaker, sp)
        kind = draft_kind(d, text, lo, hi)
        day, precision = statement_date(_date_context(d, text, lo, hi), published, lex.dates)
        if day is None and sp.actor.slug in last_date:
            day, precision = last_date[sp.actor.slug]
        if day is not None:
            last_date[sp.actor.slug] = (day, precision)
        code, label = categorise(kind, d.cue.lemma, text[lo:hi], lex)
        out.append(
            ExtractedStatement(
                text=text[lo:hi],
                start=lo,
                end=hi,
                kind=kind,
                cue=d.cue.anchor.text if d.cue.lemma != according else according,
                speaker=sp.mention.text,
                speaker_start=sp.mention.start,
                speaker_end=sp.mention.end,
                actor=sp.actor,
                targets=targets_for(d, text[lo:hi], sp, attributor.lookup, countries),
                date=day,
                date_precision=precision,
                category_code=code,
                category_label=label,
                confidence=_confidence(d, sp, lex),
            )
        )
    return out
