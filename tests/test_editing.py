"""Editors in the browser's HTTP: accounts, sessions, CSRF, corrections, rejections, the queue, history.

Every test signs in through the real `/login` form and posts the real forms the pages carry,
on the seeded database, and checks what the timeline, the permalink, the API and the CSV say.
"""

from __future__ import annotations

import csv
import datetime as dt
import io

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import func, select, update

from app.auth import check_password
from app.models import ApiToken, LoginFailure, ReviewState, Statement, StatementChange, User, UserSession
from app.store import create_token, create_user, disable_user, unit_of_work
from tests.editing_helpers import CSRF, PASSWORD, VERSION, csrf_of, make_user, sign_in

pytestmark = pytest.mark.usefixtures("seeded")


@pytest.fixture
def editor(client, session_factory):
    make_user(session_factory, "eddie", "editor")
    assert sign_in(client, "eddie").status_code == 303
    return client


def _statement(session_factory, **where) -> Statement:
    with session_factory() as s:
        query = select(Statement).where(Statement.review_state != ReviewState.REJECTED).order_by(Statement.id)
        for name, value in where.items():
            query = query.where(getattr(Statement, name) == value)
        return s.scalars(query).first()


def _fresh(session_factory, statement_id: int) -> Statement:
    with session_factory() as s:
        st = s.get(Statement, statement_id)
        s.expunge(st)
        return st


# --- accounts and sessions ---------------------------------------------------------------------


def test_sign_in_sets_a_safe_cookie_and_sign_out_ends_the_session(client, session_factory):
    make_user(session_factory, "eddie")
    answer = sign_in(client, "eddie", next_path="/statements/1")
    assert answer.status_code == 303 and answer.headers["location"] == "/statements/1"
    cookie = answer.headers["set-cookie"]
    assert "tracker_session=" in cookie and "HttpOnly" in cookie and "SameSite=lax" in cookie
    assert "Max-Age=43200" in cookie and "Secure" not in cookie  # plain http here
    page = client.get("/")
    assert "eddie · editor" in page.text and "Sign out" in page.text
    token = csrf_of(client)
    stolen = dict(client.cookies)
    out = client.post("/logout", data={"csrf_token": token}, follow_redirects=False)
    assert out.status_code == 303 and 'tracker_session=""' in out.headers["set-cookie"]
    with session_factory() as s:
        assert s.scalar(select(func.count()).select_from(UserSession)) == 0
    # The old cookie, replayed, is no session any more.
    replay = TestClient(client.app, cookies=stolen)
    st = _statement(session_factory)
    refused = replay.post(f"/statements/{st.id}/accept", data={"csrf_token": token, "version": st.version})
    assert refused.status_code == 401 and "expired" in refused.text


def test_cookie_is_secure_over_https(client, session_factory):
    make_user(session_factory, "eddie")
    secure = TestClient(client.app, base_url="https://testserver")
    answer = sign_in(secure, "eddie")
    assert answer.status_code == 303 and "Secure" in answer.headers["set-cookie"]


def test_a_wrong_password_or_unknown_name_or_disabled_account_cannot_sign_in(client, session_factory):
    make_user(session_factory, "eddie")
    make_user(session_factory, "gone")
    with unit_of_work(session_factory) as s:
        disable_user(s, "gone")
    for name, password in (("eddie", "not the password"), ("nobody", PASSWORD), ("gone", PASSWORD)):
        answer = sign_in(client, name, password)
        assert answer.status_code == 401 and "Wrong user name or password" in answer.text
        assert "tracker_session" not in answer.headers.get("set-cookie", "")


def test_sign_in_without_the_forms_token_is_refused(client, session_factory):
    make_user(session_factory, "eddie")
    client.get("/login")
    answer = client.post("/login", data={"name": "eddie", "password": PASSWORD, "csrf_token": "forged"})
    assert answer.status_code == 403 and "tracker_session" not in answer.headers.get("set-cookie", "")


