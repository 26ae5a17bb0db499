"""One statement, many reports: grouping across articles, on ingest, with hand splits and joins."""

import json

import pytest
from sqlalchemy import select

from app.config import PROJECT_ROOT
from app.models import Statement, StatementGroup
from app.pipeline.ingest import ArticleDraft
from app.pipeline.process import ingest_drafts
from app.pipeline.similarity import THRESHOLD, same_utterance
from app.store import create_token, unit_of_work
from tests.html_page import Page

QUOTE = "We call on both sides to exercise restraint and to return to the negotiating table without delay"


def _report(source: str, day: str, quote: str = QUOTE, extra: str = "") -> ArticleDraft:
    text = (
        f"“{quote},” Russian Foreign Minister Sergey Lavrov said on Tuesday. {extra}"
        f"The talks have been stalled since the spring, {source} notes."
    )
    return ArticleDraft(text=text, source=source, title=f"{source} report", published=day)


def test_gold_pairs_precision_and_recall():
    pairs = [
        json.loads(line)
        for line in (PROJECT_ROOT / "tests" / "fixtures" / "grouping_pairs.jsonl")
        .read_text(encoding="utf-8")
        .splitlines()
    ]
    decided = [(same_utterance(p["a"], p["b"]), p["same"]) for p in pairs]
    tp = sum(d and s for d, s in decided)
    fp = sum(d and not s for d, s in decided)
    positives = sum(s for _, s in decided)
    assert tp / (tp + fp) == 1.0, f"a hard negative was grouped at threshold {THRESHOLD}"
    assert tp / positives >= 0.9


@pytest.fixture
def token(session_factory):
    with unit_of_work(session_factory) as s:
        return create_token(s, "editor")


def assert_flags_agree(session_factory) -> None:
    """The stored representative flag says exactly what statement_groups.representative_id says."""
    with session_factory() as s:
        representatives = set(
            s.scalars(select(StatementGroup.representative_id).where(StatementGroup.representative_id.is_not(None)))
        )
        flagged = set(s.scalars(select(Statement.id).where(Statement.is_representative)))
        grouped = set(s.scalars(select(Statement.id).where(Statement.group_id.is_not(None))))
    assert flagged & grouped == representatives


def _lavrov(client, **params):
    return client.get("/api/statements", params={"q": "restraint negotiating", "limit": 50, **params}).json()["items"]


def test_reports_of_one_quote_show_once_with_their_sources(client, session_factory, token, extractor):
    ingest_drafts(session_factory, [_report("TASS", "2024-03-05"), _report("Reuters", "2024-03-06")], extractor)
    (item,) = _lavrov(client)
    assert item["group"]["reports"] == 2 and set(item["group"]["sources"]) == {"TASS", "Reuters"}
    assert item["group"]["first_said_on"] == "2024-03-05"
    assert_flags_agree(session_factory)
    group_id = item["group"]["id"]
    assert len(_lavrov(client, distinct="false")) == 2
    slug = item["actor"]["slug"]
    assert client.get(f"/api/actors/{slug}").json()["statement_count"] == 1  # counted as the timeline shows it

    # A shorter, partial quote in a third outlet joins the same group; its id does not change.
    partial = ArticleDraft(
        text="Lavrov said “both sides” should “exercise restraint and to return to the negotiating "
        "table without delay”, according to Anadolu.",
        source="Anadolu",
        published="2024-03-06",
        title="Anadolu report",
    )
    ingest_drafts(session_factory, [partial], extractor)
    (item,) = _lavrov(client)
    assert item["group"]["id"] == group_id and item["group"]["reports"] >= 2
    assert item["text"].startswith("We call on both sides")  # the fullest wording represents the group
    assert_flags_agree(session_factory)

    # Splitting a report off by hand, then joining it back.
    member = next(m for m in item["group"]["members"] if m["article"]["source"] == "Reuters")
    auth = {"Authorization": f"Bearer {token}"}
    split = client.patch(f"/api/statements/{member['statement_id']}", json={"group": "new"}, headers=auth)
    assert split.status_code == 200 and split.json()["group"]["id"] != group_id
    assert len(_lavrov(client)) == 2
    assert_flags_agree(session_factory)
    joined = client.patch(f"/api/statements/{member['statement_id']}", json={"group": group_id}, headers=auth)
    assert joined.json()["group"]["id"] == group_id and len(_lavrov(client)) == 1
    assert_flags_agree(session_factory)

    # Rejecting the representative hands the group to the next fullest report.
    rejected = client.patch(f"/api/statements/{item['id']}", json={"rejected": True}, headers=auth)
    assert rejected.status_code == 200
    (after,) = _lavrov(client)
    assert after["id"] != item["id"] and after["group"]["id"] == group_id
    assert_flags_agree(session_factory)
    assert (
        client.patch(f"/api/statements/{member['statement_id']}", json={"group": 999999}, headers=auth).status_code
        == 400
    )


def test_different_words_or_days_stay_apart(client, session_factory, extractor):
    other = "We call on both sides to free all prisoners of war before the winter begins"
    ingest_drafts(
        session_factory,
        [
            _report("TASS", "2024-03-05"),
            _report("Reuters", "2024-03-05", quote=other),
            _report("RIA", "2024-05-20"),  # the same words two months later: said again, not reported again
        ],
        extractor,
    )
    items = client.get("/api/statements", params={"q": "both sides", "limit": 50}).json()["items"]
    assert len(items) == 3 and all(i["group"]["reports"] == 1 for i in items)
    facets = client.get("/api/statements/facets", params={"q": "both sides"}).json()
    assert sum(f["count"] for f in facets["kind"]) == 3  # facets count groups


def test_timeline_card_lists_the_reports(client, session_factory, extractor):
    ingest_drafts(session_factory, [_report("TASS", "2024-03-05"), _report("Reuters", "2024-03-06")], extractor)
    (card,) = Page(client.get("/", params={"q": "restraint"}).text).statements().values()
    assert "2 reports" in card and "TASS" in card and "Reuters" in card
