"""When an undated article was written, as far as its own titles tell.

An article without a date would have its bare titles ("the Prime Minister said") resolved to
today's holders, although a page that names "External Affairs Minister Sushma Swaraj" was written
while she held that post. The people the registry knows, named with the title of one of their
terms, place the article in time: the day most of those terms share is the day its bare titles are
read on. The statements themselves stay undated (the article does not say when they were made).
"""

from __future__ import annotations

import datetime as dt
import re
from functools import cache
from typing import TYPE_CHECKING

from app.pipeline.resolve.countries import all_codes, demonyms_of, names_of
from app.pipeline.resolve.normalize import norm

from .sentences import doc_ents, sent_of

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from app.lang.extract_schema import ExtractLexicon
    from app.pipeline.resolve import Registry

_TITLE_REACH = 6  # tokens before a name read for its title
_VAGUEST = dt.timedelta(days=6 * 366)  # a stretch longer than this places the article nowhere in particular
_LINK_WORDS = frozenset({"of", "the", "and", "for", "to", "on", "in"})


def _title_shown(title: str, before: set[str], state_forms: frozenset[str]) -> bool:
    """Whether the words before a name show the role's title: its head word ("Minister", "President",
    the word before "of" or the last) and, when it has any, one of its other words ("Minister of
    Foreign Affairs" is shown by "Foreign Minister", "Prime Minister of India" by "Indian Prime
    Minister"; the state may be written otherwise, and its official form is left out)."""
    lead = title.lower().split(" of ")[0]
    head_words = re.findall(r"[a-z]+", lead)
    if not head_words or head_words[-1] not in before:
        return False
    words = {w for w in re.findall(r"[a-z]+", title.lower()) if w not in _LINK_WORDS}
    others = words - {head_words[-1]} - _place_words() - state_forms
    return not others or bool(others & before)


def _terms_named(doc: Doc, registry: Registry, state_forms: frozenset[str]) -> list[tuple[dt.date, dt.date]]:
    """The terms of office of the known people the article names with that office's title."""
    today = dt.date.today()
    terms = []
    for ent in doc_ents(doc):
        if ent.label_ != "PERSON":
            continue
        people = [a for a in registry.by_alias(norm(ent.text)) if a.kind == "person" and a.roles]
        if len(people) != 1:
            continue
        window = doc[max(sent_of(ent[0]).start, ent.start - _TITLE_REACH) : ent.start]
        before = {t.lower_ for t in window} | {t.lemma_.lower() for t in window}  # "Foreign Ministers X and Y"
        for role in people[0].roles:
            if role.start is not None and role.title and _title_shown(role.title, before, state_forms):
                terms.append((role.start, role.end or today))
    return terms


def _best_day(terms: list[tuple[dt.date, dt.date]]) -> dt.date | None:
    """The middle of the stretch of days that the most terms share (the earliest such stretch); None
    when that stretch is too long to tell (a foreign minister of twenty years named alone)."""
    events = sorted([(s, 1) for s, _ in terms] + [(e, -1) for _, e in terms], key=lambda p: (p[0], -p[1]))
    best, depth, best_span = -1, 0, (terms[0][0], terms[0][1])
    for k, (day, step) in enumerate(events):
        depth += step
        if step == 1 and depth > best:
            nxt = events[k + 1][0] if k + 1 < len(events) else day
            best, best_span = depth, (day, nxt)
    start, end = best_span
    if end - start > _VAGUEST:
        return None
    return start + (end - start) / 2


def undated_era(doc: Doc, registry: Registry | None, lex: ExtractLexicon) -> dt.date | None:
    """The day an undated article's titles place it on, or None when it names no known office holder
    with their title."""
    if registry is None:
        return None
    terms = _terms_named(doc, registry, lex.speakers.state_form_words)
    return _best_day(terms) if terms else None


@cache
def _place_words() -> frozenset[str]:
    """The lower-case words of every state's names and demonyms, which titles may write otherwise."""
    names = [n for code in all_codes() for n in names_of(code) + demonyms_of(code)]
    return frozenset(w for name in names for w in re.findall(r"[a-z]+", name.lower()))
