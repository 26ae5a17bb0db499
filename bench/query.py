"""Latency of the timeline page and the statements API on a filled database, against bare SQL.

    .venv/bin/python bench/generate.py 1000000 --database-url sqlite:///./big.db
    .venv/bin/python bench/query.py --database-url sqlite:///./big.db [--runs 30]

For each case it prints p50/p95 of `GET /api/statements`, of `GET /` and of
the same statement-list query run bare on the same engine; the ratio is what
our stack (filters, ORM, serialisation, templates, facets) costs on top.
"""
from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from fastapi.testclient import TestClient  # noqa: E402
import datetime as dt  # noqa: E402

from sqlalchemy import func, or_, select  # noqa: E402

from app.config import Settings, get_settings  # noqa: E402
from app.main import create_app  # noqa: E402
from app.models import Actor, Statement  # noqa: E402
from app.query.filters import StatementFilter, statement_conditions  # noqa: E402
from app.query.pagination import decode_cursor, encode_cursor  # noqa: E402


def cases(session) -> dict[str, dict]:
    busiest = session.execute(select(Actor.slug, func.count()).join(Statement, Statement.actor_id == Actor.id)
                              .group_by(Actor.slug).order_by(func.count().desc()).limit(1)).first()
    country = session.execute(select(Actor.country, func.count()).join(Statement, Statement.actor_id == Actor.id)
                              .where(Actor.country.is_not(None)).group_by(Actor.country)
                              .order_by(func.count().desc()).limit(1)).first()
    import datetime as dt

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


def timed(fn, runs: int) -> tuple[float, float]:
    fn()  # warm caches and the connection pool
    samples = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - t0) * 1000)
    samples.sort()
    return statistics.median(samples), samples[max(0, int(len(samples) * 0.95) - 1)]


def bare(session, params: dict):
    """The same WHERE, order and limit as the API's list, as one Core query returning plain rows."""
    day = lambda key: dt.date.fromisoformat(params[key]) if key in params else None  # noqa: E731
    f = StatementFilter(actor=tuple(filter(None, [params.get("actor")])),
                        country=tuple(filter(None, [params.get("country")])), q=params.get("q"),
                        since=day("since"), until=day("until"))
    conditions = statement_conditions(f, session.get_bind().dialect.name)
    if "cursor" in params:
        last_day, last_id = decode_cursor(params["cursor"], (str, int))
        last_day = dt.date.fromisoformat(last_day)
        conditions += [Statement.said_on <= last_day, or_(Statement.said_on < last_day, Statement.id < last_id)]
    query = (select(*Statement.__table__.c).where(*conditions)
             .order_by(Statement.said_on.desc(), Statement.id.desc()).limit(51))
    connection = session.connection()
    return lambda: connection.execute(query).all()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database-url", default=None)
    parser.add_argument("--runs", type=int, default=30)
    args = parser.parse_args()
    settings = Settings(database_url=args.database_url or get_settings().database_url)
    app = create_app(settings)
    with TestClient(app) as client, app.state.session_factory() as session:
        total = session.scalar(select(func.count()).select_from(Statement))
        print(f"{total:,} statements on {settings.database_url.split('://')[0]}; {args.runs} runs per case")
        print(f"{'case':<12} {'API p50':>8} {'p95':>7} {'page p50':>9} {'p95':>7} {'SQL p50':>8} {'p95':>7} "
              f"{'API/SQL':>8}")
        for name, params in cases(session).items():
            api = timed(lambda: client.get("/api/statements", params=params), args.runs)
            page = timed(lambda: client.get("/", params=params), args.runs)
            sql = timed(bare(session, params), args.runs)
            print(f"{name:<12} {api[0]:8.1f} {api[1]:7.1f} {page[0]:9.1f} {page[1]:7.1f} {sql[0]:8.1f} "
                  f"{sql[1]:7.1f} {api[1] / max(sql[1], 0.01):7.1f}x")
    app.state.engine.dispose()


if __name__ == "__main__":
    main()
