"""Kind 12: a statement whose article gives no date is undated, not put on the day it was
ingested: `said_on` null in the API, listed after the dated ones (pages and API, across
cursors), and kept out of the date charts, the Atom feed and TimelineJS. Texts are our own."""

from __future__ import annotations

import csv
import io

import pytest
from sqlalchemy import select

from app.models import Statement
from app.pipeline.ingest import ArticleDraft
from app.pipeline.process import ingest_drafts

LAVROV = "Russian Foreign Minister Sergey Lavrov said on Tuesday that {what}."
DATED = [
    ("2024-03-05", "the talks in Geneva had been useful"),
    ("2024-03-12", "Moscow would send a delegation to Baku"),
]
UNDATED = ["the border commission would meet again", "the border commission would meet again", "no deal was near"]


@pytest.fixture
def stored(session_factory, extractor) -> dict[str, list[int]]:
    drafts = [ArticleDraft(text=LAVROV.format(what=what), title=f"dated {day}", published=day) for day, what in DATED]
    drafts += [  # the same words twice, in two texts: two reports
        ArticleDraft(text=f"Report {i}. " + LAVROV.format(what=what), title=f"undated {i}")
        for i, what in enumerate(UNDATED)
    ]
    summary = ingest_drafts(session_factory, drafts, extractor)
    assert summary.new == len(drafts) and summary.statements == len(drafts)
    with session_factory() as s:
        rows = s.execute(select(Statement.id, Statement.said_on).order_by(Statement.id)).all()
    return {
        "dated": [i for i, day in rows if day is not None],
        "undated": [i for i, day in rows if day is None],
    }


def test_an_article_without_a_date_gives_undated_statements(stored, session_factory):
    assert len(stored["dated"]) == 2 and len(stored["undated"]) == 3
    with session_factory() as s:
        groups = s.scalars(select(Statement.group_id).where(Statement.id.in_(stored["undated"]))).all()
    assert len(set(groups)) == 3  # no date, no window: the same words undated are not joined


def test_the_api_lists_undated_after_dated_across_pages(stored, client):
    seen, said_on, cursor = [], [], None
    for _ in range(10):
        params = {"limit": 2} | ({"cursor": cursor} if cursor else {})
        body = client.get("/api/statements", params=params).json()
        seen += [item["id"] for item in body["items"]]
        said_on += [item["said_on"] for item in body["items"]]
        cursor = body["next_cursor"]
        if cursor is None:
            break
    assert seen == [*reversed(stored["dated"]), *reversed(stored["undated"])]
    assert said_on == ["2024-03-12", "2024-03-05", None, None, None]
    one = client.get(f"/api/statements/{stored['undated'][0]}").json()
    assert one["said_on"] is None and one["date"] is None and one["article"]["published"] is None


def test_a_date_filter_leaves_undated_statements_out(stored, client):
    items = client.get("/api/statements", params={"since": "2024-01-01"}).json()["items"]
    assert sorted(item["id"] for item in items) == stored["dated"]


def test_feeds_and_timelinejs_leave_undated_out_and_csv_leaves_the_day_empty(stored, client):
    atom = client.get("/feeds/statements.atom").text
    assert all(f"/statements/{i}</id>" in atom for i in stored["dated"])
    assert not any(f"/statements/{i}</id>" in atom for i in stored["undated"])
    events = client.get("/api/statements/timeline.json").json()["events"]
    assert sorted(int(e["unique_id"].split("-")[1]) for e in events) == stored["dated"]
    rows = list(csv.DictReader(io.StringIO(client.get("/api/statements.csv").text)))
    assert {int(r["id"]): r["said_on"] for r in rows if int(r["id"]) in stored["undated"]} == dict.fromkeys(
        stored["undated"], ""
    )


def test_pages_show_undated_last_and_charts_count_dated_only(stored, client):
    page = client.get("/")
    assert page.status_code == 200
    html = page.text
    assert html.index("12 March 2024") < html.index(">Undated</h2>")
    assert html.count(">Undated</h2>") == 1 and "undated</a>" in html
    assert "Sergey Lavrov, undated, “undated 2”." in html  # the citation says so; no role by date is guessed
    actor = client.get("/api/statements", params={"limit": 1}).json()["items"][0]["actor"]["slug"]
    assert client.get(f"/actors/{actor}").status_code == 200
    country = client.get("/api/countries/RU").json()
    months = {row["month"] if isinstance(row, dict) else row[0]: row for row in country.get("months", [])}
    assert set(months) == {"2024-03"}  # the undated statements have no month


def test_paging_back_from_the_undated_ones_returns_the_same_pages(stored, session_factory):
    from app.query import listing
    from app.query.filters import StatementFilter

    with session_factory() as s:
        pages, cursor = [], None
        while True:
            page = listing.statement_page(s, StatementFilter(), limit=2, cursor=cursor)
            pages.append([item["id"] for item in page.items])
            if page.next_cursor is None:
                break
            cursor = page.next_cursor
        assert [i for p in pages for i in p] == [*reversed(stored["dated"]), *reversed(stored["undated"])]
        back, before = [], listing.cursor_of(listing.statement_page(s, StatementFilter(), 2, cursor).items[0])
        while before is not None:
            newer = listing.newer_statement_page(s, StatementFilter(), 2, before)
            back.insert(0, [item["id"] for item in newer.items])
            before = newer.next_cursor
    assert back == pages[:-1]
