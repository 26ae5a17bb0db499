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
