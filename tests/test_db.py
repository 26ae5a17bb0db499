"""Connection settings the query plans depend on."""

import pytest
from sqlalchemy import text

from app.db import make_engine


def test_postgresql_sessions_plan_each_query_with_its_values(database_url):
    """A generic plan for a prepared text search cannot see how common the words are (300 ms vs 1 ms)."""
    engine = make_engine(database_url)
    try:
        with engine.connect() as conn:
            if conn.dialect.name != "postgresql":
                pytest.skip("a PostgreSQL setting")
            assert conn.execute(text("SHOW plan_cache_mode")).scalar() == "force_custom_plan"
            assert conn.execute(text("SHOW jit")).scalar() == "off"
    finally:
        engine.dispose()


def test_sqlite_connections_enforce_foreign_keys(database_url):
    engine = make_engine(database_url)
    try:
        with engine.connect() as conn:
            if conn.dialect.name != "sqlite":
                pytest.skip("an SQLite pragma")
            assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
    finally:
        engine.dispose()
