"""Fill a database with N realistic statements, fast, through the ORM's tables.

    DATABASE_URL=sqlite:///./big.db .venv/bin/python bench/generate.py 1000000

Actors come from the registry (seeds/actors) so names, kinds and countries are
real; articles (one per ~8 statements) and statements are spread over six years.
About a fifth of the statements are other outlets' reports of an earlier one, grouped
with it, so the timeline's one-per-group filter has work to do.
Rows are inserted in chunks with executemany, so a million statements take
minutes, not hours.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import bindparam, func, insert, select, update  # noqa: E402
from sqlalchemy import text as sql_text  # noqa: E402

from app import migrate  # noqa: E402
from app.config import Settings  # noqa: E402
from app.db import make_engine, make_session_factory  # noqa: E402
from app.models import Actor, Article, ReviewState, Statement, StatementGroup, StatementTarget  # noqa: E402
from app.store import unit_of_work  # noqa: E402
from bench.corpus import NARRATIVE, QUOTES, TOPICS  # noqa: E402

CHUNK = 10_000
# Share of statements that are another outlet's report of an earlier one (grouped with it).
REPORT_SHARE = 0.2
KINDS = ["direct"] * 4 + ["indirect"] * 5 + ["contact"]
CATEGORIES = [
    ("010", "Make statement"),
    ("012", "Pessimistic comment"),
    ("020", "Appeal"),
    ("0256", "Appeal for de-escalation"),
    ("040", "Consult"),
    ("051", "Praise or endorse"),
    ("111", "Criticize or denounce"),
    ("120", "Reject"),
    ("130", "Threaten"),
]


def ensure_actors(factory) -> list[tuple[int, str | None]]:
    with factory() as session:
        if session.scalar(select(func.count()).select_from(Actor)) < 50:
            from app.pipeline.resolve import load_registry
            from app.store import sync_registry

            with unit_of_work(factory) as s:
                sync_registry(s, load_registry(Settings().actors_dir))
        return [(a.id, a.country) for a in session.scalars(select(Actor))]


def statement_text(rng: random.Random) -> str:
    if rng.random() < 0.5:
        return rng.choice(QUOTES) + (", " + rng.choice(QUOTES).lower() if rng.random() < 0.4 else "")
    return f"called for progress on {rng.choice(TOPICS)}. " + rng.choice(NARRATIVE)


def _insert(conn, table, rows: list[dict]) -> None:
    """Insert `rows`; on PostgreSQL as multi-row INSERTs of 1,000: an executemany there sends one
    statement a row, and each fired the read generation trigger (migration 0010), which made a
    million statements take over an hour."""
    if conn.dialect.name != "postgresql":
        conn.execute(insert(table), rows)
        return
    for start in range(0, len(rows), 1000):
        conn.execute(insert(table).values(rows[start : start + 1000]))


def generate(url: str, n: int, seed: int = 11) -> None:
    rng = random.Random(seed)
    engine = make_engine(url)
    factory = make_session_factory(engine)
    actors = ensure_actors(factory)
    countries = sorted({c for _, c in actors if c})
    start_day = dt.date(2020, 1, 1)
    with engine.connect() as conn:
        next_article = (conn.scalar(select(func.max(Article.id))) or 0) + 1
        next_statement = (
            max(conn.scalar(select(func.max(Statement.id))) or 0, conn.scalar(select(func.max(StatementGroup.id))) or 0)
            + 1
        )
    now = dt.datetime.now(dt.UTC)
    done, t0 = 0, time.perf_counter()
    while done < n:
        size = min(CHUNK, n - done)
        articles, statements, targets = [], [], []
        originals: list[dict] = []
        reports: Counter = Counter({})
        members: dict[int, int] = {}  # statement id -> its group id
        for _ in range(size // 8 + 1):
            day = start_day + dt.timedelta(days=rng.randint(0, 6 * 365))
            aid = next_article
            next_article += 1
            body = " ".join(rng.choice(NARRATIVE) for _ in range(30))
            articles.append(
                {
                    "id": aid,
                    "title": f"Report {aid} on {rng.choice(TOPICS)}",
                    "source": "Bench Wire",
                    "url": None,
                    "published": day,
                    "body": body,
                    "content_hash": f"bench-{seed}-{aid}",
                    "ingested_at": now,
                    "updated_at": now,
                }
            )
            for _ in range(8):
                if len(statements) >= size:
                    break
                if originals and rng.random() < REPORT_SHARE:
                    # Another outlet's report of a recent statement: same actor, same (or part of the)
                    # words, within a day; it joins the original's group and does not represent it.
                    original = rng.choice(originals[-500:])
                    words = original["text"].split()
                    text = original["text"] if rng.random() < 0.7 else " ".join(words[: max(6, len(words) * 2 // 3)])
                    said_on = original["said_on"] + dt.timedelta(days=rng.randint(0, 1))
                    statements.append(
                        {
                            **original,
                            "id": next_statement,
                            "article_id": aid,
                            "text": text,
                            "end": len(text),
                            "said_on": said_on,
                            "date": said_on,
                            "is_representative": False,
                        }
                    )
                    reports[original["id"]] += 1
                    members[next_statement] = original["id"]
                else:
                    actor_id, _country = rng.choice(actors)
                    code, label = rng.choice(CATEGORIES)
                    text = statement_text(rng)
                    statements.append(
                        {
                            "id": next_statement,
                            "article_id": aid,
                            "actor_id": actor_id,
                            "kind": rng.choice(KINDS),
                            "text": text,
                            "start": 0,
                            "end": len(text),
                            "cue": "said",
                            "speaker": None,
                            "category_code": code,
                            "category_label": label,
                            "date": day,
                            "date_precision": "day",
                            "said_on": day,
                            "confidence": 0.8,
                            "review_state": ReviewState.EXTRACTED.value,
                            "extractor_version": "bench",
                            "is_representative": True,
                            "created_at": now,
                            "updated_at": now,
                        }
                    )
                    originals.append(statements[-1])
                    members[next_statement] = next_statement
                targets.append({"statement_id": next_statement, "country": rng.choice(countries), "actor_id": None})
                next_statement += 1
        groups = [
            {
                "id": st["id"],
                "actor_id": st["actor_id"],
                "representative_id": st["id"],
                "first_said_on": st["said_on"],
                "reports": 1 + reports[st["id"]],
                "curated": False,
                "created_at": now,
                "updated_at": now,
            }
            for st in statements
            if st["is_representative"]
        ]
        with engine.begin() as conn:
            for model, rows in ((Article, articles), (Statement, statements), (StatementTarget, targets)):
                _insert(conn, model.__table__, rows)
            # One group per original statement (its id); reports of it join that group.
            _insert(conn, StatementGroup.__table__, groups)
            if engine.dialect.name == "postgresql":
                # One UPDATE for the chunk, not one a row (see `_insert`).
                conn.execute(
                    sql_text(
                        "UPDATE statements AS s SET group_id = u.g "
                        "FROM unnest(CAST(:m AS integer[]), CAST(:g AS integer[])) AS u(m, g) WHERE s.id = u.m"
                    ),
                    {"m": list(members), "g": list(members.values())},
                )
            else:
                conn.execute(
                    update(Statement.__table__)
                    .where(Statement.id == bindparam("member"))
                    .values(group_id=bindparam("group")),
                    [{"member": m, "group": g} for m, g in members.items()],
                )
        done += len(statements)
        rate = done / (time.perf_counter() - t0)
        print(f"\r{done:>9,} statements  {rate:,.0f}/s", end="", flush=True)
    print()
    # Fresh statistics, as autovacuum would gather them in a running database: without them the
    # planner guesses (PostgreSQL scanned all statements for a 50-id IN list here).
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.exec_driver_sql("VACUUM ANALYZE" if engine.dialect.name == "postgresql" else "ANALYZE")
    engine.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", type=int)
    parser.add_argument("--database-url", default=None, help="default: DATABASE_URL")
    args = parser.parse_args()
    url = args.database_url or Settings().database_url
    migrate.upgrade(url)
    t0 = time.perf_counter()
    generate(url, args.n)
    print(f"{args.n:,} statements in {time.perf_counter() - t0:.0f} s into {url}")


if __name__ == "__main__":
    main()