def test_failed_sign_ins_are_limited_per_account_and_per_address(client, session_factory):
    make_user(session_factory, "eddie")
    for _ in range(5):
        assert sign_in(client, "eddie", "guess").status_code == 401
    # The right password no longer helps for a while: the account is locked against guessing.
    blocked = sign_in(client, "eddie")
    assert blocked.status_code == 429 and "Too many failed sign-ins" in blocked.text
    assert blocked.headers["retry-after"] == "900"
    # Trying many accounts from one address hits the address's limit.
    for i in range(15):
        assert sign_in(client, f"someone{i}", "guess").status_code == 401
    make_user(session_factory, "other")
    assert sign_in(client, "other").status_code == 429
    with session_factory() as s:
        assert s.scalar(select(func.count()).select_from(LoginFailure)) == 20
    # A quarter of an hour later the failures no longer count.
    with unit_of_work(session_factory) as s:
        s.execute(update(LoginFailure).values(at=dt.datetime.now(dt.UTC) - dt.timedelta(minutes=16)))
    assert sign_in(client, "eddie").status_code == 303


def test_failing_on_purpose_from_elsewhere_does_not_lock_an_editor_out(client, session_factory):
    make_user(session_factory, "eddie")
    stranger = TestClient(client.app, client=("203.0.113.9", 50000))
    for _ in range(6):
        assert sign_in(stranger, "eddie", "guess").status_code in (401, 429)
    assert sign_in(stranger, "eddie").status_code == 429  # that address is locked for this account
    assert sign_in(client, "eddie").status_code == 303  # the editor, from their own address, is not


# --- every changing endpoint refuses readers, bad CSRF and expired sessions ----------------------------


def _changing_requests(session_factory, statement: Statement) -> dict[str, tuple[str, dict]]:
    with session_factory() as s:
        token_id = s.scalar(select(ApiToken.id).order_by(ApiToken.id))
    v = statement.version
    return {
        "edit": (f"/statements/{statement.id}/edit", {"version": v, "kind": "contact"}),
        "accept": (f"/statements/{statement.id}/accept", {"version": v}),
        "reject": (f"/statements/{statement.id}/reject", {"version": v, "reason": "not a statement"}),
        "restore": (f"/statements/{statement.id}/restore", {"version": v}),
        "logout": ("/logout", {}),
        "token": ("/admin/tokens", {"name": "script", "user": "admin"}),
        "password": (
            "/account/password",
            {"current": PASSWORD, "new": "another long password", "again": "another long password"},
        ),
        "revoke": (f"/admin/tokens/{token_id}/revoke", {}),
    }


@pytest.fixture
def changing(client, session_factory):
    make_user(session_factory, "admin", "admin")
    make_user(session_factory, "eddie", "editor")
    with unit_of_work(session_factory) as s:
        create_token(s, "existing")
    return _changing_requests(session_factory, _statement(session_factory))


def _nothing_changed(session_factory, statement_id: int) -> None:
    with session_factory() as s:
        assert s.scalar(select(func.count()).select_from(StatementChange)) == 0
        assert s.get(Statement, statement_id).version == 1
        assert s.scalar(select(func.count()).select_from(ApiToken).where(ApiToken.revoked_at.is_(None))) == 1
        assert s.scalar(select(func.count()).select_from(ApiToken)) == 1
        assert check_password(s, "admin", PASSWORD) is not None


@pytest.mark.parametrize("what", ["edit", "accept", "reject", "restore", "logout", "token", "revoke", "password"])
def test_every_changing_form_refuses_a_reader(client, session_factory, changing, what):
    path, data = changing[what]
    answer = client.post(path, data=data, follow_redirects=False)
    assert answer.status_code == 401 and "Sign in" in answer.text
    _nothing_changed(session_factory, int(changing["accept"][0].split("/")[2]))


