"""The read path's rows are the documented shape: `app.query.listing` against the ORM and pydantic.

The lists, exports and feeds build no ORM objects; their items must still be exactly what
`StatementOut.of(statement)` makes of the ORM statement (groups, targets, rejected reports,
ties on a day, cursors), on SQLite and PostgreSQL.
"""

import datetime as dt

import orjson
import pytest
from sqlalchemy import select

from app.models import ReviewState, Statement, StatementTarget
from app.pipeline.ingest import ArticleDraft
from app.pipeline.process import ingest_drafts
from app.query import listing
from app.query.filters import StatementFilter, statement_select
from app.query.search import SearchText, prepare_text
from app.schemas import StatementOut, SyncEnvelope
from app.store import unit_of_work

QUOTE = "We call on both sides to exercise restraint and to return to the negotiating table without delay"


def _report(source: str, day: str) -> ArticleDraft:
    text = (
        f"“{QUOTE},” Russian Foreign Minister Sergey Lavrov said on Tuesday. "
        f"Lavrov met Armenian Foreign Minister Ararat Mirzoyan in Moscow, {source} notes."
    )
    return ArticleDraft(text=text, source=source, title=f"{source} report", published=day)


@pytest.fixture
def grouped(seeded, session_factory, extractor):
    """Three reports of one quote (one of them rejected later), a target on each, beside the seed article."""
    ingest_drafts(
        session_factory,
        [_report("TASS", "2024-03-05"), _report("Reuters", "2024-03-06"), _report("AP", "2024-03-06")],
        extractor,
    )
    with unit_of_work(session_factory) as s:
        grouped = s.scalars(select(Statement).where(Statement.group_id.is_not(None)).order_by(Statement.id)).all()
        assert len(grouped) >= 3
        grouped[-1].review_state = ReviewState.REJECTED
        for st in grouped:
            s.add(StatementTarget(statement_id=st.id, country="AM"))


def _orm_items(session, f: StatementFilter, limit: int) -> list[dict]:
    dialect = session.get_bind().dialect.name
    statements = session.scalars(statement_select(f, dialect).limit(limit)).unique().all()
    return [StatementOut.of(st).model_dump(mode="json") for st in statements]


@pytest.mark.parametrize(
    "values",
    [
        {},
        {"distinct": False},
        {"q": "restraint"},
        {"actor": ("sergey-lavrov",), "distinct": False},
        {"country": ("RU",)},
        {"target": ("AM",)},
        {"since": dt.date(2024, 3, 6)},
    ],
)
def test_rows_are_what_the_schema_makes_of_the_orm(grouped, session_factory, values):
    f = StatementFilter(**values)
    with session_factory() as session:
        expected = _orm_items(session, f, 500)
        page = listing.statement_page(session, f, limit=500)
    got = orjson.loads(orjson.dumps(page.items))
    assert [item["id"] for item in got] == [item["id"] for item in expected]
    for mine, theirs in zip(got, expected):
        assert {k: v for k, v in mine.items() if v != theirs[k]} == {k: v for k, v in theirs.items() if v != mine[k]}, (
            __import__("pprint").pformat(mine["group"]) + "\n" + __import__("pprint").pformat(theirs["group"])
        )
    assert page.next_cursor is None
    if values.get("distinct") is False:
        assert any(item["group"] and len(item["group"]["members"]) >= 2 for item in got)


def test_pages_follow_the_cursor_in_order(grouped, session_factory):
    f = StatementFilter(distinct=False)
    with session_factory() as session:
        expected = [item["id"] for item in _orm_items(session, f, 500)]
        seen, cursor = [], None
        while True:
            page = listing.statement_page(session, f, limit=2, cursor=cursor)
            seen += [item["id"] for item in page.items]
            if not page.next_cursor:
                break
            cursor = page.next_cursor
    assert seen == expected and len(seen) > 2


def test_the_api_body_validates_against_its_response_model(grouped, client):
    body = client.get("/api/statements", params={"distinct": "false", "limit": 500}).json()
    assert SyncEnvelope[StatementOut].model_validate(body).model_dump(mode="json") == body
    assert any(item["group"] and item["targets"] for item in body["items"])


@pytest.mark.parametrize("q", ["restraint", "Armenia", "negotiat*", '"negotiating table"', "Lavrov restraint", "zzzz"])
def test_common_and_rare_search_strategies_find_the_same(grouped, session_factory, q):
    """A common word is tested row by row (EXISTS), a rare one collected first (IN): same matches."""
    with session_factory() as session:
        rare = listing.statement_page(session, StatementFilter(q=SearchText(q, share=0.0)), limit=500)
        common = listing.statement_page(session, StatementFilter(q=SearchText(q, share=1.0)), limit=500)
        prepared = prepare_text(session, q)
    assert [i["id"] for i in common.items] == [i["id"] for i in rare.items]
    assert isinstance(prepared, SearchText) or session.get_bind().dialect.name != "sqlite"
    if q == "restraint":
        assert rare.items
