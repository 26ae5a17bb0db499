"""Ingest N generated articles into SQLite and PostgreSQL; print articles/s and where the time goes.

    .venv/bin/python bench/ingest.py [N] [--workers W] [--pg URL]

Extraction (parallel, in W processes) and storage (batched transactions) are
timed as separate phases, so the share of each is exact; the sum is the rate a
`tracker ingest` of the same corpus achieves.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import create_engine, text  # noqa: E402

from app import migrate  # noqa: E402
from app.config import Settings  # noqa: E402
from app.db import make_engine, make_session_factory  # noqa: E402
from app.pipeline.extract import Extractor  # noqa: E402
from app.pipeline.ingest import ArticleDraft  # noqa: E402
from app.pipeline.process import (  # noqa: E402
    IngestSummary,
    _batches,
    _extract_in_worker,
    _start_worker,
    _store_batch,
    extract_drafts,
    extractor_version,
)
from bench.corpus import make_articles  # noqa: E402


def extract_all(drafts: list[ArticleDraft], workers: int) -> list:
    batches = list(_batches(drafts, 16))
    if workers == 1:
        extractor = Extractor.from_settings(Settings())
        return [found for batch in batches for found in extract_drafts(extractor, batch)]
    with ProcessPoolExecutor(max_workers=workers, initializer=_start_worker, initargs=(Settings(),)) as pool:
        return [found for result in pool.map(_extract_in_worker, batches) for found in result]


def store_all(url: str, drafts: list[ArticleDraft], found: list) -> IngestSummary:
    factory = make_session_factory(make_engine(url))
    summary, version = IngestSummary(), extractor_version()
    for pairs in _batches(list(zip(drafts, found)), 50):
        _store_batch(factory, pairs, version, summary)
    return summary


def fresh_postgres(url: str) -> str:
    """A database of its own, dropped and created anew, next to the one in `url`."""
    admin = create_engine(url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text("DROP DATABASE IF EXISTS tracker_bench"))
        conn.execute(text("CREATE DATABASE tracker_bench"))
    admin.dispose()
    return url.rsplit("/", 1)[0] + "/tracker_bench"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", type=int, nargs="?", default=5000)
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument(
        "--pg", default=os.environ.get("TRACKER_BENCH_PG", "postgresql+psycopg://postgres@127.0.0.1:5432/test")
    )
    args = parser.parse_args()

    drafts = [ArticleDraft.model_validate(a) for a in make_articles(args.n)]
    words = sum(len(d.text.split()) for d in drafts)
    print(f"{args.n} articles, {words / args.n:.0f} words each on average; {args.workers} extraction workers")
    t0 = time.perf_counter()
    found = extract_all(drafts, args.workers)
    extract_s = time.perf_counter() - t0
    statements = sum(len(f.statements) for f in found)
    print(f"extraction: {extract_s:.1f} s, {args.n / extract_s:.1f} articles/s, {statements} statements")

    targets = {"sqlite": f"sqlite:///{tempfile.mkdtemp()}/bench.db"}
    try:
        targets["postgresql"] = fresh_postgres(args.pg)
    except Exception as exc:  # PostgreSQL is optional for the benchmark
        print(f"postgresql: skipped ({exc.__class__.__name__})")
    for name, url in targets.items():
        migrate.upgrade(url)
        t0 = time.perf_counter()
        summary = store_all(url, drafts, found)
        store_s = time.perf_counter() - t0
        total = extract_s + store_s
        print(
            f"{name}: storage {store_s:.1f} s ({summary.new} new, {summary.statements} statements); "
            f"ingest {args.n / total:.1f} articles/s; time in extraction {extract_s / total:.0%}, "
            f"in storage {store_s / total:.0%}"
        )


if __name__ == "__main__":
    main()