@pytest.mark.parametrize("what", ["edit", "accept", "reject", "restore", "logout", "token", "revoke", "password"])
@pytest.mark.parametrize("csrf", [None, "", "wrong-token"])
def test_every_changing_form_refuses_a_missing_or_wrong_csrf_token(client, session_factory, changing, what, csrf):
    assert sign_in(client, "admin").status_code == 303
    path, data = changing[what]
    if csrf is not None:
        data = {**data, "csrf_token": csrf}
    answer = client.post(path, data=data, follow_redirects=False)
    assert answer.status_code == 403 and "security token" in answer.text
    _nothing_changed(session_factory, int(changing["accept"][0].split("/")[2]))


@pytest.mark.parametrize("what", ["edit", "accept", "reject", "restore", "logout", "token", "revoke", "password"])
def test_every_changing_form_refuses_an_expired_session(client, session_factory, changing, what):
    assert sign_in(client, "admin").status_code == 303
    token = csrf_of(client)
    with unit_of_work(session_factory) as s:
        s.execute(update(UserSession).values(expires_at=dt.datetime.now(dt.UTC) - dt.timedelta(seconds=1)))
    path, data = changing[what]
    answer = client.post(path, data={**data, "csrf_token": token}, follow_redirects=False)
    assert answer.status_code == 401 and "expired" in answer.text
    _nothing_changed(session_factory, int(changing["accept"][0].split("/")[2]))


@pytest.mark.parametrize("what", ["token", "revoke"])
def test_an_editor_cannot_manage_tokens(client, session_factory, changing, what):
    assert sign_in(client, "eddie").status_code == 303
    path, data = changing[what]
    answer = client.post(path, data={**data, "csrf_token": csrf_of(client)}, follow_redirects=False)
    assert answer.status_code == 403
    assert client.get("/admin/tokens").status_code == 403
    _nothing_changed(session_factory, int(changing["accept"][0].split("/")[2]))


def test_a_disabled_user_is_signed_out_at_once(editor, session_factory):
    token = csrf_of(editor)
    with unit_of_work(session_factory) as s:
        disable_user(s, "eddie")
    st = _statement(session_factory)
    answer = editor.post(f"/statements/{st.id}/accept", data={"csrf_token": token, "version": st.version})
    assert answer.status_code == 401


def test_a_one_time_password_must_be_replaced_first(client, session_factory):
    with unit_of_work(session_factory) as s:
        create_user(s, "newbie", "editor", "generated-once-123", one_time=True)
    answer = sign_in(client, "newbie", "generated-once-123", next_path="/review")
    assert answer.status_code == 303 and answer.headers["location"] == "/account/password?next=%2Freview"
    assert client.get("/review").status_code == 403
    token = csrf_of(client, "/account/password")
    st = _statement(session_factory)
    assert client.post(f"/statements/{st.id}/accept", data={"csrf_token": token, "version": 1}).status_code == 403
    form = {"csrf_token": token, "current": "generated-once-123", "next": "/review"}
    wrong = client.post("/account/password", data={**form, "current": "nope", "new": "x" * 12, "again": "x" * 12})
    assert wrong.status_code == 400 and "current password is wrong" in wrong.text
    differ = client.post("/account/password", data={**form, "new": "x" * 12, "again": "y" * 12})
    assert differ.status_code == 400 and "differ" in differ.text
    short = client.post("/account/password", data={**form, "new": "short", "again": "short"})
    assert short.status_code == 400 and "at least 12" in short.text
    done = client.post(
        "/account/password",
        data={**form, "new": "my own password!", "again": "my own password!"},
        follow_redirects=False,
    )
    assert done.status_code == 303 and done.headers["location"] == "/review"
    assert client.get("/review").status_code == 200
    with session_factory() as s:
        assert check_password(s, "newbie", "my own password!") is not None
        assert check_password(s, "newbie", "generated-once-123") is None


