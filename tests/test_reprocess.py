"""A changed page replaces its old version; re-extraction keeps hand corrections."""

from sqlalchemy import select
from typer.testing import CliRunner

from app.cli import app
from app.models import Article, Statement
from app.pipeline.ingest import ArticleDraft
from app.pipeline.process import ingest_drafts
from app.pipeline.reprocess import article_ids, reprocess
from app.store import StatementPatch, correct_statement, store_article, unit_of_work

URL = "https://news.example/talks"
FIRST = (
    "The Georgian foreign minister said on Monday that the talks had been constructive. "
    "“We expect a second round in March,” he added."
)
SECOND = FIRST + " Russia called on both sides to show restraint and to avoid any escalation."


def _statements(session_factory):
    with session_factory() as s:
        return s.scalars(select(Statement).order_by(Statement.start)).all()


def test_new_version_of_a_url_replaces_and_keeps_corrections(session_factory, extractor):
    summary = ingest_drafts(session_factory, [ArticleDraft(text=FIRST, url=URL, title="Talks")], extractor)
    assert summary.new == 1
    first = _statements(session_factory)
    assert first
    with unit_of_work(session_factory) as s:
        st = s.get(Statement, first[0].id)
        correct_statement(s, st, StatementPatch(kind="indirect", rejected=False), by="editor")
    summary = ingest_drafts(session_factory, [ArticleDraft(text=SECOND, url=URL, title="Talks, updated")], extractor)
    assert (summary.new, summary.updated) == (0, 1)
    with session_factory() as s:
        (article,) = s.scalars(select(Article)).all()
        assert article.title == "Talks, updated" and article.body == SECOND
        kept = s.get(Statement, first[0].id)
        assert kept is not None and kept.review_state == "corrected" and kept.corrected_by == "editor"
        assert any(st.text.startswith("called on both sides") for st in article.statements)
    again = ingest_drafts(session_factory, [ArticleDraft(text=SECOND, url=URL)], extractor)
    assert again.unchanged == 1


def test_reprocess_reports_and_keeps_rejections(scratch_db, monkeypatch, extractor):
    """Ends with the command line, whose own engine must see the article: real commits."""
    session_factory, database_url = scratch_db.session_factory, scratch_db.url
    ingest_drafts(session_factory, [ArticleDraft(text=SECOND, url=URL)], extractor)
    statements = _statements(session_factory)
    with unit_of_work(session_factory) as s:
        correct_statement(s, s.get(Statement, statements[-1].id), StatementPatch(rejected=True), by="editor")
    with session_factory() as s:
        ids = article_ids(s)
    report = reprocess(session_factory, ids, extractor)
    assert report.kept_corrections == 1 and report.added == 0 and report.removed == 0
    after = _statements(session_factory)
    assert [s.text for s in after] == [s.text for s in statements]
    assert next(s for s in after if s.id == statements[-1].id).review_state == "rejected"

    monkeypatch.setenv("DATABASE_URL", database_url)
    result = CliRunner().invoke(app, ["reprocess", "--since", "2000-01-01"])
    bad = CliRunner().invoke(app, ["reprocess", "--since", "March"])
    assert result.exit_code == 0 and "0 articles reprocessed" in result.output  # no published date
    assert bad.exit_code == 1 and "YYYY-MM-DD" in bad.output


def test_reprocess_keeps_no_transaction_idle_while_extracting(scratch_db, monkeypatch):
    """On PostgreSQL an idle transaction is ended after TRACKER_DB_IDLE_IN_TRANSACTION_TIMEOUT
    seconds; reprocessing an article that takes longer than that to extract must still succeed."""
    if not scratch_db.url.startswith("postgresql"):
        import pytest

        pytest.skip("the idle-in-transaction timeout is PostgreSQL's")
    # Seconds of extraction, but one statement to store: the write itself stays well inside the
    # one-second timeout even on a busy machine, so only a transaction held open while extracting fails.
    long_text = (
        'Foreign Minister Ada Lind said she would not yield. ' + "The delegation toured the old harbour. " * 3000
    )
    with unit_of_work(scratch_db.session_factory) as s:  # stored as not yet extracted: only reprocess extracts
        store_article(s, ArticleDraft(text=long_text, url=URL, published="2024-03-01"), [], "none yet")
    monkeypatch.setenv("DATABASE_URL", scratch_db.url)
    monkeypatch.setenv("TRACKER_DB_IDLE_IN_TRANSACTION_TIMEOUT", "1")
    result = CliRunner().invoke(app, ["reprocess", "--since", "2000-01-01"])
    assert result.exit_code == 0, result.output
    assert "1 articles reprocessed" in result.output
