"""Extraction time and memory on hostile and very long texts (issue 19, item 2).

Usage: python bench/pathological.py [--timeout 120] [--families a,b,...] [--accepted]

Each case runs in its own subprocess (so peak memory is its own) that loads the
extractor, warms it up, then extracts one article. Printed per case: characters,
seconds, peak RSS of the process (model included), the RSS growth during
extraction, and the number of statements; "> T s" when the case ran out of time.

Families (each at 3 sizes):
  said      `"We will not yield," he said. ` repeated in one paragraph (after a named speaker)
  realistic the gold-set articles concatenated (paragraphs kept) up to the size
  dquotes   one paragraph of `"` characters (after "He said ")
  punct     one paragraph of punctuation runs (after "He said ")
  longsent  one sentence without punctuation (after "He said ")
`--accepted` adds a case of the accepted maximum (TRACKER_MAX_ARTICLE_CHARS, 150,000 by default) to every family.

Target: a 4x larger text takes at most about 5x longer; no accepted text takes
more than 10 s or 1 GB.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.config import Settings  # noqa: E402

ACCEPTED = Settings().max_article_chars  # the accepted maximum (TRACKER_MAX_ARTICLE_CHARS)
SMALL = (3_000, 12_000, 48_000)
SIZES = {
    "said": SMALL,
    "realistic": (25_000, 100_000, 400_000),
    "dquotes": SMALL,
    "punct": SMALL,
    "longsent": SMALL,
}


def _repeat(unit: str, size: int, prefix: str = "") -> str:
    body = unit * (max(0, size - len(prefix)) // len(unit) + 1)
    return (prefix + body)[:size]


def _realistic(size: int) -> str:
    dirs = [ROOT / "tests" / d for d in ("gold", "gold_blind", "gold_blind2")] + [
        ROOT.parent / "shared" / "eval" / "dev"
    ]
    texts = [json.loads(p.read_text(encoding="utf-8"))["text"] for d in dirs for p in sorted(d.glob("*.json"))]
    if not texts:
        raise SystemExit("no gold articles found")
    out: list[str] = []
    n = 0
    i = 0
    while n < size:
        for para in texts[i % len(texts)].split("\n"):
            out.append(para)
            n += len(para) + 1
            if n >= size:
                break
        i += 1
    return "\n".join(out)[:size]


def make_text(family: str, size: int) -> str:
    if family == "said":
        return _repeat(
            '"We will not yield," he said. ', size, "Russian Foreign Minister Sergey Lavrov spoke on Monday. "
        )
    if family == "realistic":
        return _realistic(size)
    if family == "dquotes":
        return _repeat('"', size, "He said ")
    if family == "punct":
        return _repeat("!?.,;:-)(*", size, "He said ")
    if family == "longsent":
        return _repeat("the ministers met again and ", size, "He said ")
    raise SystemExit(f"unknown family {family!r}; known: {', '.join(SIZES)}")


def _rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def run_case(family: str, size: int) -> None:
    """In the child: extract one text, print a JSON line with the figures."""
    from app.config import Settings
    from app.pipeline.extract import Extractor
    from app.pipeline.types import ArticleInput

    text = make_text(family, size)
    extractor = Extractor.from_settings(Settings())
    extractor.extract(ArticleInput(text='"We will not yield," he said.'))  # warm-up
    rss0 = _rss_mb()
    t0 = time.perf_counter()
    statements = extractor.extract(ArticleInput(text=text))
    seconds = time.perf_counter() - t0
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        json.dumps(
            {"chars": len(text), "seconds": seconds, "peak_mb": peak, "grow_mb": peak - rss0, "n": len(statements)}
        )
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--timeout", type=float, default=120.0, help="seconds per case (default 120)")
    ap.add_argument("--families", default=",".join(SIZES), help="comma-separated (default: all)")
    ap.add_argument("--accepted", action="store_true", help=f"add a {ACCEPTED:,}-character case to every family")
    ap.add_argument("--case", nargs=2, metavar=("FAMILY", "SIZE"), help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.case:
        run_case(args.case[0], int(args.case[1]))
        return

    print(f"{'family':<10} {'chars':>9} {'seconds':>9} {'x prev':>7} {'peak RSS':>9} {'growth':>8} {'stmts':>6}")
    for family in args.families.split(","):
        if family not in SIZES:
            raise SystemExit(f"unknown family {family!r}; known: {', '.join(SIZES)}")
        sizes = (*SIZES[family], ACCEPTED) if args.accepted else SIZES[family]
        prev: float | None = None
        for size in sizes:
            cmd = [sys.executable, __file__, "--case", family, str(size)]
            try:
                res = subprocess.run(cmd, capture_output=True, text=True, timeout=args.timeout, cwd=ROOT)
            except subprocess.TimeoutExpired:
                print(f"{family:<10} {size:>9} {'> ' + format(args.timeout, 'g') + ' s':>9}", flush=True)
                prev = None
                continue
            if res.returncode != 0:
                err = (res.stderr.strip().splitlines() or ["?"])[-1]
                print(f"{family:<10} {size:>9} {'error':>9}  {err[:100]}", flush=True)
                prev = None
                continue
            r = json.loads(res.stdout.strip().splitlines()[-1])
            ratio = f"{r['seconds'] / prev:6.1f}x" if prev else ""
            print(
                f"{family:<10} {r['chars']:>9} {r['seconds']:>9.2f} {ratio:>7} {r['peak_mb']:>6.0f} MB "
                f"{r['grow_mb']:>5.0f} MB {r['n']:>6}",
                flush=True,
            )
            prev = r["seconds"]


if __name__ == "__main__":
    main()