def test_editor_pages_need_an_editor(client):
    for path in ("/review", "/statements/1/edit", "/admin/tokens"):
        assert client.get(path).status_code == 401, path


# --- correcting, rejecting, accepting ------------------------------------------------------------------


def test_correct_an_actor_by_name_and_see_it_everywhere(editor, session_factory):
    st = _statement(session_factory, kind="direct")
    page = editor.get(f"/statements/{st.id}")
    assert 'id="correct-form"' in page.text and f'name="version" value="{st.version}"' in page.text
    answer = editor.post(
        f"/statements/{st.id}/edit",
        data={
            "csrf_token": CSRF.search(page.text).group(1),
            "version": st.version,
            "actor": "Sergey Lavrov",  # a name, not a slug: looked up as the no-JS fallback does
            "kind": "indirect",
            "category": "111",
            "date": "2020-09-30",
            "targets": "AM, az",
            "reason": "the quote is Lavrov's",
        },
        follow_redirects=False,
    )
    assert answer.status_code == 303, answer.text
    after = _fresh(session_factory, st.id)
    assert after.review_state == ReviewState.CORRECTED and after.version == st.version + 1
    assert after.category_label == "Criticize or denounce"  # the label follows the code
    assert after.said_on == dt.date(2020, 9, 30) and after.corrected_by == "eddie"

    api = editor.get(f"/api/statements/{st.id}").json()
    assert api["actor"]["slug"] == "sergey-lavrov" and api["review_state"] == "corrected"
    assert api["version"] == st.version + 1 and api["kind"] == "indirect"
    assert sorted(t["country"] for t in api["targets"]) == ["AM", "AZ"]
    (change,) = api["history"]
    assert change["by"] == "eddie" and change["action"] == "correct" and change["reason"] == "the quote is Lavrov's"
    assert change["changes"]["actor"][1] == "sergey-lavrov" and change["changes"]["kind"] == ["direct", "indirect"]

    permalink = editor.get(f"/statements/{st.id}").text
    assert "Corrected</strong> by eddie" in permalink and "badge action-correct" in permalink
    assert "<del>direct</del> → <ins>indirect</ins>" in permalink
    rows = list(csv.DictReader(io.StringIO(editor.get("/api/statements.csv", params={"actor": "sergey-lavrov"}).text)))
    assert any(int(r["id"]) == st.id for r in rows)
    assert f'id="s{st.id}"' in editor.get("/actors/sergey-lavrov").text
    assert f'id="s{st.id}"' in editor.get("/", params={"actor": "sergey-lavrov"}).text


def test_an_ambiguous_actor_name_offers_choices_and_changes_nothing(editor, session_factory):
    st = _statement(session_factory)
    answer = editor.post(
        f"/statements/{st.id}/edit",
        data={"csrf_token": csrf_of(editor, f"/statements/{st.id}"), "version": st.version, "actor": "minist"},
    )
    assert answer.status_code == 400 and "Several actors match" in answer.text
    assert answer.text.count('type="radio" name="actor"') > 1
    assert _fresh(session_factory, st.id).version == st.version


def test_the_no_js_actor_search_lists_matches(editor, session_factory):
    st = _statement(session_factory)
    page = editor.get(f"/statements/{st.id}/edit", params={"actor_q": "lavrov"})
    assert page.status_code == 200 and 'value="sergey-lavrov"' in page.text


@pytest.mark.parametrize(
    "field, value, message",
    [
        ("category", "999", "not a CAMEO code"),
        ("date", "30/09/2020", "not a date"),
        ("targets", "ZZ", "not an ISO 3166-1"),
        ("start", "999999", "the span must satisfy"),
        ("actor", "nobody-at-all-xyz", "No actor"),
    ],
)
def test_a_bad_correction_is_refused_and_changes_nothing(editor, session_factory, field, value, message):
    st = _statement(session_factory)
    answer = editor.post(
        f"/statements/{st.id}/edit",
        data={"csrf_token": csrf_of(editor), "version": st.version, "kind": "contact", field: value},
    )
    assert answer.status_code == 400 and message in answer.text
    after = _fresh(session_factory, st.id)
    assert after.kind == st.kind and after.version == st.version and after.review_state == ReviewState.EXTRACTED


