"""Latency of the timeline page and the statements API on a filled database, against bare SQL.

    .venv/bin/python bench/generate.py 1000000 --database-url sqlite:///./big.db
    .venv/bin/python bench/query.py --database-url sqlite:///./big.db [--runs 30]

For each case it prints p50/p95 of `GET /api/statements` and of `GET /`, and
p95 of "its SQL": every statement that request sent to the database, recorded
once and replayed on a raw DB-API connection with all rows fetched. The ratio
is what our stack (HTTP, validation, ORM, serialisation, templates) adds on top
of the database work the request needs.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import datetime as dt  # noqa: E402

from fastapi.testclient import TestClient  # noqa: E402
from sqlalchemy import event, func, select  # noqa: E402

from app.config import Settings  # noqa: E402
from app.main import create_app  # noqa: E402
from app.models import Actor, Statement  # noqa: E402
from app.query.pagination import encode_cursor  # noqa: E402


def cases(session) -> dict[str, dict]:
    busiest = session.execute(
        select(Actor.slug, func.count())
        .join(Statement, Statement.actor_id == Actor.id)
        .group_by(Actor.slug)
        .order_by(func.count().desc())
        .limit(1)
    ).first()
    country = session.execute(
        select(Actor.country, func.count())
        .join(Statement, Statement.actor_id == Actor.id)
        .where(Actor.country.is_not(None))
        .group_by(Actor.country)
        .order_by(func.count().desc())
        .limit(1)
    ).first()

    oldest, newest = session.execute(select(func.min(Statement.said_on), func.max(Statement.said_on))).one()
    middle = oldest + (newest - oldest) / 2
    return {
        "no filter": {},
        "by actor": {"actor": busiest[0]},
        "by country": {"country": country[0]},
        "date range": {"since": middle.isoformat(), "until": (middle + dt.timedelta(days=30)).isoformat()},
        "text search": {"q": "restraint negotiating"},
        "deep page": {"cursor": encode_cursor(oldest.isoformat(), 2**31 - 1)} if oldest else {},
    }


def other_pages(session) -> dict[str, str]:
    """The other pages people open, each for the busiest actor or country."""
    cases_ = cases(session)
    return {
        "country page": f"/countries/{cases_['by country']['country']}",
        "actor page": f"/actors/{cases_['by actor']['actor']}",
        "countries": "/countries",
        "actors": "/actors",
        "articles": "/articles",
    }


def timed(fn, runs: int) -> tuple[float, float]:
    fn()  # warm caches and the connection pool
    samples = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - t0) * 1000)
    samples.sort()
    return statistics.median(samples), samples[max(0, int(len(samples) * 0.95) - 1)]


class SqlRecorder:
    """Records every statement the app sends to the database while a request runs."""

    def __init__(self, engine):
        self.engine = engine
        self.statements: list[tuple[str, object]] = []

    def _record(self, conn, cursor, statement, parameters, context, executemany):
        self.statements.append((statement, parameters))

    def capture(self, request) -> list[tuple[str, object]]:
        self.statements = []
        event.listen(self.engine, "before_cursor_execute", self._record)
        try:
            request()
        finally:
            event.remove(self.engine, "before_cursor_execute", self._record)
        return list(self.statements)


def replay(engine, statements: list[tuple[str, object]]):
    """A callable running the recorded statements on one raw connection, fetching every row."""
    raw = engine.raw_connection()

    def run():
        cursor = raw.cursor()
        for statement, parameters in statements:
            cursor.execute(statement, parameters)
            if cursor.description is not None:
                cursor.fetchall()
        cursor.close()
        raw.rollback()

    return run


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database-url", default=None)
    parser.add_argument("--runs", type=int, default=30)
    args = parser.parse_args()
    settings = Settings(database_url=args.database_url or Settings().database_url)
    app = create_app(settings)
    engine = app.state.engine
    recorder = SqlRecorder(engine)
    with app.state.session_factory() as session:
        total = session.scalar(select(func.count()).select_from(Statement))
        found_cases = cases(session)
        pages = other_pages(session)
    print(f"{total:,} statements on {settings.database_url.split('://')[0]}; {args.runs} runs per case; ms")
    print(
        f"{'case':<12} {'API p50':>8} {'p95':>6} {'its SQL':>8} {'ratio':>6} {'page p50':>9} {'p95':>6} "
        f"{'its SQL':>8} {'ratio':>6} {'queries':>8}"
    )
    with TestClient(app) as client:
        for name, params in found_cases.items():
            api_call = lambda: client.get("/api/statements", params=params)  # noqa: E731
            page_call = lambda: client.get("/", params=params)  # noqa: E731
            api_statements, page_statements = recorder.capture(api_call), recorder.capture(page_call)
            api, page = timed(api_call, args.runs), timed(page_call, args.runs)
            sql_a, sql_p = (
                timed(replay(engine, api_statements), args.runs),
                timed(replay(engine, page_statements), args.runs),
            )
            print(
                f"{name:<12} {api[0]:8.1f} {api[1]:6.1f} {sql_a[1]:8.1f} {api[1] / max(sql_a[1], 0.01):5.1f}x "
                f"{page[0]:9.1f} {page[1]:6.1f} {sql_p[1]:8.1f} {page[1] / max(sql_p[1], 0.01):5.1f}x "
                f"{len(api_statements):>4}/{len(page_statements):<3}"
            )
        print(f"\n{'page':<14} {'p50':>7} {'p95':>7} {'its SQL':>8} {'ratio':>6} {'queries':>8}")
        for name, path in pages.items():
            call = lambda: client.get(path)  # noqa: E731
            statements = recorder.capture(call)
            page, sql = timed(call, args.runs), timed(replay(engine, statements), args.runs)
            print(
                f"{name:<14} {page[0]:7.1f} {page[1]:7.1f} {sql[1]:8.1f} {page[1] / max(sql[1], 0.01):5.1f}x "
                f"{len(statements):>8}"
            )
    engine.dispose()


if __name__ == "__main__":
    main()
