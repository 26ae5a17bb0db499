"""A page of statements as plain rows, in one round trip: what the lists, exports and feeds read.

The page's statements are chosen first (`ORDER BY said_on DESC, id DESC LIMIT n` over the
statements alone, so the database walks the date index and joins nothing before it stops);
the same statement then joins each chosen row's actor, article and group, and aggregates its
targets and its group's reports into JSON. No ORM object is built: each row becomes the
dict `app.schemas.StatementOut` describes, which the API serialises straight to bytes.
A page with 50 statements was 240 ORM objects, 430 pydantic validations and 6–7 round trips.
Undated statements (`said_on` null) come after all dated ones: the page where the dated ones
end takes a second round trip for the first undated ones.
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache
from typing import Any

import orjson
from sqlalchemy import Select, column, func, literal_column, select, table, type_coerce
from sqlalchemy.orm import Session
from sqlalchemy.types import NullType

from app.models import Actor, Article, ReviewState, Statement, StatementGroup, StatementTarget
from app.query.filters import InvalidParameter, StatementFilter, statement_conditions
from app.query.pagination import Page, check_limit, decode_cursor, encode_cursor

S, A, AR, G, T = (m.__table__ for m in (Statement, Actor, Article, StatementGroup, StatementTarget))
PAGE_COLUMNS = [
    S.c[name]
    for name in (
        "id",
        "text",
        "kind",
        "date",
        "said_on",
        "speaker",
        "start",
        "end",
        "cue",
        "category_code",
        "category_label",
        "confidence",
        "review_state",
        "group_id",
        "actor_id",
        "article_id",
        "updated_at",
    )
]


def _json_list(dialect: str, items: list, source: Select) -> Any:
    """A JSON array of `items`, one JSON array per row of `source` (in no promised order: the
    first item is a sort key, and `statement_item` sorts; SQLite 3.40 has no ORDER BY inside
    an aggregate)."""
    if dialect == "postgresql":
        array = func.json_agg(func.json_build_array(*items))
        return source.with_only_columns(func.coalesce(array, literal_column("'[]'::json")))
    return source.with_only_columns(func.json_group_array(func.json_array(*items)))


# The page's rows are a CTE named "page"; what is joined to them does not depend on the
# filter, so that part of the statement is built once per dialect (building it per request
# cost as much as running it).
# Its columns are untyped (but `updated_at`): values come back as the driver gives them, without
# a conversion per value (`statement_item` turns days into `date`s only for templates).
PAGE = table("page", *[column(c.name, c.type if c.name == "updated_at" else NullType()) for c in PAGE_COLUMNS])


def _raw(col):
    return type_coerce(col, NullType())


@lru_cache(maxsize=4)
def _page_details(dialect: str) -> Select:
    """The page's rows with their actor, article, group, targets and group members."""
    ta = A.alias("ta")
    targets = _json_list(
        dialect,
        [T.c.id, T.c.country, ta.c.slug, ta.c.name, ta.c.kind, ta.c.country],
        select(T.c.id)
        .select_from(T.outerjoin(ta, ta.c.id == T.c.actor_id))
        .where(T.c.statement_id == PAGE.c.id)
        .correlate(PAGE),
    )
    m, ma = S.alias("m"), AR.alias("ma")
    members = _json_list(
        dialect,
        [m.c.said_on, m.c.id, m.c.text, m.c.kind, ma.c.id, ma.c.title, ma.c.source, ma.c.url, ma.c.published],
        select(m.c.id)
        .select_from(m.join(ma, ma.c.id == m.c.article_id))
        .where(m.c.group_id == PAGE.c.group_id, m.c.review_state != ReviewState.REJECTED)
        .correlate(PAGE),
    )
    return (
        select(
            *[c for c in PAGE.c if c.name not in ("actor_id", "article_id", "group_id")],  # updated_at last
            A.c.slug.label("actor_slug"),
            A.c.name.label("actor_name"),
            A.c.kind.label("actor_kind"),
            A.c.country.label("actor_country"),
            AR.c.id.label("article_id"),
            AR.c.title.label("article_title"),
            AR.c.source.label("article_source"),
            AR.c.url.label("article_url"),
            _raw(AR.c.published).label("article_published"),
            targets.scalar_subquery().label("targets"),
            G.c.id.label("group_id"),
            G.c.reports.label("group_reports"),
            _raw(G.c.first_said_on).label("group_first_said_on"),
            members.scalar_subquery().label("group_members"),
        )
        .select_from(
            PAGE.join(AR, AR.c.id == PAGE.c.article_id)
            .outerjoin(A, A.c.id == PAGE.c.actor_id)
            .outerjoin(G, G.c.id == PAGE.c.group_id)
        )
        .order_by(PAGE.c.said_on.desc(), PAGE.c.id.desc())
    )


