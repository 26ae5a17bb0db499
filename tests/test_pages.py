"""The HTML pages over real HTTP: timeline, filters, article view, escaping.

Read as a visitor reads them (tests/html_page.py): the text shown, headings, links, the form's state.
"""

import pytest

from app.pipeline.ingest import ArticleDraft
from app.pipeline.types import ExtractedStatement, ResolvedActor
from app.store import store_article, unit_of_work
from tests.html_page import Page


@pytest.mark.usefixtures("seeded")
def test_timeline_shows_seed_speakers_grouped_by_day(client):
    page = Page(client.get("/").text)
    shown = " ".join(page.statements().values())
    assert "Antony Blinken" in shown and "Nikol Pashinyan" in shown
    days = page.day_headings()
    assert days and all(day.startswith("2022-09-1") for day in days) and days == sorted(days, reverse=True)
    assert page.alternate("application/json").startswith("/api/statements?")


@pytest.mark.usefixtures("seeded")
def test_country_filter_keeps_form_state_and_describes_it(client):
    page = Page(client.get("/", params={"country": "US"}).text)
    shown = list(page.statements().values())
    assert shown and all("Antony Blinken" in card for card in shown)
    assert "Nikol Pashinyan" not in page.text
    assert page.selected("country") == ["US"]
    assert "by actors of United States" in page.heading


@pytest.mark.usefixtures("seeded")
def test_empty_result_says_why(client):
    page = Page(client.get("/", params={"q": "no such words anywhere"}).text)
    assert not page.statements()
    assert "Nothing matches" in page.text and "no such words anywhere" in page.text


@pytest.mark.usefixtures("seeded")
def test_a_silent_actor_has_no_statements_yet_not_an_empty_tracker(client):
    page = Page(client.get("/actors/ursula-von-der-leyen").text)
    assert page.heading == "Ursula von der Leyen" and not page.statements()
    assert "No statements by Ursula von der Leyen yet." in page.text
    assert "tracker seed" not in page.text


def test_an_empty_tracker_says_how_to_fill_it(client):
    page = Page(client.get("/").text)
    assert not page.statements() and "tracker ingest PATH" in page.text


@pytest.mark.usefixtures("seeded")
def test_article_page_highlights_statements(client):
    item = client.get("/api/statements", params={"limit": 1}).json()["items"][0]
    passages = Page(client.get(f"/articles/{item['article']['id']}").text).highlighted()
    assert len(passages) >= 4
    (passage,) = [text for statement, text in passages if statement == item["id"]]
    assert passage.startswith(item["text"])  # the passage, then its label (who, which kind)


def test_bad_filter_gives_an_html_400(client):
    response = client.get("/", params={"since": "last week"})
    assert response.status_code == 400 and "since must be a date" in Page(response.text).text
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
        page = Page(html)
        assert evil not in html and "<script>" in page.text  # shown as text, never run
        assert not any("alert(1)" in code for code in page.scripts())


@pytest.mark.usefixtures("seeded")
def test_actor_country_and_statement_pages(client):
    actor = Page(client.get("/actors/antony-blinken").text)
    assert actor.heading == "Antony Blinken" and actor.count("svg") >= 1 and "Secretary of State" in actor.text
    assert "/api/actors/antony-blinken" in actor.links()
    assert "/actors/antony-blinken" in Page(client.get("/actors", params={"q": "blink"}).text).links()
    country = Page(client.get("/countries/RU").text)
    assert "Russia" in country.heading and "Most active actors" in country.text
    assert "/countries/RU" in Page(client.get("/countries").text).links()
    item = client.get("/api/statements", params={"limit": 1}).json()["items"][0]
    permalink = Page(client.get(f"/statements/{item['id']}").text)
    assert [text for _, text in permalink.highlighted()] == [item["text"]]
    assert f"/articles/{item['article']['id']}#s{item['id']}" in permalink.links()


def test_security_headers(client):
    response = client.get("/")
    assert "script-src 'self'" in response.headers["content-security-policy"]
    assert response.headers["x-content-type-options"] == "nosniff"
    assert response.headers["referrer-policy"]