def test_reject_with_a_reason_hides_it_and_the_permalink_says_why(editor, session_factory):
    st = _statement(session_factory)
    token = csrf_of(editor)
    no_reason = editor.post(f"/statements/{st.id}/reject", data={"csrf_token": token, "version": st.version})
    assert no_reason.status_code == 400 and _fresh(session_factory, st.id).review_state == ReviewState.EXTRACTED
    answer = editor.post(
        f"/statements/{st.id}/reject",
        data={"csrf_token": token, "version": st.version, "reason": "a headline, not a statement", "next": "/review"},
        follow_redirects=False,
    )
    assert answer.status_code == 303 and answer.headers["location"] == "/review"
    reader = TestClient(editor.app)
    assert f'id="s{st.id}"' not in reader.get("/").text
    csv_ids = [r["id"] for r in csv.DictReader(io.StringIO(reader.get("/api/statements.csv").text))]
    assert str(st.id) not in csv_ids
    permalink = reader.get(f"/statements/{st.id}").text
    assert "Rejected</strong> by eddie" in permalink and "a headline, not a statement" in permalink
    api = reader.get(f"/api/statements/{st.id}").json()
    assert api["review_state"] == "rejected" and api["history"][-1]["reason"] == "a headline, not a statement"
    # Restoring brings it back, as corrected.
    restored = editor.post(f"/statements/{st.id}/restore", data={"csrf_token": token, "version": st.version + 1})
    assert restored.status_code == 200 and _fresh(session_factory, st.id).review_state == ReviewState.CORRECTED


def test_accept_marks_reviewed_and_the_queue_moves_on(editor, session_factory):
    queue = editor.get("/review")
    assert queue.status_code == 200, queue.text[-1500:]
    ids = [int(i) for i in __import__("re").findall(r'<article class="card[^"]*" id="s(\d+)"', queue.text)]
    with session_factory() as s:
        confidences = [s.get(Statement, i).confidence for i in ids]
    assert ids and confidences == sorted(confidences)  # least confident first
    first = ids[0]
    version = int(VERSION.search(queue.text).group(1))
    answer = editor.post(
        f"/statements/{first}/accept",
        data={"csrf_token": csrf_of(editor), "version": version, "next": "/review"},
        follow_redirects=False,
    )
    assert answer.status_code == 303 and answer.headers["location"] == "/review"
    assert _fresh(session_factory, first).review_state == ReviewState.REVIEWED
    assert f'id="s{first}"' not in editor.get("/review").text
    assert "badge state-reviewed" in editor.get(f"/statements/{first}").text


def test_the_queue_takes_the_timelines_filters(editor, session_factory):
    page = editor.get("/review", params={"country": "US"})
    assert page.status_code == 200 and "Antony Blinken" in page.text and "Sergey Lavrov" not in page.text
    assert editor.get("/review", params={"since": "not-a-date"}).status_code == 400


def test_a_stale_form_gets_a_conflict_and_changes_nothing(editor, session_factory):
    st = _statement(session_factory)
    token = csrf_of(editor)
    first = editor.post(
        f"/statements/{st.id}/edit", data={"csrf_token": token, "version": st.version, "kind": "contact"}
    )
    assert first.status_code == 200  # followed to the permalink
    second = editor.post(
        f"/statements/{st.id}/edit", data={"csrf_token": token, "version": st.version, "kind": "indirect"}
    )
    assert second.status_code == 409 and "changed by someone else" in second.text
    after = _fresh(session_factory, st.id)
    assert after.kind == "contact" and after.version == st.version + 1


