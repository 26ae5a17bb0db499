"""Write endpoints: tokens, one transaction per article, corrections and merges."""

import pytest
from sqlalchemy import func, select

from app.models import Actor, Article, Statement
from app.store import create_token, unit_of_work

ARTICLE = {
    "title": "Envoys meet",
    "source": "Example Wire",
    "published": "2023-03-02",
    "text": "The Armenian foreign minister Ararat Mirzoyan said on Wednesday that the talks had been useful. "
    "“We will continue the dialogue,” he added.",
}


@pytest.fixture
def token(session_factory) -> str:
    with unit_of_work(session_factory) as s:
        return create_token(s, "tester")


def _auth(token):
    return {"Authorization": f"Bearer {token}"}


def test_write_needs_a_valid_token(client, token):
    assert client.post("/api/articles", json=ARTICLE).status_code == 401
    wrong = client.post("/api/articles", json=ARTICLE, headers=_auth("st_nope"))
    assert wrong.status_code == 401 and wrong.headers["www-authenticate"] == "Bearer"
    assert wrong.json()["status"] == 401


def test_post_article_then_again(client, token, session_factory):
    first = client.post("/api/articles", json=ARTICLE, headers=_auth(token))
    assert first.status_code == 201, first.text
    body = first.json()
    assert body["title"] == "Envoys meet" and body["statements"]
    again = client.post("/api/articles", json=ARTICLE, headers=_auth(token))
    assert again.status_code == 200 and again.json()["id"] == body["id"]
    with session_factory() as s:
        assert s.scalar(select(func.count()).select_from(Article)) == 1
        assert s.scalar(select(func.count()).select_from(Statement)) == len(body["statements"])


@pytest.mark.parametrize(
    "payload, status",
    [
        ({"title": "no text"}, 422),
        ({"text": "   "}, 422),
        ({"text": "x", "published": "soon"}, 422),
    ],
)
def test_bad_articles_are_rejected_clearly(client, token, payload, status):
    response = client.post("/api/articles", json=payload, headers=_auth(token))
    assert response.status_code == status and response.json()["detail"]


def test_malformed_json_and_oversized_body(client, token):
    response = client.post(
        "/api/articles", content=b"{not json", headers=_auth(token) | {"content-type": "application/json"}
    )
    assert response.status_code == 422 and response.headers["content-type"].startswith("application/problem+json")
    big = client.post("/api/articles", json={"text": "x" * 6_000_000}, headers=_auth(token))
    assert big.status_code == 413 and big.json()["status"] == 413


def test_extract_stores_nothing(client, token, session_factory):
    response = client.post("/api/extract", json=ARTICLE, headers=_auth(token))
    assert response.status_code == 200 and response.json()["statements"]
    with session_factory() as s:
        assert s.scalar(select(func.count()).select_from(Article)) == 0


@pytest.mark.usefixtures("seeded")
def test_patch_statement_records_who_and_rejects(client, token, session_factory):
    item = client.get("/api/statements", params={"country": "US", "limit": 1}).json()["items"][0]
    patched = client.patch(
        f"/api/statements/{item['id']}", json={"actor": "russia", "kind": "indirect"}, headers=_auth(token)
    )
    assert patched.status_code == 200, patched.text
    assert patched.json()["actor"]["slug"] == "russia" and patched.json()["review_state"] == "corrected"
    with session_factory() as s:
        assert s.get(Statement, item["id"]).corrected_by == "tester"
    bad = client.patch(f"/api/statements/{item['id']}", json={"actor": "nobody-at-all"}, headers=_auth(token))
    assert bad.status_code == 400 and bad.json()["param"] == "actor"
    client.patch(f"/api/statements/{item['id']}", json={"rejected": True}, headers=_auth(token))
    ids = [i["id"] for i in client.get("/api/statements", params={"limit": 500}).json()["items"]]
    assert item["id"] not in ids


@pytest.mark.usefixtures("seeded")
def test_merge_actors_is_idempotent(client, token):
    before = client.get("/api/actors/russia").json()["statement_count"]
    ministry = client.get("/api/actors/russia-foreign-ministry").json()["statement_count"]
    merged = client.post("/api/actors/russia-foreign-ministry/merge", json={"into": "russia"}, headers=_auth(token))
    assert merged.status_code == 200, merged.text
    assert merged.json()["statements_moved"] == ministry and not merged.json()["already_merged"]
    assert client.get("/api/actors/russia").json()["statement_count"] == before + ministry
    again = client.post("/api/actors/russia-foreign-ministry/merge", json={"into": "russia"}, headers=_auth(token))
    assert again.status_code == 200 and again.json()["already_merged"]
    assert client.get("/api/actors/russia-foreign-ministry").status_code == 404


MINISTRY_ARTICLE = {
    "title": "Ministry speaks",
    "published": "2023-03-07",
    "text": "The Russian Foreign Ministry said on Tuesday that the talks in Geneva had been useful and would continue.",
}


