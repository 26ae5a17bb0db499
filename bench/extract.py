"""Throughput of the extractor against bare spaCy on the same texts.

Usage: python bench/extract.py [--articles 500] [--processes 1] [--batch-size 32] [--gold-dir DIR]

Texts are the gold dev articles (../shared/eval/dev) repeated to the requested
count. Prints articles/s, words/s and peak memory for the extractor, the same
for bare `nlp.pipe` over the full texts, and the ratio (target ≥ 0.7).
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.pipeline.types import ArticleInput  # noqa: E402


def load_texts(gold_dir: Path, n: int) -> list[str]:
    base = [json.loads(p.read_text(encoding="utf-8"))["text"] for p in sorted(gold_dir.glob("*.json"))]
    if not base:
        raise SystemExit(f"no articles in {gold_dir}")
    return [base[i % len(base)] for i in range(n)]


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def timed(fn) -> float:
    t0 = time.perf_counter()
    fn()
    return time.perf_counter() - t0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=500)
    ap.add_argument("--processes", type=int, default=1)
    ap.add_argument("--batch-size", type=int, default=32)
    ap.add_argument("--gold-dir", type=Path, default=ROOT.parent / "shared" / "eval" / "dev")
    args = ap.parse_args()

    from app.config import Settings
    from app.pipeline.extract import Extractor

    texts = load_texts(args.gold_dir, args.articles)
    words = sum(len(t.split()) for t in texts)
    extractor = Extractor.from_settings(Settings())  # model, language pack, registry
    nlp = extractor.nlp
    list(extractor.extract_many([ArticleInput(text=texts[0])]))  # warm-up

    def run_extract():
        arts = (ArticleInput(text=t) for t in texts)
        for _ in extractor.extract_many(arts, batch_size=args.batch_size, n_process=args.processes):
            pass

    def run_bare():
        for _ in nlp.pipe(texts, batch_size=args.batch_size, n_process=args.processes):
            pass

    t_bare = timed(run_bare)
    mem_bare = peak_mb()
    t_ext = timed(run_extract)
    mem_ext = peak_mb()
    n = len(texts)
    print(f"{n} articles, {words} words, {args.processes} process(es), batch size {args.batch_size}")
    print(
        f"bare spaCy nlp.pipe : {n / t_bare:7.1f} articles/s  {words / t_bare:8.0f} words/s  "
        f"peak RSS {mem_bare:6.0f} MB  ({t_bare:.1f} s)"
    )
    print(
        f"extractor           : {n / t_ext:7.1f} articles/s  {words / t_ext:8.0f} words/s  "
        f"peak RSS {mem_ext:6.0f} MB  ({t_ext:.1f} s)"
    )
    print(f"extractor / bare spaCy throughput: {t_bare / t_ext:.2f}x (target >= 0.7)")


if __name__ == "__main__":
    main()