def page_select(
    f: StatementFilter, dialect: str, limit: int, after: tuple[dt.date | None, int] | None = None, undated: bool = False
) -> Select:
    """The one statement that fetches a page: `limit` newest matches after `after` (said_on, id).

    The matches are chosen over the statements alone (`ORDER BY said_on DESC, id DESC LIMIT n`:
    a walk of the date index that joins nothing before it stops), then joined. Dated and undated
    statements are two ranges of that index, read one after the other (`undated`: the second,
    newest stored first): one ORDER BY said_on DESC NULLS LAST would make PostgreSQL sort every
    match, since its index read backwards gives NULLs first.
    """
    conditions = statement_conditions(f, dialect)
    conditions.append(S.c.said_on.is_(None) if undated else S.c.said_on.is_not(None))
    if after is not None and undated:
        conditions.append(S.c.id < after[1])
    elif after is not None:
        day, last_id = after
        # Written so the (said_on, id) index serves it as a range: said_on <= day first.
        conditions += [S.c.said_on <= day, (S.c.said_on < day) | (S.c.id < last_id)]
    page = select(*PAGE_COLUMNS).where(*conditions).order_by(S.c.said_on.desc(), S.c.id.desc()).limit(limit).cte("page")
    return _page_details(dialect).add_cte(page)


def _day(value: Any) -> dt.date | None:
    return dt.date.fromisoformat(value) if isinstance(value, str) else value


def _same(value: Any) -> Any:
    return value


def _actor(slug, name, kind, country) -> dict | None:
    return None if slug is None else {"slug": slug, "name": name, "kind": kind, "country": country}


def _json(value: Any) -> list:
    if value is None:
        return []
    return orjson.loads(value) if isinstance(value, (str, bytes)) else value


def statement_item(row: tuple, with_updated: bool = False, dates: bool = False) -> dict:
    """A fetched row as `StatementOut`'s dict.

    Days come as the database gives them (ISO text from SQLite, `date`s from PostgreSQL: orjson
    writes both the same); `dates=True` makes them all `date`s, for templates.
    """
    (sid, text, kind, date, said_on, speaker, start, end, cue, category_code, category_label, confidence) = row[:12]
    (review_state, updated_at, actor_slug, actor_name, actor_kind, actor_country) = row[12:18]
    (article_id, title, source, url, published, targets, group_id, reports, first_said_on, members) = row[18:]
    day = _day if dates else _same
    group = None
    if group_id is not None:
        reported = [
            {
                "statement_id": m_id,
                "text": m_text,
                "kind": m_kind,
                "said_on": day(m_said_on),
                "article": {"id": m_aid, "title": m_title, "source": m_source, "url": m_url, "published": day(m_pub)},
            }
            for m_said_on, m_id, m_text, m_kind, m_aid, m_title, m_source, m_url, m_pub in sorted(
                _json(members), key=_dated_first
            )
        ]
        group = {
            "id": group_id,
            "reports": reports,
            "first_said_on": day(first_said_on),
            "sources": list(dict.fromkeys(m["article"]["source"] for m in reported if m["article"]["source"])),
            "members": reported,
        }
    item = {
        "id": sid,
        "text": text,
        "kind": kind,
        "date": day(date),
        "said_on": day(said_on),
        "speaker": speaker,
        "actor": None if actor_slug is None else _actor(actor_slug, actor_name, actor_kind, actor_country),
        "article": {"id": article_id, "title": title, "source": source, "url": url, "published": day(published)},
        "start": start,
        "end": end,
        "cue": cue,
        "category": {"code": category_code, "label": category_label} if category_code else None,
        "targets": [{"country": c, "actor": _actor(*actor)} for _, c, *actor in sorted(_json(targets))]
        if targets not in (None, "[]")
        else [],
        "confidence": confidence,
        "review_state": review_state,
        "group": group,
    }
    if with_updated:
        item["updated_at"] = updated_at
    return item