@pytest.mark.usefixtures("seeded")
def test_a_merged_actor_stays_merged_when_an_article_names_it(client, token, session_factory):
    merged = client.post("/api/actors/russia-foreign-ministry/merge", json={"into": "russia"}, headers=_auth(token))
    assert merged.status_code == 200, merged.text
    before = client.get("/api/actors/russia").json()["statement_count"]
    posted = client.post("/api/articles", json=MINISTRY_ARTICLE, headers=_auth(token))
    assert posted.status_code == 201, posted.text
    assert [s["actor"]["slug"] for s in posted.json()["statements"]] == ["russia"]
    assert client.get("/api/actors/russia").json()["statement_count"] == before + 1
    assert client.get("/api/actors/russia-foreign-ministry").status_code == 404
    with session_factory() as s:
        assert s.scalar(select(func.count()).select_from(Actor).where(Actor.slug == "russia-foreign-ministry")) == 0


def test_post_article_as_html_and_unreachable_url(client, token):
    html = (
        "<html><head><title>Envoy speaks</title></head><body><article><h1>Envoy speaks</h1>"
        "<p>The Armenian foreign minister Ararat Mirzoyan said on Tuesday that the border talks had been "
        "constructive and would continue next month in Yerevan.</p></article></body></html>"
    )
    response = client.post("/api/articles", json={"html": html, "source": "Example Herald"}, headers=_auth(token))
    assert response.status_code == 201, response.text
    body = response.json()
    assert body["title"] == "Envoy speaks" and body["source"] == "Example Herald"
    assert "constructive" in body["body"] and body["statements"]
    down = client.post("/api/articles", json={"url": "http://127.0.0.1:9/gone"}, headers=_auth(token))
    assert down.status_code == 422 and down.json()["param"] == "url"


def test_unknown_actor_slug_is_a_clear_400(client):
    response = client.get("/api/statements", params={"actor": "no-such-actor"})
    assert response.status_code == 400 and response.json()["param"] == "actor"
    assert "no-such-actor" in response.json()["detail"]


def test_extraction_past_the_deadline_is_a_503_and_stores_nothing(settings, app_client, session_factory, token):
    client = app_client(settings.model_copy(update={"extract_timeout": 1e-9}))
    for path in ("/api/extract", "/api/articles"):
        response = client.post(path, json=ARTICLE, headers=_auth(token))
        assert response.status_code == 503, response.text
        assert "took longer than" in response.json()["detail"]
    with session_factory() as s:
        assert s.scalar(select(func.count()).select_from(Article)) == 0


def test_a_bad_body_names_the_field_that_is_wrong(client, token):
    headers = {"Authorization": f"Bearer {token}"}
    dated = client.post("/api/articles", json={"text": "The minister said so.", "published": "March"}, headers=headers)
    assert dated.status_code == 422 and dated.json()["param"] == "published", dated.json()
    broken = client.post(
        "/api/articles", content=b'{"text": "x",', headers={**headers, "Content-Type": "application/json"}
    )
    assert broken.status_code == 422 and broken.json()["param"] == "body", broken.json()


def test_an_upper_case_scheme_is_a_url_too(client, token):
    """RFC 3986 schemes are case-insensitive: `HTTP://` is fetched under the same rules (here refused: loopback)."""
    answer = client.post(
        "/api/articles", json={"url": "HTTP://127.0.0.1:9/x"}, headers={"Authorization": f"Bearer {token}"}
    )
    assert answer.status_code == 422 and answer.json()["param"] == "url" and "loopback" in answer.json()["detail"]


SPANISH = (
    "BOGOTÁ, 13 de septiembre — El presidente pidió a Caracas que garantice elecciones libres. «La región no "
    "puede mirar hacia otro lado», dijo en una entrevista, y añadió que mantendrá abiertos los canales diplomáticos."
)
RUSSIAN = "«Мы готовы к диалогу, но только на равных», — подчеркнул министр на пресс-конференции в Москве."


def test_an_article_in_another_language_is_stored_without_statements_and_says_why(client, token, session_factory):
    first = client.post("/api/articles", json={"title": "Elecciones", "text": SPANISH}, headers=_auth(token))
    assert first.status_code == 201, first.text
    body = first.json()
    assert body["language"] == "es" and body["statements"] == []
    assert body["skipped"] == "the text is in Spanish (es); the extractor reads English (en) only"
    again = client.post("/api/articles", json={"title": "Elecciones", "text": SPANISH}, headers=_auth(token))
    assert again.status_code == 200 and again.json()["skipped"] == body["skipped"]
    stored = client.get(f"/api/articles/{body['id']}").json()
    assert stored["language"] == "es" and stored["statements"] == []
    english = client.post("/api/articles", json=ARTICLE, headers=_auth(token)).json()
    assert english["language"] == "en" and english["skipped"] is None and english["statements"]
    extracted = client.post("/api/extract", json={"text": RUSSIAN}, headers=_auth(token)).json()
    assert extracted["language"] == "ru" and "Russian" in extracted["skipped"] and extracted["statements"] == []
    with session_factory() as s:
        assert s.scalar(select(Article.language).where(Article.id == body["id"])) == "es"


def test_the_article_page_says_why_an_article_has_no_statements(client, token):
    posted = client.post("/api/articles", json={"title": "Elecciones", "text": SPANISH}, headers=_auth(token)).json()
    page = client.get(f"/articles/{posted['id']}")
    assert page.status_code == 200
    assert "Not read: the text is in Spanish (es); the extractor reads English (en) only." in page.text
    assert "tracker reprocess --language es" in page.text
