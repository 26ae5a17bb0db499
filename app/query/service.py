"""Read services: what pages and API endpoints ask of the database, in one place."""

from __future__ import annotations

import datetime as dt
import re

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session, selectinload

from app.models import Actor, ActorAlias, Article, ReviewState, Statement, StatementDeletion
from app.query.filters import InvalidParameter, StatementFilter, escape_like, statement_conditions, statement_select
from app.query.pagination import Keyset, Page, check_limit, decode_cursor, encode_cursor, paginate
from app.query.search import SearchText, materialise

_SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


def taken_as_slugs(f: StatementFilter) -> tuple[str, ...]:
    """The filters (`slug_first`) whose one value looks like a slug: a list can read them as they
    are, sparing the lookup that resolving costs (one statement more than the list's own), and
    resolve them only if that page comes back empty, which is the one case where a name, a typo
    and a slug without statements look alike."""
    one_value = {flt.name: flt.values_of(f[flt.name]) for flt in f.registry if flt.slug_first}
    return tuple(name for name, values in one_value.items() if len(values) == 1 and _SLUG.fullmatch(values[0]))


def checked_filter(
    session: Session, f: StatementFilter, partial_names: bool = False, trusting: tuple[str, ...] = ()
) -> StatementFilter:
    """Names resolved (`Filter.resolve`: "Armenia" → AM, "Lavrov" → an actor slug), the checks of
    `f` that need the database (actor slugs exist), then its values as the database should read
    them (`Filter.prepare`: how common a searched word is).

    `partial_names` lets the beginning of a name stand for the best match ("Pashin"): for a person
    typing into a page's form, who sees what it became. A script or an export gets exact names
    only, so a typo is a 400 rather than somebody else's statements. The filters named in
    `trusting` are taken as they are, neither resolved nor checked (see `taken_as_slugs`)."""
    resolved = {
        flt.name: flt.resolve(session, flt.name, f[flt.name], partial_names)
        for flt in f.registry
        if flt.resolve is not None and f[flt.name] and flt.name not in trusting
    }
    if resolved:
        f = f.replace(**resolved)
    for flt in f.registry:
        if flt.check is not None and flt.name not in trusting:
            flt.check(session, flt.name, f[flt.name])
    changes = {flt.name: flt.prepare(session, f[flt.name]) for flt in f.registry if flt.prepare is not None}
    return f.replace(**changes) if changes else f


def for_repeated_reads(session: Session, f: StatementFilter) -> StatementFilter:
    """`f` for a request that reads its selection several times (a page: its list, its facets'
    sample, its count): a searched word's matches collected once for them all (`materialise`)."""
    collected = {
        flt.name: materialise(session, f[flt.name]) for flt in f.registry if isinstance(f[flt.name], SearchText)
    }
    return f.replace(**collected) if collected else f