def _dated_first(member: list) -> tuple:
    """Group members by day (ISO text or `date`, never both in one group), the undated last, then id."""
    return (member[0] is None, member[0] or "", member[1])


# The cursor's day after an undated statement (they come after every dated one).
UNDATED = ""


def _after(cursor: str | None) -> tuple[dt.date | None, int] | None:
    if not cursor:
        return None
    day_text, last_id = decode_cursor(cursor, (str, int))
    if day_text == UNDATED:
        return None, last_id
    try:
        return dt.date.fromisoformat(day_text), last_id
    except ValueError:
        raise InvalidParameter("cursor", "cursor is not one this server issued") from None


def statement_page(
    session: Session,
    f: StatementFilter,
    limit: int = 50,
    cursor: str | None = None,
    with_updated: bool = False,
    dates: bool = False,
) -> Page[dict]:
    """Newest first, one page of the selection as `StatementOut` dicts, and the next page's cursor
    (`with_updated`: with each statement's `updated_at`; `dates`: days as `date`s, see `statement_item`)."""
    check_limit(limit)
    dialect = session.get_bind().dialect.name
    after = _after(cursor)
    rows: list = []
    if after is None or after[0] is not None:  # the dated range, then (if the page is not full) the undated
        rows = session.connection().execute(page_select(f, dialect, limit + 1, after)).all()
    if len(rows) <= limit:
        undated_after = after if after is not None and after[0] is None else None
        rows += (
            session.connection()
            .execute(page_select(f, dialect, limit + 1 - len(rows), undated_after, undated=True))
            .all()
        )
    items = [statement_item(r, with_updated, dates) for r in rows[:limit]]
    next_cursor = None
    if len(rows) > limit:
        last = items[-1]
        next_cursor = encode_cursor(str(last["said_on"]) if last["said_on"] is not None else UNDATED, last["id"])
    return Page(items, next_cursor)


def cursor_of(item: dict) -> str:
    """The cursor naming one listed statement's place in the newest-first order."""
    return encode_cursor(str(item["said_on"]) if item["said_on"] is not None else UNDATED, item["id"])


def newer_statement_page(
    session: Session, f: StatementFilter, limit: int, before: str, dates: bool = False
) -> Page[dict]:
    """The page just newer than `before` (the cursor of the first item a page showed), newest first.

    The matches are chosen oldest first from `before` on (the date index walked upwards), then
    joined and turned round; `next_cursor` is the `before` of an even newer page, or None when
    this page reaches the newest match.
    """
    check_limit(limit)
    day, first_id = _after(before)
    dialect = session.get_bind().dialect.name

    def nearest(conditions: list, n: int) -> list:  # the n matches just newer, fetched newest first
        page = select(*PAGE_COLUMNS).where(*statement_conditions(f, dialect), *conditions)
        page = page.order_by(S.c.said_on.asc(), S.c.id.asc()).limit(n).cte("page")
        return session.connection().execute(_page_details(dialect).add_cte(page)).all()

    if day is None:  # from inside the undated range: later stored undated ones, then the oldest dated
        undated = nearest([S.c.said_on.is_(None), S.c.id > first_id], limit + 1)
        dated = nearest([S.c.said_on.is_not(None)], limit + 1 - len(undated)) if len(undated) <= limit else []
        rows = dated + undated  # newest first
    else:
        rows = nearest([S.c.said_on >= day, (S.c.said_on > day) | (S.c.id > first_id)], limit + 1)
    items = [statement_item(r, dates=dates) for r in rows[-limit:]]
    return Page(items, cursor_of(items[0]) if len(rows) > limit else None)
