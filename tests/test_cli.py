"""The `tracker` command line, run in-process against a real database.

The commands build their own engine from DATABASE_URL, so their writes really commit: these
tests use `scratch_db` (an empty database of their own) rather than a rolled-back transaction.
"""

import datetime as dt
import json

import pytest
from sqlalchemy import func, select
from typer.testing import CliRunner

from app.cli import app
from app.models import ApiToken, Article

runner = CliRunner()


@pytest.fixture
def env(scratch_db, monkeypatch):
    monkeypatch.setenv("DATABASE_URL", scratch_db.url)
    yield scratch_db


def test_ingest_counts_and_idempotence(tmp_path, env):
    (tmp_path / "a.md").write_text("---\ntitle: One\n---\nThe spokesperson said nothing new.\n", encoding="utf-8")
    (tmp_path / "b.jsonl").write_text('{"text": "Second body."}\nnot json\n', encoding="utf-8")
    first = runner.invoke(app, ["ingest", "--workers", "1", str(tmp_path)])
    assert first.exit_code == 1  # one line failed
    assert "new 2, updated 0, unchanged 0, failed 1" in first.output
    assert "b.jsonl:2" in first.output
    second = runner.invoke(app, ["ingest", "-w", "1", str(tmp_path / "a.md")])
    assert second.exit_code == 0 and "new 0, updated 0, unchanged 1, failed 0" in second.output
    with env.session_factory() as s:
        assert s.scalar(select(func.count()).select_from(Article)) == 2


def test_token_create_prints_token_last_and_stores_hash(env):
    result = runner.invoke(app, ["token", "create", "crawler"])
    assert result.exit_code == 0
    token = result.output.strip().splitlines()[-1]
    assert token.startswith("st_") and len(token) > 30
    with env.session_factory() as s:
        stored = s.scalars(select(ApiToken)).one()
    assert stored.name == "crawler" and token not in stored.token_hash
    assert runner.invoke(app, ["token", "revoke", "crawler"]).exit_code == 0
    assert runner.invoke(app, ["token", "revoke", "crawler"]).exit_code == 1


def test_user_create_and_disable(env):
    from app.auth import check_password
    from app.models import User

    made = runner.invoke(app, ["user", "create", "ana", "--role", "editor"])
    assert made.exit_code == 0, made.output
    one_time = made.output.strip().splitlines()[-1]
    given = runner.invoke(
        app, ["user", "create", "ben", "--role", "admin", "--password-stdin"], input="ben's own password\n"
    )
    assert given.exit_code == 0 and "one-time" not in given.output
    with env.session_factory() as s:
        ana = check_password(s, "ana", one_time)
        assert ana is not None and ana.role == "editor" and ana.must_change_password
        assert one_time not in ana.password_hash and ana.password_hash.startswith("$argon2id$")
        ben = check_password(s, "ben", "ben's own password")
        assert ben is not None and ben.role == "admin" and not ben.must_change_password
    for args, message in (
        (["user", "create", "ana", "--role", "editor"], "already a user"),
        (["user", "create", "cy", "--role", "boss"], "role must be one of"),
        (["user", "disable", "nobody"], "no user"),
        (["token", "create", "x", "--user", "nobody"], "no active user"),
    ):
        failed = runner.invoke(app, args)
        assert failed.exit_code == 1 and message in failed.output and "Traceback" not in failed.output
    short = runner.invoke(app, ["user", "create", "cy", "--role", "editor", "--password-stdin"], input="short\n")
    assert short.exit_code == 1 and "at least 12" in short.output
    assert runner.invoke(app, ["token", "create", "anas-script", "--user", "ana"]).exit_code == 0
    assert runner.invoke(app, ["user", "disable", "ana"]).exit_code == 0
    with env.session_factory() as s:
        assert s.scalars(select(User).where(User.name == "ana")).one().disabled_at is not None
        assert check_password(s, "ana", one_time) is None
        assert s.scalars(select(ApiToken)).one().role is None  # the token of a disabled user acts no more


