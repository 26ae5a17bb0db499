"""The statement filter: parsed once from query parameters, turned into SQL and into words.

Pages and API endpoints both build a `StatementFilter` with the same
dependency and call the same `statement_select`, so they cannot disagree.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import Select, or_, select
from sqlalchemy.orm import selectinload

from app.models import STATEMENT_KINDS, Actor, Article, ReviewState, Statement, StatementGroup, StatementTarget
from app.query.search import text_match


class InvalidParameter(ValueError):
    """A query parameter that cannot be used; `param` names it for the error body."""

    def __init__(self, param: str, message: str, status: int = 400):
        super().__init__(message)
        self.param = param
        self.message = message
        self.status = status  # 422 for a request body that cannot be used


@dataclass(frozen=True)
class StatementFilter:
    actor: tuple[str, ...] = ()  # actor slugs
    country: tuple[str, ...] = ()  # ISO alpha-2 of the actor's country
    target: tuple[str, ...] = ()  # addressee: ISO alpha-2 or actor slug
    kind: tuple[str, ...] = ()
    category: tuple[str, ...] = ()  # CAMEO codes, e.g. "020"
    since: dt.date | None = None
    until: dt.date | None = None
    q: str | None = None
    article: int | None = None
    changed_since: dt.datetime | None = None  # for syncing clients: only statements changed since then
    distinct: bool = True  # one statement per group of reports of the same utterance
    include_rejected: bool = field(default=False)

    def __post_init__(self) -> None:
        for kind in self.kind:
            if kind not in STATEMENT_KINDS:
                raise InvalidParameter("kind", f"kind must be one of {', '.join(STATEMENT_KINDS)}, not {kind!r}")
        for code in self.country:
            if len(code) != 2 or not code.isalpha():
                raise InvalidParameter("country", f"country must be an ISO 3166-1 alpha-2 code, not {code!r}")
        if self.since and self.until and self.since > self.until:
            raise InvalidParameter("since", "since is after until")

    @property
    def is_empty(self) -> bool:
        return not (
            self.actor
            or self.country
            or self.target
            or self.kind
            or self.category
            or self.since
            or self.until
            or self.q
            or self.article
        )


def normalise_codes(values: list[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(v.strip().upper() for v in values if v and v.strip()))


def escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _target_clause(targets: tuple[str, ...]):
    """Statements addressed to any of the targets, as an id set the target indexes produce."""
    codes = [t.upper() for t in targets if len(t) == 2]
    slugs = [t for t in targets if len(t) != 2]
    conditions = []
    if codes:
        conditions.append(StatementTarget.country.in_(codes))
    if slugs:
        conditions.append(StatementTarget.actor_id.in_(select(Actor.id).where(Actor.slug.in_(slugs))))
    return Statement.id.in_(select(StatementTarget.statement_id).where(or_(*conditions)))


def statement_conditions(f: StatementFilter, dialect: str | None = None) -> list:
    """WHERE clauses for the filter; the caller decides what to select and how to order.

    `dialect` picks the full-text index for `q` (see `search`); without one a
    plain case-insensitive substring match is used.
    """
    conditions = []
    if not f.include_rejected:
        conditions.append(Statement.review_state != ReviewState.REJECTED)
    if f.actor:
        conditions.append(Statement.actor_id.in_(select(Actor.id).where(Actor.slug.in_(f.actor))))
    if f.country:
        conditions.append(Statement.actor_id.in_(select(Actor.id).where(Actor.country.in_(f.country))))
    if f.target:
        conditions.append(_target_clause(f.target))
    if f.kind:
        conditions.append(Statement.kind.in_(f.kind))
    if f.category:
        conditions.append(Statement.category_code.in_(f.category))
    if f.since:
        conditions.append(Statement.said_on >= f.since)
    if f.until:
        conditions.append(Statement.said_on <= f.until)
    if f.q and dialect in ("sqlite", "postgresql"):
        conditions.append(text_match(f.q, dialect))
    elif f.q:
        # Bound as a parameter; LIKE wildcards in the user's text are escaped.
        pattern = f"%{escape_like(f.q.strip())}%"
        conditions.append(Statement.text.ilike(pattern, escape="\\"))
    if f.article is not None:
        conditions.append(Statement.article_id == f.article)
    if f.changed_since is not None:
        conditions.append(Statement.updated_at >= f.changed_since)
    if f.distinct:
        # The group's representative stands for all its reports; ungrouped rows stand for themselves.
        conditions.append(or_(Statement.group_id.is_(None), Statement.is_representative))
    return conditions


def statement_select(f: StatementFilter, dialect: str | None = None) -> Select[tuple[Statement]]:
    """Statements matching the filter, newest first, with what a card or an API item shows."""
    return (
        select(Statement)
        .where(*statement_conditions(f, dialect))
        .options(
            # Separate IN queries, not joins: a join before ORDER BY ... LIMIT makes the database
            # join every matching row (tens of thousands for a country) before it can sort.
            selectinload(Statement.actor),
            selectinload(Statement.article).load_only(
                Article.id, Article.title, Article.source, Article.url, Article.published
            ),
            selectinload(Statement.targets),
            selectinload(Statement.group)
            .selectinload(StatementGroup.members)
            .joinedload(Statement.article)
            .load_only(Article.id, Article.title, Article.source, Article.url, Article.published),
        )
        .order_by(Statement.said_on.desc(), Statement.id.desc())
    )


KIND_WORDS = {"direct": "Direct quotes", "indirect": "Reported statements", "contact": "Diplomatic contacts"}


def _fmt_date(day: dt.date) -> str:
    return f"{day.day} {day:%b %Y}"


def describe(
    f: StatementFilter,
    actor_names: dict[str, str] | None = None,
    country_names: dict[str, str] | None = None,
    category_names: dict[str, str] | None = None,
) -> str:
    """The filter in words, e.g. "Direct quotes by Antony Blinken since 1 Sep 2022"."""
    actor_names = actor_names or {}
    country_names = country_names or {}
    kinds = " and ".join(KIND_WORDS[k].lower() for k in f.kind)
    words = [kinds[:1].upper() + kinds[1:] if kinds else "Statements"]
    if f.actor:
        words.append("by " + " or ".join(actor_names.get(s, s) for s in f.actor))
    if f.country:
        words.append("by actors of " + " or ".join(country_names.get(c, c) for c in f.country))
    if f.target:
        words.append("addressed to " + " or ".join(country_names.get(t, actor_names.get(t, t)) for t in f.target))
    if f.category:
        labels = category_names or {}
        words.append("of the kind " + " or ".join(f"“{labels.get(c, c)}”" for c in f.category))
    if f.q:
        words.append(f"mentioning “{f.q}”")
    if f.article is not None:
        words.append(f"in article {f.article}")
    if f.since:
        words.append(f"since {_fmt_date(f.since)}")
    if f.until:
        words.append(f"until {_fmt_date(f.until)}")
    return " ".join(words)
