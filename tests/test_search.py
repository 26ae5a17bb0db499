"""Search that forgives, over real HTTP on each database: stems, prefixes, phrases, highlights.

The statements are written in the test's transaction, so each database's own full-text index
(FTS5 on SQLite, tsvector on PostgreSQL) answers; the page and the API must find the same.
"""

from __future__ import annotations

import datetime as dt

import pytest

from app.models import Article, Statement
from app.query.search import Term, matched_spans, parse_search

TEXTS = [
    "The Armenian side reported shelling near the border.",
    "Any escalation must stop at once.",
    "They are escalating the conflict, the minister warned.",
    "There can be no military solution to the conflict.",
    "A military presence offers no solution.",
    "The talks in Geneva were constructive.",
    "Iranian diplomats talked with <b>Baku</b> & Yerevan.",
]


@pytest.fixture
def texts(session):
    article = Article(title="Search fixture", body=" ".join(TEXTS), content_hash="search-fixture")
    session.add(article)
    session.flush()
    ids = {}
    for i, text in enumerate(TEXTS):
        st = Statement(article=article, kind="indirect", text=text, start=i, end=i + 1, said_on=dt.date(2024, 1, 1 + i))
        session.add(st)
        session.flush()
        ids[text] = st.id
    session.commit()
    return ids


def found(client, q: str) -> set[str]:
    response = client.get("/api/statements", params={"q": q, "limit": 500})
    assert response.status_code == 200, response.text
    return {item["text"] for item in response.json()["items"]}


@pytest.mark.parametrize(
    "q, expected",
    [
        ("Armenia", {0}),  # a bare word finds the longer words it begins
        ("escalat*", {1, 2}),  # an explicit prefix, whose letters are not a stem
        ("escalation", {1, 2}),  # stems: escalation ~ escalating
        ("talks", {5, 6}),  # stems: talks ~ talked
        ("Iran", {6}),
        ('"no military solution"', {3}),  # a phrase, in order
        ("no military solution", {3, 4}),  # the same words anywhere
        ('"Armenia"', set()),  # a quoted word is not widened
        ("conflict minister", {2}),  # every term must match
        ("war", set()),  # three letters: not a prefix of "warned"
        ("(escalation* -stop ^once:)", {1}),  # FTS5 and tsquery operators are separators, never syntax
        ('"unclosed phrase', set()),
        ("***", set()),
    ],
)
def test_search_forgives(client, texts, q, expected):
    assert found(client, q) == {TEXTS[i] for i in expected}


def test_page_finds_what_the_api_finds_and_marks_the_words(client, texts):
    page = client.get("/", params={"q": "escalat*"})
    assert page.status_code == 200
    assert "Any <mark>escalation</mark> must stop" in page.text
    assert "They are <mark>escalating</mark> the conflict" in page.text
    assert "Armenian side" not in page.text


def test_highlight_escapes_the_text_first(client, texts):
    page = client.get("/", params={"q": "Baku"}).text
    assert "&lt;b&gt;<mark>Baku</mark>&lt;/b&gt; &amp; Yerevan" in page
    assert "<b>Baku</b>" not in page


def test_terms_and_spans():
    assert parse_search('Armenia escalat* "no military solution" war') == (
        Term("word", ("armenia",)),
        Term("prefix", ("escalat",)),
        Term("phrase", ("no", "military", "solution")),
        Term("exact", ("war",)),
    )
    text = "There can be no military solution, Armenian officials said."
    assert [text[a:b] for a, b in matched_spans(text, '"no military solution" armenia')] == [
        "no military solution",
        "Armenian",
    ]
    assert matched_spans("Ščerbakov said", "scerbakov") == [(0, 9)]


@pytest.mark.parametrize("common", [True, False])
def test_both_sqlite_strategies_find_the_same(session, texts, common):
    """A common word's rows are tested one by one (its beginnings as the indexed words they
    expand to), a rare word's collected: the two must agree on every query kind."""
    from sqlalchemy import select

    from app.query.search import SearchText, prepare_text, text_match

    if session.get_bind().dialect.name != "sqlite":
        pytest.skip("PostgreSQL's planner chooses for itself")
    for q in ("Armenia", "escalat*", "escalation", "talks", "Iran", "no military solution", "war", "zzz*"):
        prepared = prepare_text(session, q)
        assert prepared.expanded is not None
        chosen = SearchText(q, share=prepared.share, common=common, expanded=prepared.expanded)
        got = set(session.scalars(select(Statement.text).where(text_match(chosen, "sqlite"))))
        expected = set(session.scalars(select(Statement.text).where(text_match(SearchText(q, common=False), "sqlite"))))
        assert got == expected, q


def test_a_word_indexed_after_a_search_is_found_by_the_next(client, session, texts):
    """The expansions of a word's beginnings are remembered only while nothing is written
    ("conflict" is in 2 of 7 statements: common, so rows are tested one by one)."""
    assert found(client, "conflict Azerbaij") == set()
    article = session.get(Article, session.get(Statement, texts[TEXTS[0]]).article_id)
    text = "Azerbaijani officials called the conflict over."
    session.add(Statement(article=article, kind="indirect", text=text, start=0, end=1))
    session.commit()
    assert found(client, "conflict Azerbaij") == {text}


def test_matches_collected_once_for_a_page_are_the_same_matches(session, texts):
    """A page collects a rare word's matches once into a temporary table and reads them by key
    for its list, facets and count: the same statements the index gives each time."""
    from sqlalchemy import select

    from app.query.search import SearchText, materialise, text_match

    if session.get_bind().dialect.name != "sqlite":
        pytest.skip("PostgreSQL's planner chooses for itself")
    for q in ("Armenia", "escalat*", "talks", "no military solution", '"conflict" Iran', "zzz"):
        collected = SearchText(q, common=False)
        kept = materialise(session, collected)
        assert kept.matched_in is not None
        got = set(session.scalars(select(Statement.text).where(text_match(kept, "sqlite"))))
        expected = set(session.scalars(select(Statement.text).where(text_match(collected, "sqlite"))))
        assert got == expected, q