def test_extract_jsonl_contract(tmp_path):
    line = {
        "id": "a1",
        "text": "Russia called on Armenia and Azerbaijan to end hostilities.",
        "published": "2022-09-13",
        "title": None,
        "source": None,
        "url": None,
    }
    path = tmp_path / "in.jsonl"
    path.write_text(json.dumps(line) + "\n", encoding="utf-8")
    result = runner.invoke(app, ["extract", str(path), "--jsonl"])
    assert result.exit_code == 0, result.output
    (record,) = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    assert record["id"] == "a1"
    (st,) = record["statements"]
    assert line["text"][st["start"] : st["end"]] == st["text"]
    assert st["kind"] == "indirect" and st["country"] == "RU"


def test_ingest_missing_path_fails_cleanly(env):
    result = runner.invoke(app, ["ingest", "/no/such/place"])
    assert result.exit_code == 1 and "no such file or folder" in result.output


def test_help_works_and_a_bad_setting_is_one_clear_line(monkeypatch):
    monkeypatch.setenv("DATABASE_URL", "mysql://someone@somewhere/db")
    helped = runner.invoke(app, ["ingest", "--help"])
    assert helped.exit_code == 0 and "Usage" in helped.output  # settings are read only when used
    failed = runner.invoke(app, ["db", "upgrade"])
    assert failed.exit_code == 1
    assert failed.output.strip() == (
        "error: DATABASE_URL: DATABASE_URL must be a sqlite://, postgresql:// or postgres:// URL"
    )


def test_parallel_ingest_checks_the_registry_before_starting_workers(tmp_path, env, monkeypatch):
    (tmp_path / "seeds" / "actors").mkdir(parents=True)
    (tmp_path / "seeds" / "actors" / "broken.yaml").write_text("- slug: x\n  kind: alien\n", encoding="utf-8")
    (tmp_path / "a.md").write_text("The spokesperson said nothing new.\n", encoding="utf-8")
    monkeypatch.setenv("TRACKER_SEEDS_DIR", str(tmp_path / "seeds"))
    result = runner.invoke(app, ["ingest", "--workers", "2", "--no-progress", str(tmp_path / "a.md")])
    assert result.exit_code == 1 and "broken.yaml" in result.output and "Traceback" not in result.output
    with env.session_factory() as s:
        assert s.scalar(select(func.count()).select_from(Article)) == 0


