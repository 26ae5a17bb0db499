"""/countries answers from memory until any writer changes what it counts (the database's token)."""

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import event, select, text

from app.config import Settings
from app.main import create_app
from app.models import Actor, Article, Statement, StatementTarget
from app.store import unit_of_work


def _counts(client) -> dict[str, tuple[int, int]]:
    body = client.get("/api/countries").json()
    return {c["code"]: (c["statements_by"], c["statements_to"]) for c in body["items"]}


def _statements_sent(connection, fn) -> list[str]:
    sent: list[str] = []
    listener = lambda *args: sent.append(args[2])  # noqa: E731  (conn, cursor, statement, …)
    event.listen(connection, "before_cursor_execute", listener)
    try:
        fn()
    finally:
        event.remove(connection, "before_cursor_execute", listener)
    return sent


def test_a_second_look_is_one_small_query(seeded, client, connection):
    first = _counts(client)
    sent = _statements_sent(connection, lambda: _counts(client))
    assert _counts(client) == first
    assert len([s for s in sent if "statements" in s or "read_generations" in s]) == 1
    assert "read_generations" in next(s for s in sent if "read_generations" in s or "statements" in s)


def test_a_new_statement_a_target_and_a_moved_actor_show_at_once(seeded, client, session_factory):
    before = _counts(client)
    with unit_of_work(session_factory) as s:
        st = s.scalars(select(Statement).where(Statement.actor_id.is_not(None))).first()
        actor = s.get(Actor, st.actor_id)
        home = actor.country
        s.add(StatementTarget(statement_id=st.id, country="NZ"))
    after = _counts(client)
    assert after["NZ"][1] == before.get("NZ", (0, 0))[1] + 1
    # Another process's write, in plain SQL: the triggers see it too.
    with session_factory() as s:
        s.execute(text("UPDATE actors SET country = 'TV' WHERE id = :id"), {"id": actor.id})
        s.commit()
    moved = _counts(client)
    assert moved["TV"][0] > 0 and moved.get(home, (0, 0))[0] < after[home][0]


def test_postgresql_keeps_only_the_newest_generations(seeded, session_factory):
    with session_factory() as s:
        if s.get_bind().dialect.name != "postgresql":
            return  # SQLite keeps one row by construction (see migration 0010)
        for _ in range(150):  # a statement-level trigger fires even for no rows
            s.execute(text("UPDATE statement_targets SET country = country WHERE id = -1"))
        assert s.scalar(text("SELECT count(*) FROM read_generations")) <= 101
        s.rollback()


def test_a_write_that_commits_after_a_newer_one_still_shows(scratch_db):
    """PostgreSQL draws a generation id when a write happens: A draws first, B commits first, a
    reader caches, then A commits. The newest id is B's still, yet A's write must show."""
    factory = scratch_db.session_factory
    with factory() as s:
        if s.get_bind().dialect.name != "postgresql":
            pytest.skip("SQLite lets one writer at a time: the race cannot happen")
    with unit_of_work(factory) as s:
        article = Article(title="Talks", body="Russia said the talks were useful.", content_hash="d" * 64)
        s.add(Statement(article=article, kind="indirect", text="the talks were useful", start=12, end=33))
    with factory() as s:
        statement_id = s.scalar(select(Statement.id))
    client = TestClient(create_app(Settings(database_url=scratch_db.url)))
    add = text("INSERT INTO statement_targets (statement_id, country) VALUES (:s, :c)")
    first = factory()
    first.execute(add, {"s": statement_id, "c": "NZ"})  # draws its id, does not commit yet
    with unit_of_work(factory) as second:  # draws a newer id and commits first
        second.execute(add, {"s": statement_id, "c": "TV"})
    seen = _counts(client)
    assert seen["TV"][1] == 1 and "NZ" not in seen
    first.commit()
    first.close()
    assert _counts(client)["NZ"][1] == 1
