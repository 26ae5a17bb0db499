"""Cards a reader trusts (issue 17, point 4): reported speech with its speaker and cue, the article's
own quotation marks, a total count, first / newer / older links and a citation, over real HTTP."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from app.config import Settings
from app.models import Article, Statement
from app.query.cards import QUOTE_MARKS
from app.query.counting import count_statements
from app.query.filters import StatementFilter
from tests.html_page import Page

pytestmark = pytest.mark.usefixtures("seeded")


def _card(page: Page, statement_id: int):
    return page.tree.xpath("//article[@id=$id]", id=f"s{statement_id}")[0]


def _text_of(card) -> str:
    return " ".join(card.xpath(".//p[contains(@class, 'text')]")[0].text_content().split())


def test_reported_speech_names_its_speaker_and_cue(client, session):
    page = Page(client.get("/").text)
    called = session.scalars(select(Statement).where(Statement.cue == "called", Statement.speaker == "Russia")).first()
    assert called is not None and called.text.startswith("called on")
    assert _text_of(_card(page, called.id)).startswith("Russia called on Armenia and Azerbaijan")
    # The text starts after the verb: the card puts the speaker and the cue before it.
    indicated = session.scalars(select(Statement).where(Statement.cue == "indicated")).first()
    assert indicated is not None and indicated.text.startswith("that")
    assert _text_of(_card(page, indicated.id)).startswith(f"{indicated.speaker} indicated that Moscow")


def test_direct_quotes_carry_only_the_articles_own_marks(client, session):
    page = Page(client.get("/", params={"kind": "direct"}).text)
    rows = session.execute(
        select(Statement, Article.body)
        .join(Article)
        .where(Statement.kind == "direct", Statement.id.in_(page.statements()))
    ).all()
    assert rows
    for st, body in rows:
        before = body[st.start - 1] if st.start else ""
        after = body[st.end] if st.end < len(body) else ""
        expected = (before if before in QUOTE_MARKS else "") + st.text + (after if after in QUOTE_MARKS else "")
        assert _text_of(_card(page, st.id)) == " ".join(expected.split()), st.id


def test_the_total_count_is_exact_and_matches_the_api(client):
    for params in ({}, {"country": "US"}, {"kind": "direct"}):
        page = Page(client.get("/", params=params).text)
        ids = [item["id"] for item in client.get("/api/statements", params={**params, "limit": 500}).json()["items"]]
        count = page.tree.xpath("//*[@id='count']")[0].text_content()
        expected = f"{len(ids):,} statement{'' if len(ids) == 1 else 's'}"
        assert count.strip() == expected, params


def test_a_count_past_the_cap_is_an_estimate_said_as_such(session):
    everything = count_statements(session, StatementFilter())
    assert everything.exact and everything.n > 12
    capped = count_statements(session, StatementFilter(), cap=10)
    assert not capped.exact and capped.n > 10


@pytest.fixture
def small_pages(database_url, app_client):
    return app_client(Settings(database_url=database_url, page_size=4))


def _pager(page: Page) -> dict[str, str]:
    return {" ".join(a.text_content().split()): a.get("href") for a in page.tree.xpath("//nav[@class='pager']//a")}


def test_first_newer_and_older_links_walk_the_timeline_both_ways(small_pages):
    every_kind = {"kind": ["direct", "indirect", "contact"]}  # everything, with a filter the links must keep
    first = Page(small_pages.get("/", params=every_kind).text)
    links = _pager(first)
    assert set(links) == {"Older statements →"}  # the newest page: nothing newer
    second = Page(small_pages.get(links["Older statements →"]).text)
    back = _pager(second)
    assert {"⇤ Newest", "← Newer statements", "Older statements →"} <= set(back) or set(back) == {
        "⇤ Newest",
        "← Newer statements",
    }
    assert all("kind=contact" in href for href in back.values())
    assert list(Page(small_pages.get(back["← Newer statements"]).text).statements()) == list(first.statements())
    assert list(Page(small_pages.get(back["⇤ Newest"]).text).statements()) == list(first.statements())
    newest_again = Page(small_pages.get(back["← Newer statements"]).text)
    assert "← Newer statements" not in _pager(newest_again)  # it is the newest page again
    assert set(second.statements()).isdisjoint(first.statements())


def test_cite_gives_actor_role_date_outlet_title_and_url_as_plain_text(client, session):
    page = Page(client.get("/", params={"actor": "antony-blinken"}).text)
    statement_id = next(iter(page.statements()))
    st = session.get(Statement, statement_id)
    cite = _card(page, statement_id).xpath(".//details[contains(@class, 'cite')]")[0]
    assert cite.xpath("./summary")[0].text_content().strip() == "Cite"
    text = " ".join(cite.xpath(".//p")[0].text_content().split())
    assert text.startswith("Antony Blinken (Secretary of State")
    day = st.said_on
    assert f"{day.day} {day:%b %Y}" in text
    assert st.article.title in text and (st.article.source or "") in text
    if st.article.url:
        assert text.endswith(st.article.url)
