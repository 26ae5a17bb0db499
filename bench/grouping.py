"""Precision and recall of report grouping on our gold pairs, by threshold; and its cost per article.

    .venv/bin/python bench/grouping.py                 # pairs only
    .venv/bin/python bench/grouping.py --database-url sqlite:///./big.db --articles 200

The pairs (tests/fixtures/grouping_pairs.jsonl) are reports of the same
utterance and hard negatives: the same actor saying similar things. With a
database, it ingests generated articles into it and prints the time grouping
adds per article at that database's size.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.pipeline import similarity  # noqa: E402

PAIRS = ROOT / "tests" / "fixtures" / "grouping_pairs.jsonl"


def pair_scores() -> list[tuple[float, bool]]:
    pairs = [json.loads(line) for line in PAIRS.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [(similarity.similarity(p["a"], p["b"]), p["same"]) for p in pairs]


def report_thresholds(scores: list[tuple[float, bool]]) -> None:
    positives = sum(same for _, same in scores)
    print(f"{len(scores)} pairs ({positives} same utterance, {len(scores) - positives} not)")
    print(f"{'threshold':>9} {'precision':>9} {'recall':>7} {'F1':>6}")
    for threshold in (70, 75, 80, 82, 85, 90, 95):
        tp = sum(score >= threshold and same for score, same in scores)
        fp = sum(score >= threshold and not same for score, same in scores)
        p = tp / (tp + fp) if tp + fp else 1.0
        r = tp / positives if positives else 0.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        mark = "  ← in use" if threshold == similarity.THRESHOLD else ""
        print(f"{threshold:>9} {p:9.3f} {r:7.3f} {f1:6.3f}{mark}")


def grouping_cost(url: str, n: int) -> None:
    from sqlalchemy import func, select

    import app.store.statements as statements_store
    from app.config import Settings
    from app.db import make_engine, make_session_factory
    from app.models import Statement
    from app.pipeline.extract import Extractor
    from app.pipeline.ingest import ArticleDraft
    from app.pipeline.process import extract_drafts, extractor_version
    from app.store import groups, store_article, unit_of_work
    from bench.corpus import make_articles

    factory = make_session_factory(make_engine(url))
    drafts = [ArticleDraft.model_validate(a) for a in make_articles(n, seed=99)]
    found = extract_drafts(Extractor.from_settings(Settings()), drafts)
    with factory() as session:
        size = session.scalar(select(func.count()).select_from(Statement))
    spent, calls = 0.0, 0
    original = groups.assign_groups

    def timed(session, statements):
        nonlocal spent, calls
        t0 = time.perf_counter()
        original(session, statements)
        spent += time.perf_counter() - t0
        calls += 1

    statements_store.assign_groups = timed
    t0 = time.perf_counter()
    for draft, extraction in zip(drafts, found):
        with unit_of_work(factory) as session:
            store_article(session, draft, extraction.statements, extractor_version(), language=extraction.language)
    total = time.perf_counter() - t0
    print(
        f"at {size:,} statements: storing {n} articles took {total / n * 1000:.1f} ms each, "
        f"of which grouping {spent / max(calls, 1) * 1000:.1f} ms"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database-url")
    parser.add_argument("--articles", type=int, default=200)
    args = parser.parse_args()
    report_thresholds(pair_scores())
    if args.database_url:
        grouping_cost(args.database_url, args.articles)


if __name__ == "__main__":
    main()
