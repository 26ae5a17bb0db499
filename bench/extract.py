"""Throughput of the extractor against bare spaCy on the same texts.

Usage: python bench/extract.py [--articles 500] [--processes 1] [--batch-size 32] [--rounds 3] [--gold-dir DIR]

Texts are the gold dev articles (../shared/eval/dev) repeated to the requested
count. Prints articles/s, words/s and peak memory for the extractor, the same
for bare `nlp.pipe` over the full texts, and the ratio (issue 14's target: ≥ 0.85).

The two are run `--rounds` times, alternately, and the medians are reported: on a
shared machine one run of either can be slowed by other work, and alternating
spreads that over both. With one process the CPU time of this process is reported
too (time.process_time), which other programs on the machine do not inflate.
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
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


def timed(fn) -> tuple[float, float]:
    """Wall-clock and CPU seconds of one call."""
    t0, c0 = time.perf_counter(), time.process_time()
    fn()
    return time.perf_counter() - t0, time.process_time() - c0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=500)
    ap.add_argument("--processes", type=int, default=1)
    ap.add_argument("--batch-size", type=int, default=32)
    ap.add_argument("--rounds", type=int, default=3, help="alternating runs of each; medians are reported")
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

    bare, ext = [], []
    mem_bare = mem_ext = 0.0
    for _ in range(max(1, args.rounds)):
        bare.append(timed(run_bare))
        mem_bare = max(mem_bare, peak_mb())
        ext.append(timed(run_extract))
        mem_ext = max(mem_ext, peak_mb())
    t_bare = statistics.median(w for w, _ in bare)
    t_ext = statistics.median(w for w, _ in ext)
    ratios = [b[0] / e[0] for b, e in zip(bare, ext, strict=True)]
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
    print(f"rounds: {len(bare)}; wall-clock ratio per round: {', '.join(f'{r:.2f}' for r in ratios)}")
    if args.processes == 1:
        cpu = statistics.median(b[1] / e[1] for b, e in zip(bare, ext, strict=True))
        print(f"extractor / bare spaCy, CPU time of this process (median): {cpu:.2f}x")
    print(f"extractor / bare spaCy throughput (median): {statistics.median(ratios):.2f}x (target >= 0.85)")


if __name__ == "__main__":
    main()
