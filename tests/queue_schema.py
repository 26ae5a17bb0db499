"""Dropping procrastinate's objects from the scratch database after a test that ran the job queue,
so the next test (a migration round trip, say) finds only the app's own schema."""

from __future__ import annotations

from sqlalchemy import text

from app.db import make_engine


def drop_queue_schema(url: str) -> None:
    if not url.startswith("postgresql"):
        return
    engine = make_engine(url)
    try:
        with engine.begin() as conn:
            for (name,) in conn.execute(text("SELECT tablename FROM pg_tables WHERE tablename LIKE 'procrastinate%'")):
                conn.execute(text(f'DROP TABLE IF EXISTS "{name}" CASCADE'))
            functions = conn.execute(
                text(
                    "SELECT p.oid::regprocedure::text FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace "
                    "WHERE n.nspname = 'public' AND p.proname LIKE 'procrastinate%'"
                )
            ).all()
            for (signature,) in functions:
                conn.execute(text(f"DROP FUNCTION IF EXISTS {signature} CASCADE"))
            for (name,) in conn.execute(
                text("SELECT typname FROM pg_type WHERE typname LIKE 'procrastinate%' AND typtype IN ('e', 'c')")
            ):
                conn.execute(text(f'DROP TYPE IF EXISTS "{name}" CASCADE'))
    finally:
        engine.dispose()
