"""Migrations run both ways and agree with the models, on every test database.

A downgrade drops the tables, which no transaction of the test can undo: it runs on `scratch_db`.
"""

from sqlalchemy import inspect

from app import migrate
from app.db import make_engine


def test_upgrade_downgrade_upgrade_and_models_agree(scratch_db):
    database_url = scratch_db.url
    migrate.downgrade(database_url, "base")
    engine = make_engine(database_url)
    assert set(inspect(engine).get_table_names()) <= {"alembic_version"}
    migrate.upgrade(database_url)
    assert {
        "articles",
        "actors",
        "actor_aliases",
        "actor_roles",
        "statements",
        "statement_targets",
        "api_tokens",
    } <= set(inspect(engine).get_table_names())
    engine.dispose()
    migrate.check(database_url)  # raises when autogenerate would emit anything


def test_sqlite_pragmas_are_on(tmp_path):
    engine = make_engine(f"sqlite:///{tmp_path / 'p.db'}")
    with engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
    engine.dispose()


def test_undated_statements_migration_keeps_every_row_and_goes_back(scratch_db):
    """0013 makes said_on nullable in place: no statement, target or group is lost (a rebuild of
    `statements` on SQLite would have cascaded to its targets), and the way back dates undated
    statements by the day their article was ingested."""
    url = scratch_db.url
    migrate.downgrade(url, "0012")
    engine = make_engine(url)
    with engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO articles (id, body, content_hash, ingested_at, updated_at) "
            "VALUES (1, 'b', 'h', '2024-05-06 10:00:00', '2024-05-06 10:00:00')"
        )
        conn.exec_driver_sql(
            "INSERT INTO statements (id, article_id, kind, text, start, \"end\", said_on, confidence, review_state, "
            "created_at, updated_at, is_representative) VALUES (1, 1, 'indirect', 't', 0, 1, '2024-05-01', 0.5, "
            "'extracted', '2024-05-06 10:00:00', '2024-05-06 10:00:00', false)"
        )
        conn.exec_driver_sql("INSERT INTO statement_targets (id, statement_id, country) VALUES (1, 1, 'AM')")
    migrate.upgrade(url)
    with engine.begin() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM statement_targets").scalar() == 1
        conn.exec_driver_sql("UPDATE statements SET said_on = NULL WHERE id = 1")
    migrate.downgrade(url, "0012")
    with engine.begin() as conn:
        assert str(conn.exec_driver_sql("SELECT said_on FROM statements WHERE id = 1").scalar()) == "2024-05-06"
        assert conn.exec_driver_sql("SELECT count(*) FROM statement_targets").scalar() == 1
        conn.exec_driver_sql("DELETE FROM statements")
        conn.exec_driver_sql("DELETE FROM articles")
    engine.dispose()
    migrate.upgrade(url)
    migrate.check(url)
