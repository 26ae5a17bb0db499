"""Engine and session factories.

Nothing here runs at import time: `create_app` and the CLI build an engine from
the settings they are given, so tests can point the app at any database. The
transaction helper is the write layer's (`app.store.unit_of_work`).
"""

from __future__ import annotations

from collections.abc import Mapping

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    # WAL lets the web app read while an ingest writes; SQLite leaves foreign
    # keys off unless asked, and a busy timeout beats "database is locked".
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


# PostgreSQL's own limits, set on every connection of an engine given `limits` (seconds → ms).
SERVER_TIMEOUTS = ("statement_timeout", "lock_timeout", "idle_in_transaction_session_timeout")


def make_engine(url: str, limits: Mapping[str, float] | None = None, **kwargs) -> Engine:
    """An engine for `url`; `limits` (`Settings.database_limits`) bounds every wait on the database:
    a connection that is not made in `connect_timeout`, no free connection in the pool within
    `pool_timeout`, and on PostgreSQL a statement, a lock or an idle transaction over its limit all
    end in an `OperationalError` or `sqlalchemy.exc.TimeoutError` (the web app answers 503) instead
    of a wait without end. Without `limits` (migrations, tests) nothing is bounded but the pool."""
    limits = limits or {}
    if "pool_timeout" in limits:
        kwargs.setdefault("pool_timeout", limits["pool_timeout"])
    if url.startswith("sqlite"):
        # A connection keeps its prepared statements by SQL text: 128 by default, fewer than the
        # distinct statements pages send (IN lists of every length), so the lists' own were
        # evicted and prepared again (the text search's, with its EXISTS tests, the costliest).
        kwargs.setdefault("connect_args", {"check_same_thread": False, "cached_statements": 1024})
        engine = create_engine(url, **kwargs)
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    kwargs.setdefault("pool_pre_ping", True)
    # JIT compilation pays off for long analytical queries, not for ours: it added ~20 ms to
    # timeline queries at a million statements. Custom plans always: psycopg prepares a query
    # after five runs, and PostgreSQL's generic plan for it cannot see how common the searched
    # words are, so text search switched from a 1 ms index walk to a 300 ms sort of every match.
    options = ["-c jit=off", "-c plan_cache_mode=force_custom_plan"]
    options += [f"-c {name}={int(limits[name] * 1000)}" for name in SERVER_TIMEOUTS if name in limits]
    connect_args = {"options": " ".join(options)}
    if "connect_timeout" in limits:
        connect_args["connect_timeout"] = max(1, int(limits["connect_timeout"]))
    kwargs.setdefault("connect_args", connect_args)
    return create_engine(url, **kwargs)


def enable_savepoints(engine: Engine) -> Engine:
    """Let an SQLite engine's transactions hold SAVEPOINTs (a no-op for other databases).

    pysqlite begins its own transactions, late (only before a write) and never before a
    SAVEPOINT, so a test that wraps everything in one outer transaction and joins sessions to it
    by SAVEPOINT would see the savepoints escape it. SQLAlchemy's documented fix for pysqlite:
    turn the driver's transaction handling off and emit BEGIN where SQLAlchemy begins one. Only
    the tests ask for it: the app's own engines keep pysqlite's default, unchanged.
    """
    if engine.dialect.name != "sqlite":
        return engine

    @event.listens_for(engine, "connect")
    def _driver_leaves_transactions_alone(dbapi_connection, _record) -> None:
        dbapi_connection.isolation_level = None

    @event.listens_for(engine, "begin")
    def _begin_explicitly(conn) -> None:
        conn.exec_driver_sql("BEGIN")

    return engine


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(bind=engine, expire_on_commit=False)
