"""A selection in words and the names behind them: "Direct quotes by Antony Blinken since 1 Sep 2022"."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING

from sqlalchemy import event, select
from sqlalchemy.orm import Session

from app.models import Actor
from app.query.filters.base import Labels

if TYPE_CHECKING:
    from app.query.filters.selection import StatementFilter


# Where a session keeps the actor names it has read, by slug: a request resolves its filter's
# slugs, checks them and names them in its chips, and each of those once cost a query.
_NAMES = "actor_names"


@event.listens_for(Session, "after_transaction_end")
def _forget_names(session: Session, transaction) -> None:
    """A transaction that ends may have renamed or merged actors: the next one reads names afresh."""
    if transaction.parent is None:
        session.info.pop(_NAMES, None)


def remember_actor_name(session: Session, slug: str, name: str) -> None:
    session.info.setdefault(_NAMES, {})[slug] = name


def actor_names(session: Session, slugs: tuple[str, ...]) -> dict[str, str]:
    """The names of the actors with these slugs (an unknown slug is left out)."""
    if not slugs:
        return {}
    known: dict[str, str] = session.info.setdefault(_NAMES, {})
    missing = [s for s in slugs if s not in known]
    if missing:
        known.update(session.execute(select(Actor.slug, Actor.name).where(Actor.slug.in_(missing))).all())
    return {s: known[s] for s in slugs if s in known}


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
