"""Does `confidence` mean something? A reliability table: confidence band → share of the
extractor's statements that are correctly attributed.

Usage: python bench/reliability.py GOLD_DIR [GOLD_DIR ...] [--cmd CMD] [--score PATH]

Each statement the extractor prints is counted once, in the band of its confidence: it is
correct when it matches a gold statement and its actor is that statement's actor (the
scorer's own matching and name rules, imported from `../shared/eval/score.py`); a
statement with no gold match counts as wrong. Editors review the low bands first, so what
matters is that the top band is right (issue 14 asks ≥ 95 % at confidence ≥ 0.9).
"""

from __future__ import annotations

import argparse
import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BANDS = (0.0, 0.5, 0.6, 0.7, 0.8, 0.9, 1.01)


def load_scorer(path: Path):
    spec = importlib.util.spec_from_file_location("score", path)
    if spec is None or spec.loader is None:
        raise SystemExit(f"cannot load the scorer at {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def judged(score, gold_dir: Path, cmd: str) -> list[tuple[dict, bool]]:
    """Every statement the extractor printed for the articles of `gold_dir`, with whether it is
    correctly attributed (matched to a gold statement whose actor it names)."""
    arts = score.load_gold(gold_dir)
    out, _ = score.run_extractor(cmd, arts, 600)
    rows = []
    for art in arts:
        gold, system = art["statements"], out.get(str(art["id"]), [])
        matched = {si: gi for gi, si in score.match_article(art["text"], gold, system)}
        for si, st in enumerate(system):
            gi = matched.get(si)
            ok = gi is not None and score.names_match(
                [st.get("actor")], [gold[gi]["actor"], *(gold[gi].get("actor_aliases") or [])]
            )
            rows.append((st, ok))
    return rows


def outcomes(score, gold_dir: Path, cmd: str) -> list[tuple[float, bool]]:
    """(confidence, correctly attributed) for every statement the extractor printed."""
    return [(float(st.get("confidence") or 0.0), ok) for st, ok in judged(score, gold_dir, cmd)]


def table(rows: list[tuple[float, bool]]) -> list[str]:
    lines = ["| confidence | statements | correctly attributed |", "| --- | --- | --- |"]
    for lo, hi in zip(BANDS, BANDS[1:], strict=False):
        band = [ok for c, ok in rows if lo <= c < hi]
        if band:
            label = f"≥ {lo:.1f}" if hi > 1 else f"{lo:.1f}–{hi:.1f}"
            lines.append(f"| {label} | {len(band)} | {sum(band) / len(band):.3f} |")
    return lines


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("gold_dirs", type=Path, nargs="+")
    ap.add_argument("--cmd", default=".venv/bin/tracker extract --jsonl")
    ap.add_argument("--score", type=Path, default=ROOT.parent / "shared" / "eval" / "score.py")
    args = ap.parse_args()
    score = load_scorer(args.score)
    rows: list[tuple[float, bool]] = []
    for d in args.gold_dirs:
        rows += outcomes(score, d, args.cmd)
    print("\n".join(table(rows)))


if __name__ == "__main__":
    main()