# --- the API: tokens belong to users, If-Match, history ----------------------------------------------------


def test_a_users_token_acts_as_them_and_stops_with_them(client, session_factory):
    make_user(session_factory, "eddie")
    with unit_of_work(session_factory) as s:
        user = s.scalars(select(User).where(User.name == "eddie")).one()
        token = create_token(s, "eddies-script", user=user)
    st = _statement(session_factory)
    auth = {"Authorization": f"Bearer {token}"}
    answer = client.patch(f"/api/statements/{st.id}", json={"kind": "contact"}, headers=auth)
    assert answer.status_code == 200 and answer.headers["etag"] == f'"{st.version + 1}"'
    assert answer.json()["history"][0]["by"] == "eddie (token eddies-script)"
    with unit_of_work(session_factory) as s:
        disable_user(s, "eddie")
    assert client.patch(f"/api/statements/{st.id}", json={"kind": "direct"}, headers=auth).status_code == 401


def test_api_if_match_conflict(client, session_factory):
    with unit_of_work(session_factory) as s:
        token = create_token(s, "script")
    auth = {"Authorization": f"Bearer {token}"}
    st = _statement(session_factory)
    etag = client.get(f"/api/statements/{st.id}").headers["etag"]
    ok = client.patch(f"/api/statements/{st.id}", json={"kind": "contact"}, headers={**auth, "If-Match": etag})
    assert ok.status_code == 200
    stale = client.patch(f"/api/statements/{st.id}", json={"kind": "indirect"}, headers={**auth, "If-Match": etag})
    assert stale.status_code == 409 and stale.json()["status"] == 409
    assert "changed by someone else" in stale.json()["detail"] and stale.headers["etag"] == f'"{st.version + 1}"'
    bad = client.patch(f"/api/statements/{st.id}", json={"kind": "indirect"}, headers={**auth, "If-Match": "x"})
    assert bad.status_code == 400 and bad.json()["param"] == "If-Match"
    unknown = client.patch(f"/api/statements/{st.id}", json={"category": "999"}, headers=auth)
    assert unknown.status_code == 400 and unknown.json()["param"] == "category"
    assert _fresh(session_factory, st.id).kind == "contact"


def test_admin_issues_and_revokes_a_token_in_the_browser(client, session_factory):
    make_user(session_factory, "admin", "admin")
    assert sign_in(client, "admin").status_code == 303
    page = client.post("/admin/tokens", data={"csrf_token": csrf_of(client), "name": "newsroom", "user": "admin"})
    assert page.status_code == 200
    token = __import__("re").search(r'<code class="token">(st_[^<]+)</code>', page.text).group(1)
    st = _statement(session_factory)
    auth = {"Authorization": f"Bearer {token}"}
    assert client.patch(f"/api/statements/{st.id}", json={"kind": "contact"}, headers=auth).status_code == 200
    with session_factory() as s:
        token_id = s.scalar(select(ApiToken.id).where(ApiToken.name == "newsroom"))
    revoked = client.post(f"/admin/tokens/{token_id}/revoke", data={"csrf_token": csrf_of(client)})
    assert revoked.status_code == 200 and "revoked" in revoked.text
    assert client.patch(f"/api/statements/{st.id}", json={"kind": "direct"}, headers=auth).status_code == 401


@pytest.mark.parametrize("action", ["edit", "accept", "reject", "restore"])
def test_an_impossible_version_is_a_clear_refusal_not_a_crash(editor, session_factory, action):
    st = _statement(session_factory)
    answer = editor.post(
        f"/statements/{st.id}/{action}",
        data={"csrf_token": csrf_of(editor), "version": "99999999999999999999", "reason": "x", "kind": "contact"},
    )
    assert 400 <= answer.status_code < 500 and "version" in answer.text
    assert _fresh(session_factory, st.id).version == st.version
