"""The HTML pages over real HTTP: timeline, filters, article view, escaping."""

import re

import pytest

from app.pipeline.ingest import ArticleDraft
from app.pipeline.types import ExtractedStatement, ResolvedActor
from app.store import store_article, unit_of_work


@pytest.mark.usefixtures("seeded")
def test_timeline_shows_seed_speakers_grouped_by_day(client):
    html = client.get("/").text
    assert "Antony Blinken" in html and "Nikol Pashinyan" in html
    assert re.search(r'<h2 class="day"><time datetime="2022-09-1\d">', html)
    assert '<link rel="alternate" type="application/json" href="/api/statements?' in html


@pytest.mark.usefixtures("seeded")
def test_country_filter_keeps_form_state_and_describes_it(client):
    html = client.get("/", params={"country": "US"}).text
    assert "Antony Blinken" in html and "Nikol Pashinyan" not in html
    assert '<option value="US" selected>' in html
    assert "by actors of United States" in html


@pytest.mark.usefixtures("seeded")
def test_empty_result_says_why(client):
    html = client.get("/", params={"q": "no such words anywhere"}).text
    assert "Nothing matches" in html and "no such words anywhere" in html


@pytest.mark.usefixtures("seeded")
def test_a_silent_actor_has_no_statements_yet_not_an_empty_tracker(client):
    html = client.get("/actors/ursula-von-der-leyen").text
    assert "No statements by Ursula von der Leyen yet." in html
    assert "tracker seed" not in html


def test_an_empty_tracker_says_how_to_fill_it(client):
    assert "tracker ingest PATH" in client.get("/").text


@pytest.mark.usefixtures("seeded")
def test_article_page_highlights_statements(client):
    item = client.get("/api/statements", params={"limit": 1}).json()["items"][0]
    html = client.get(f"/articles/{item['article']['id']}").text
    assert f'<mark id="s{item["id"]}"' in html
    assert html.count("<mark") >= 4


def test_bad_filter_gives_an_html_400(client):
    response = client.get("/", params={"since": "last week"})
    assert response.status_code == 400 and "since must be a date" in response.text
    assert client.get("/articles/424242").status_code == 404


def test_hostile_text_is_escaped(client, session_factory):
    evil = "<script>alert(1)</script>"
    body = f"The envoy said {evil} would not be tolerated."
    with unit_of_work(session_factory) as s:
        start = body.index(evil)
        result = store_article(
            s,
            ArticleDraft(text=body, title=evil, source=evil),
            [
                ExtractedStatement(
                    text=evil,
                    start=start,
                    end=start + len(evil),
                    kind="indirect",
                    speaker=evil,
                    actor=ResolvedActor(slug="envoy", name=evil, kind="person", country=None, known=False),
                )
            ],
            "test",
        )
        article_id = result.article.id
    for path in ("/", f"/articles/{article_id}", "/?q=%3Cscript%3E"):
        html = client.get(path).text
        assert evil not in html and "&lt;script&gt;" in html


@pytest.mark.usefixtures("seeded")
def test_actor_country_and_statement_pages(client):
    html = client.get("/actors/antony-blinken").text
    assert "<h1>Antony Blinken</h1>" in html and "<svg" in html and "Secretary of State" in html
    assert 'href="/api/actors/antony-blinken"' in html
    listing = client.get("/actors", params={"q": "blink"}).text
    assert "/actors/antony-blinken" in listing
    country = client.get("/countries/RU").text
    assert "Russia" in country and "Most active actors" in country
    assert "/countries/RU" in client.get("/countries").text
    item = client.get("/api/statements", params={"limit": 1}).json()["items"][0]
    permalink = client.get(f"/statements/{item['id']}").text
    assert "<mark" in permalink and f"/articles/{item['article']['id']}#s{item['id']}" in permalink


def test_security_headers(client):
    response = client.get("/")
    assert "script-src 'self'" in response.headers["content-security-policy"]
    assert response.headers["x-content-type-options"] == "nosniff"
    assert response.headers["referrer-policy"]
