"""A selection in words and the names behind them: "Direct quotes by Antony Blinken since 1 Sep 2022"."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import Actor
from app.query.filters.base import Labels

if TYPE_CHECKING:
    from app.query.filters.selection import StatementFilter


def actor_names(session: Session, slugs: tuple[str, ...]) -> dict[str, str]:
    if not slugs:
        return {}
    return dict(session.execute(select(Actor.slug, Actor.name).where(Actor.slug.in_(slugs))).all())


def load_labels(
    session: Session,
    f: StatementFilter,
    country: Callable[[str], str] = str,
    facets: Mapping[str, Mapping[str, str]] | None = None,
) -> Labels:
    """The names a selection's sentence and chips need: one query for the actor slugs it mentions."""
    slugs = [v for flt in f.registry if flt.mentions_actors for v in flt.values_of(f[flt.name])]
    return Labels(actors=actor_names(session, tuple(dict.fromkeys(slugs))), facets=facets or {}, country=country)


def describe(f: StatementFilter, labels: Labels = Labels()) -> str:
    """The selection in words: the subject ("Direct quotes", else "Statements"), qualifiers, then the period."""
    slots: dict[str, list[str]] = {"subject": [], "qualifier": [], "period": []}
    for flt in f.registry:
        words, values = flt.words, flt.values_of(f[flt.name])
        if words is None or not values:
            continue
        naming = words.naming or flt.naming
        items = words.join.join(words.item.format(naming(value, labels)) for value in values)
        slots[words.slot].append(words.text.format(items))
    subject = " ".join(slots["subject"])
    subject = subject[:1].upper() + subject[1:] if subject else "Statements"
    return " ".join([subject, *slots["qualifier"], *slots["period"]])
