"""Two editors change the same statement at the same moment: one wins, the other gets a conflict.

Real commits on the scratch database, from two threads with connections of their own. Both
read the statement (version 1) before either writes, so a check in Python alone would let both
through; the conditional UPDATE in `app.store.corrections` lets exactly one.
"""

from __future__ import annotations

import datetime as dt
import threading

import httpx
from sqlalchemy import func, select

from app.config import Settings
from app.main import create_app
from app.models import Article, LoginFailure, Statement, StatementChange
from app.store import ConflictError, StatementPatch, correct_statement, unit_of_work
from tests.editing_helpers import CSRF, csrf_of, make_user, sign_in
from tests.live_server import live_server

BODY = "The minister said the talks had been useful and would go on."


def _one_statement(factory) -> int:
    with unit_of_work(factory) as s:
        article = Article(title="Talks", body=BODY, content_hash="c" * 64, published=dt.date(2024, 5, 1))
        statement = Statement(
            article=article, kind="indirect", text=BODY[4:], start=4, end=len(BODY), said_on=dt.date(2024, 5, 1)
        )
        s.add(statement)
        s.flush()
        return statement.id


def test_two_editors_at_once_one_wins_one_gets_a_conflict(scratch_db):
    statement_id = _one_statement(scratch_db.session_factory)
    both_read = threading.Barrier(2, timeout=20)
    results: dict[str, str] = {}

    def edit(editor: str, kind: str) -> None:
        try:
            with unit_of_work(scratch_db.session_factory) as s:
                statement = s.get(Statement, statement_id)
                assert statement.version == 1
                both_read.wait()  # neither has written yet
                correct_statement(s, statement, StatementPatch(kind=kind), by=editor, expected_version=1)
            results[editor] = "saved"
        except ConflictError as exc:
            results[editor] = f"conflict at version {exc.current_version}"

    threads = [threading.Thread(target=edit, args=args) for args in (("ann", "direct"), ("bob", "contact"))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=30)
    assert sorted(results.values()) == ["conflict at version 2", "saved"], results
    winner = next(name for name, outcome in results.items() if outcome == "saved")
    with scratch_db.session_factory() as s:
        statement = s.get(Statement, statement_id)
        assert statement.version == 2 and statement.corrected_by == winner
        assert statement.kind == {"ann": "direct", "bob": "contact"}[winner]
        (change,) = s.scalars(select(StatementChange)).all()  # the loser left nothing behind
        assert change.by == winner


def test_the_second_editors_form_gets_a_clear_409_over_http(scratch_db):
    statement_id = _one_statement(scratch_db.session_factory)
    make_user(scratch_db.session_factory, "ann")
    make_user(scratch_db.session_factory, "bob")
    with live_server(create_app(Settings(database_url=scratch_db.url))) as port:
        base = f"http://127.0.0.1:{port}"
        ann = httpx.Client(base_url=base)
        bob = httpx.Client(base_url=base)
        for client, name in ((ann, "ann"), (bob, "bob")):
            assert sign_in(client, name).status_code == 303
        forms = {name: csrf_of(client, f"/statements/{statement_id}") for client, name in ((ann, "ann"), (bob, "bob"))}
        first = ann.post(
            f"/statements/{statement_id}/edit", data={"csrf_token": forms["ann"], "version": 1, "kind": "direct"}
        )
        second = bob.post(
            f"/statements/{statement_id}/edit", data={"csrf_token": forms["bob"], "version": 1, "kind": "contact"}
        )
        ann.close()
        bob.close()
    assert first.status_code == 303
    assert second.status_code == 409 and "changed by someone else" in second.text
    assert "Reload the current version" in second.text
    with scratch_db.session_factory() as s:
        assert s.get(Statement, statement_id).kind == "direct"
        assert s.scalar(select(func.count()).select_from(StatementChange)) == 1


def test_parallel_wrong_passwords_are_all_counted(scratch_db):
    """Fifteen guesses at once: each is counted before any password is checked, so no more than the
    limit of five are checked at all (the others are refused unchecked, 429)."""
    make_user(scratch_db.session_factory, "ann")
    with live_server(create_app(Settings(database_url=scratch_db.url))) as port:
        base = f"http://127.0.0.1:{port}"
        clients = [httpx.Client(base_url=base, timeout=60) for _ in range(15)]
        forms = [c.get("/login") for c in clients]  # each its own sign-in form and cookie
        start = threading.Barrier(len(clients), timeout=30)
        statuses: list[int] = []

        def guess(client: httpx.Client, form: httpx.Response) -> None:
            token = CSRF.search(form.text).group(1)
            start.wait()
            answer = client.post("/login", data={"name": "ann", "password": "guess", "csrf_token": token})
            statuses.append(answer.status_code)

        threads = [threading.Thread(target=guess, args=pair) for pair in zip(clients, forms, strict=True)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(timeout=60)
        assert len(statuses) == 15 and set(statuses) <= {401, 429, 503}
        assert statuses.count(401) <= 5, statuses
        with scratch_db.session_factory() as s:  # only the checked guesses stay counted
            assert s.scalar(select(func.count()).select_from(LoginFailure)) == statuses.count(401)