def test_ingest_reports_long_nested_and_nul_articles_and_stores_the_rest(tmp_path, env, monkeypatch):
    """Issue 19: a text over TRACKER_MAX_ARTICLE_CHARS and a line of deeply nested JSON are
    reported with file and line; an article with NUL bytes is stored without them; exit code 1."""
    monkeypatch.setenv("TRACKER_MAX_ARTICLE_CHARS", "1000")
    path = tmp_path / "batch.jsonl"
    lines = [
        json.dumps({"text": "The minister said the talks went well.", "title": "good"}),
        "[" * 100_000,
        json.dumps({"text": "word " * 300}),
        json.dumps({"text": "The envoy\u0000 said the talks\u0001 went badly.", "title": "N\u0000UL"}),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = runner.invoke(app, ["ingest", "--workers", "1", "--no-progress", str(path)])
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert "new 2, updated 0, unchanged 0, failed 2" in result.output
    assert f"failed: {path}:2: invalid JSON: nested too deeply" in result.output
    assert f"failed: {path}:3: text: the article is 1,500 characters long, over the limit of 1,000" in result.output
    with env.session_factory() as s:
        assert set(s.scalars(select(Article.body))) == {
            "The minister said the talks went well.",
            "The envoy said the talks went badly.",
        }


FRENCH = (
    "PARIS, 13 septembre — Le Quai d'Orsay a convoqué l'ambassadeur après l'arrestation de deux "
    "ressortissants. « Cette détention est arbitraire », a déclaré la ministre, qui a exigé leur libération."
)


def test_an_article_in_another_language_is_stored_skipped_and_named(tmp_path, env):
    (tmp_path / "fr.md").write_text(f"---\ntitle: Convocation\n---\n{FRENCH}\n", encoding="utf-8")
    (tmp_path / "en.md").write_text("The spokesperson said talks would resume on Friday.\n", encoding="utf-8")
    result = runner.invoke(app, ["ingest", "-w", "1", "--no-progress", str(tmp_path)])
    assert result.exit_code == 0, result.output  # a skipped article is no failure
    assert "new 1, updated 0, unchanged 0, failed 0, skipped 1; 1 statements stored" in result.output
    assert f"skipped: {tmp_path / 'fr.md'}: the text is in French (fr)" in result.output
    with env.session_factory() as s:
        stored = {a.title: a for a in s.scalars(select(Article))}
        assert stored["Convocation"].language == "fr" and stored["Convocation"].statements == []
        assert stored[None].language == "en" and len(stored[None].statements) == 1
    again = runner.invoke(app, ["ingest", "-w", "1", "--no-progress", str(tmp_path / "fr.md")])
    assert "unchanged 1, failed 0, skipped 0" in again.output
    only_french = runner.invoke(app, ["reprocess", "--language", "fr"])
    assert only_french.exit_code == 0, only_french.output
    assert "1 articles reprocessed (1 skipped)" in only_french.output
    assert "skipped: article" in only_french.output and "French" in only_french.output


def test_a_feed_entry_in_another_language_is_counted_as_skipped(tmp_path, env, monkeypatch):
    import http.server
    import threading
    from functools import partial

    page = f"<html><head><title>Convocation</title></head><body><article><p>{FRENCH}</p></article></body></html>"
    (tmp_path / "fr.html").write_text(page, encoding="utf-8")
    handler = partial(http.server.SimpleHTTPRequestHandler, directory=str(tmp_path))
    handler.log_message = lambda *a: None
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        base = f"http://127.0.0.1:{server.server_address[1]}"
        feed = tmp_path / "feed.xml"
        feed.write_text(
            f'<?xml version="1.0"?><rss version="2.0"><channel><title>Le Monde diplomatique</title>'
            f"<item><title>Convocation</title><link>{base}/fr.html</link></item></channel></rss>",
            encoding="utf-8",
        )
        monkeypatch.setenv("TRACKER_FETCH_ALLOW", "127.0.0.1")
        result = runner.invoke(app, ["ingest-feed", "-w", "1", "--no-progress", str(feed)])
    finally:
        server.shutdown()
    assert result.exit_code == 0, result.output
    assert "failed 0, skipped 1" in result.output and f"skipped: {base}/fr.html: the text is in French" in result.output
    with env.session_factory() as s:
        assert s.scalars(select(Article.language)).all() == ["fr"]


def test_writing_commands_say_which_database_they_write_to(tmp_path, env, monkeypatch):
    """`tracker ingest` run in another folder names the database it fills, once, without its password."""
    (tmp_path / "a.md").write_text("The spokesperson said nothing new.\n", encoding="utf-8")
    result = runner.invoke(app, ["ingest", "--workers", "1", str(tmp_path / "a.md")])
    assert result.exit_code == 0, result.output
    shown = [line for line in result.output.splitlines() if line.startswith("Writing to ")]
    assert len(shown) == 1
    from app.cli import database_label

    assert shown[0] == f"Writing to {database_label(env.url)}"
    revoked = runner.invoke(app, ["token", "revoke", "nobody"])
    assert "Writing to " in revoked.output


def test_database_label_hides_the_password_and_makes_sqlite_paths_absolute(tmp_path, monkeypatch):
    from app.cli import database_label

    assert database_label("postgresql+psycopg://me:s3cret@db.example:5432/tracker") == (
        "postgresql+psycopg://me:***@db.example:5432/tracker"
    )
    monkeypatch.chdir(tmp_path)
    assert database_label("sqlite:///./tracker.db") == f"sqlite:///{tmp_path / 'tracker.db'}"


def test_an_article_without_a_date_takes_it_from_its_url_or_stays_undated(tmp_path, env):
    (tmp_path / "url.md").write_text(
        "---\nurl: https://wire.example/world/2022/09/13/talks\n---\nThe spokesperson said talks would resume.\n",
        encoding="utf-8",
    )
    (tmp_path / "none.md").write_text("---\ntitle: Undated\n---\nThe envoy said the border would reopen.\n")
    result = runner.invoke(app, ["ingest", "-w", "1", "--no-progress", str(tmp_path)])
    assert result.exit_code == 0, result.output
    with env.session_factory() as s:
        dates = {a.url: a.published for a in s.scalars(select(Article))}
    assert dates == {"https://wire.example/world/2022/09/13/talks": dt.date(2022, 9, 13), None: None}