def _day_from_cursor(day_text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(day_text)
    except ValueError:
        raise InvalidParameter("cursor", "cursor is not one this server issued") from None


def _statements_after(day_text: str, last_id: int) -> list:
    day = _day_from_cursor(day_text)
    # Written so the (said_on, id) index serves it as a range: said_on <= day first.
    return [Statement.said_on <= day, or_(Statement.said_on < day, Statement.id < last_id)]


# The cursor's day for an undated statement (listed after every dated one).
UNDATED = ""


def _statement_key(st: Statement) -> tuple[str, int]:
    return (st.said_on.isoformat() if st.said_on else UNDATED, st.id)


# Newest first: the cursor is the (said_on, id) of the last item of the previous page.
STATEMENT_PAGES = Keyset[Statement]((str, int), _statements_after, _statement_key)
# By name: the cursor is the (name, id) of the last actor shown.
ACTOR_PAGES = Keyset[Actor](
    (str, int),
    lambda name, last_id: [or_(Actor.name > name, (Actor.name == name) & (Actor.id > last_id))],
    lambda actor: (actor.name, actor.id),
)
# Most recently ingested first: the cursor is the id of the last article shown.
ARTICLE_PAGES = Keyset[Article]((int,), lambda last_id: [Article.id < last_id], lambda article: (article.id,))


def list_statements(
    session: Session, f: StatementFilter, limit: int = 50, cursor: str | None = None
) -> Page[Statement]:
    """Newest first, one page of the selection; undated statements come after all dated ones,
    most recently stored first.

    Two ranges of the (said_on, id) index, read one after the other, rather than one ORDER BY
    said_on DESC NULLS LAST: PostgreSQL would sort every match for that (its index gives NULLs
    first when read backwards). A cursor into the undated range has the day `UNDATED`."""
    check_limit(limit)
    query = statement_select(f, dialect_of(session))
    day, last_id = decode_cursor(cursor, STATEMENT_PAGES.types) if cursor else (None, None)
    rows: list[Statement] = []
    if day != UNDATED:
        dated = query.where(Statement.said_on.is_not(None))
        if cursor:
            dated = dated.where(*_statements_after(day, last_id))
        rows = list(session.scalars(dated.limit(limit + 1)).unique())
    if len(rows) <= limit:
        undated = query.where(Statement.said_on.is_(None))
        if day == UNDATED:
            undated = undated.where(Statement.id < last_id)
        rows += session.scalars(undated.limit(limit + 1 - len(rows))).unique()
    items = rows[:limit]
    return Page(items, encode_cursor(*_statement_key(items[-1])) if len(rows) > limit else None)


def dialect_of(session: Session) -> str:
    return session.get_bind().dialect.name


def get_statement(session: Session, statement_id: int) -> Statement | None:
    return session.get(Statement, statement_id)


def statement_counts(session: Session, actor_ids: list[int]) -> dict[int, int]:
    """Statements per actor as the timeline counts them: one per group of reports, rejected ones out."""
    if not actor_ids:
        return {}
    rows = session.execute(
        select(Statement.actor_id, func.count())
        .where(Statement.actor_id.in_(actor_ids), *statement_conditions(StatementFilter()))
        .group_by(Statement.actor_id)
    )
    return dict(rows.all())


def list_actors(
    session: Session,
    q: str | None = None,
    country: tuple[str, ...] = (),
    kind: tuple[str, ...] = (),
    limit: int = 50,
    cursor: str | None = None,
) -> Page[Actor]:
    """Actors by name; `q` matches the name or any alias."""
    query = select(Actor).order_by(Actor.name, Actor.id)
    if q and q.strip():
        pattern = f"%{escape_like(q.strip())}%"
        alias_match = select(ActorAlias.actor_id).where(ActorAlias.alias.ilike(pattern, escape="\\"))
        query = query.where(or_(Actor.name.ilike(pattern, escape="\\"), Actor.id.in_(alias_match)))
    if country:
        query = query.where(Actor.country.in_(country))
    if kind:
        query = query.where(Actor.kind.in_(kind))
    return paginate(session, query, ACTOR_PAGES, limit, cursor)


def actor_countries(session: Session) -> list[str]:
    """Countries that have actors, for the actor list's country filter (from actors, not statements)."""
    return list(
        session.scalars(select(Actor.country).where(Actor.country.is_not(None)).distinct().order_by(Actor.country))
    )


def get_actor(session: Session, slug: str) -> Actor | None:
    return session.scalars(
        select(Actor).where(Actor.slug == slug).options(selectinload(Actor.aliases), selectinload(Actor.roles))
    ).first()


def list_articles(
    session: Session, limit: int = 50, cursor: str | None = None, changed_since: dt.datetime | None = None
) -> Page[Article]:
    """Most recently ingested first."""
    query = select(Article).order_by(Article.id.desc())
    if changed_since is not None:
        query = query.where(Article.updated_at >= changed_since)
    return paginate(session, query, ARTICLE_PAGES, limit, cursor)


def get_article(session: Session, article_id: int) -> Article | None:
    return session.scalars(
        select(Article)
        .where(Article.id == article_id)
        .options(selectinload(Article.statements).joinedload(Statement.actor))
    ).first()


def article_statement_counts(session: Session, article_ids: list[int]) -> dict[int, int]:
    if not article_ids:
        return {}
    return dict(
        session.execute(
            select(Statement.article_id, func.count())
            .where(Statement.article_id.in_(article_ids), Statement.review_state != ReviewState.REJECTED)
            .group_by(Statement.article_id)
        ).all()
    )


def deleted_since(session: Session, since: dt.datetime) -> list[int]:
    """Ids of statements deleted or rejected at or after `since` (for syncing clients)."""
    gone = set(session.scalars(select(StatementDeletion.statement_id).where(StatementDeletion.deleted_at >= since)))
    gone |= set(
        session.scalars(
            select(Statement.id).where(Statement.review_state == ReviewState.REJECTED, Statement.updated_at >= since)
        )
    )
    return sorted(gone)
