"""The count of a selection has a time budget: past it the page says "many", and the
transaction goes on (a real slow query on each database, stopped by the database)."""

from __future__ import annotations

import pytest
from sqlalchemy import select, text

from app.models import Statement
from app.query.counting import TooSlow, time_box

ENDLESS = text(
    "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2000000000) SELECT count(*) FROM n"
)


def test_a_query_past_its_budget_is_stopped_and_the_session_goes_on(session):
    with pytest.raises(TooSlow), time_box(session, 50):
        session.execute(ENDLESS).scalar()
    assert session.execute(select(Statement.id).limit(1)).all() is not None  # still usable
    with time_box(session, 5000):  # a quick query inside its budget is left alone
        assert session.execute(text("SELECT 1")).scalar() == 1


def test_a_word_the_index_finds_in_more_than_the_cap_is_many_at_once(session):
    """The index's own count of a searched word decides before any row is tested: over the cap,
    "many"; under it, the count runs (and finds the exact number)."""
    import datetime as dt

    from app.models import Article
    from app.query.counting import count_statements
    from app.query.filters import StatementFilter
    from app.query.service import checked_filter

    article = Article(title="Counting", body="x", content_hash="counting-fixture")
    session.add(article)
    for i in range(4):
        day = dt.date(2024, 1, 1 + i)
        session.add(Statement(article=article, kind="indirect", text=f"Envoys met {i}", start=0, end=1, said_on=day))
    session.commit()
    f = checked_filter(session, StatementFilter(q="envoys"))
    if session.get_bind().dialect.name == "sqlite":
        assert f.q.matches >= 2  # the index counts up to a share of the archive: a lower bound
        assert count_statements(session, f, cap=f.q.matches - 1).n is None
    assert count_statements(session, f, cap=10).n == 4


def test_an_estimate_past_the_cap_extrapolates_from_the_newest_matches_the_page_counted(session):
    """Two matches counted over the newest two of four days: about four in all (PostgreSQL
    estimates from its planner instead)."""
    import datetime as dt

    if session.get_bind().dialect.name != "sqlite":
        pytest.skip("PostgreSQL's estimate is its planner's")

    from app.models import Article
    from app.query.counting import count_statements
    from app.query.filters import StatementFilter

    article = Article(title="Density", body="x", content_hash="density-fixture")
    session.add(article)
    for i in range(4):
        day = dt.date(2024, 3, 1 + i)
        session.add(Statement(article=article, kind="indirect", text=f"Day {i}", start=0, end=1, said_on=day))
    session.commit()
    f = StatementFilter(since=dt.date(2024, 3, 1), until=dt.date(2024, 3, 4))
    count = count_statements(session, f, cap=1, newest=(2, dt.date(2024, 3, 3), dt.date(2024, 3, 4)))
    assert (count.n, count.exact) == (4, False)
    assert count_statements(session, f, cap=1, newest=(1, dt.date(2024, 3, 4), dt.date(2024, 3, 4))).n == 4


def test_postgresql_estimates_a_selection_its_planner_puts_far_past_the_cap(session):
    """Counting a selection the planner puts three caps over would only run into the time
    budget: its estimate is said (as an estimate); one near the cap is counted exactly."""
    import datetime as dt

    from app.models import Article
    from app.query.counting import count_statements
    from app.query.filters import StatementFilter

    if session.get_bind().dialect.name != "postgresql":
        pytest.skip("SQLite has no planner estimate")
    article = Article(title="Estimate", body="x", content_hash="estimate-fixture")
    session.add(article)
    for i in range(40):
        day = dt.date(2024, 5, 1 + i % 28)
        session.add(Statement(article=article, kind="indirect", text=f"Row {i}", start=0, end=1, said_on=day))
    session.commit()
    session.execute(text("ANALYZE statements"))
    f = StatementFilter(since=dt.date(2024, 5, 1), until=dt.date(2024, 5, 28))
    from sqlalchemy import event

    sent: list[str] = []
    engine = session.get_bind().engine

    def record(conn, cursor, statement, *args) -> None:
        sent.append(statement)

    event.listen(engine, "before_cursor_execute", record)
    try:
        far = count_statements(session, f, cap=5)
    finally:
        event.remove(engine, "before_cursor_execute", record)
    assert not far.exact and far.n is not None and far.n > 15
    assert not any("count(" in sql for sql in sent), sent  # estimated, never counted
    near = count_statements(session, f, cap=100)  # the estimate (about 40) is under the cap: counted
    assert (near.n, near.exact) == (40, True)
