"""Exports and pages stay safe to open whatever text was stored: CSV cells a spreadsheet
would run as formulas, control characters in the Atom feed, HTML in TimelineJS strings,
article URLs of schemes other than http(s)."""

import csv
import io
import json
import xml.etree.ElementTree as ET

import pytest
from sqlalchemy import select

from app.models import Article, Statement
from app.web.formatting import safe_url

pytestmark = pytest.mark.usefixtures("seeded")
ATOM = "{http://www.w3.org/2005/Atom}"
FORMULAS = ["=1+1", "+1", "-5", "@SUM(A1)", "\tx", "\rx", '=HYPERLINK("http://x.example","y")', "-2+3"]


def _statement(session) -> Statement:
    statement = session.scalars(select(Statement).where(Statement.actor_id.is_not(None)).order_by(Statement.id)).first()
    assert statement is not None
    return statement


def test_csv_cells_that_read_as_formulas_are_text(client, session):
    statement = _statement(session)
    statement.speaker, statement.category_code = FORMULAS[0], "+020"
    statement.article.title, statement.article.source = FORMULAS[3], FORMULAS[5]
    statement.actor.name = FORMULAS[4]
    session.flush()
    written = {}
    for text in FORMULAS:
        statement.text = text
        session.flush()
        rows = csv.DictReader(
            io.StringIO(client.get("/api/statements.csv", params={"article": statement.article_id}).text)
        )
        row = next(r for r in rows if int(r["id"]) == statement.id)
        written[text] = row["text"]
    assert written == {text: "'" + text for text in FORMULAS}
    assert (row["speaker"], row["category"], row["article_title"]) == ("'=1+1", "'+020", "'@SUM(A1)")
    assert row["source"] == "'" + FORMULAS[5] and row["actor"] == "'\tx"
    # every other cell of every row: no text cell starts a formula; numbers stay numbers
    for row in csv.DictReader(io.StringIO(client.get("/api/statements.csv").text)):
        assert not any(value.startswith(("=", "+", "-", "@", "\t", "\r")) for value in row.values())
        assert int(row["id"]) > 0 and float(row["confidence"]) >= 0


def test_ordinary_csv_cells_are_unchanged(client, session):
    statement = _statement(session)
    rows = list(
        csv.DictReader(io.StringIO(client.get("/api/statements.csv", params={"article": statement.article_id}).text))
    )
    row = next(r for r in rows if int(r["id"]) == statement.id)
    assert row["text"] == statement.text and row["actor"] == statement.actor.name


def test_atom_feed_stays_xml_with_control_characters(client, session):
    statement = _statement(session)
    statement.text = "We\x01 will\x0b not\x1b yield\x0c\x08 now\ufffe"
    statement.speaker = "the\x07 minister"
    statement.actor.name = "Name\x1f"
    statement.article.title, statement.article.source = "Title\x02", "Source\x03"
    session.flush()
    response = client.get("/feeds/statements.atom", params={"article": statement.article_id})
    assert response.status_code == 200
    feed = ET.fromstring(response.content)  # raises on a character XML 1.0 forbids
    contents = [e.find(f"{ATOM}content").text for e in feed.findall(f"{ATOM}entry")]
    assert any("We will not yield now" in c and "(Source: Title)" in c for c in contents)


def test_timelinejs_strings_are_html_escaped(client, session):
    statement = _statement(session)
    statement.actor.name = "<script>alert(1)</script>"
    statement.actor.country = "<b"
    statement.text = "<img src=x onerror=alert(2)>"
    statement.article.source = "<i>src</i>"
    statement.cue = "<u>said</u>"
    session.flush()
    body = client.get("/api/statements/timeline.json", params={"article": statement.article_id}).json()
    event = next(e for e in body["events"] if e["unique_id"] == f"statement-{statement.id}")
    assert event["text"]["headline"] == "&lt;script&gt;alert(1)&lt;/script&gt; &lt;u&gt;said&lt;/u&gt;"
    assert event["group"] == "&lt;B"  # an unknown country code is shown as it is, upper case
    assert "<img" not in event["text"]["text"] and "&lt;i&gt;src&lt;/i&gt;" in event["text"]["text"]
    raw = json.dumps(body)
    assert "<script" not in raw and "<b" not in raw.lower() and "<u>" not in raw


def test_timelinejs_ordinary_headline_unchanged(client, session):
    statement = _statement(session)
    body = client.get("/api/statements/timeline.json", params={"article": statement.article_id}).json()
    event = next(e for e in body["events"] if e["unique_id"] == f"statement-{statement.id}")
    assert statement.cue  # seed names and cues carry no HTML
    assert event["text"]["headline"] == f"{statement.actor.name} {statement.cue}"


HOSTILE_URLS = [
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    "\tjavascript:alert(1)",
    " javascript:alert(1)",
    "java\tscript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "vbscript:msgbox(1)",
    "//evil.example/x",
    "/relative",
    "http:/no-host",
    "https://ok.example/\nx",
    "http://[::1",
]


@pytest.mark.parametrize("url", HOSTILE_URLS)
def test_only_http_urls_are_links(client, session, url):
    article = session.scalars(select(Article).order_by(Article.id)).first()
    article.url = url
    session.flush()
    page = client.get(f"/articles/{article.id}").text
    assert 'rel="noopener nofollow">original</a>' not in page
    assert "original: " in page  # shown, as text


@pytest.mark.parametrize("url", ["https://example.com/a?b=1&c=2", "HTTP://EXAMPLE.COM/"])
def test_http_urls_stay_links(client, session, url):
    article = session.scalars(select(Article).order_by(Article.id)).first()
    article.url = url
    session.flush()
    page = client.get(f"/articles/{article.id}").text
    assert 'rel="noopener nofollow">original</a>' in page and "original: " not in page


def test_safe_url():
    assert [safe_url(u) for u in HOSTILE_URLS] == [None] * len(HOSTILE_URLS)
    assert safe_url("https://x.example/y") == "https://x.example/y" and safe_url(None) is None
