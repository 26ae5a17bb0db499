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
