"""Fit the confidence model: a logistic regression from a statement's signals (what
`tracker extract --jsonl --signals` prints) to whether the statement is correctly attributed,
over every gold set. Writes `app/lang/en/extract/confidence_model.yaml` with --write.

Usage: python bench/fit_confidence.py [GOLD_DIR ...] [--write] [--jobs N] [--c C]
(default: tests/gold* and ../shared/eval/dev). Needs the `fit` extra (scikit-learn).

The gold sets are the ones the extractor's rules were tuned on, so their statements are right more
often (86 %) than those of news it has never seen (77.6 %: the first runs of the closed sets
gold_blind56-59, on which the rules had not been tuned). Fitted as they are, the confidences would
promise unseen news what only tuned news gets; the intercept is moved by the difference of the two
shares' log-odds (--unseen-share), the standard correction for a known change of base rate, so the
weights rank as fitted and the level is that of unseen news.

Before writing it prints what the model would do on news it was not fitted on: each set is
predicted by a model fitted on all the others (leave one set out), and the held-out predictions
give a reliability table and the ranking's AUC, beside the same for the confidence the extractor
prints now.
"""

from __future__ import annotations

import argparse
import datetime as dt
import math
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.reliability import judged, load_scorer, table  # noqa: E402

MODEL = ROOT / "app" / "lang" / "en" / "extract" / "confidence_model.yaml"
HEADER = """\
# Written by bench/fit_confidence.py: do not edit by hand; change the signals (confidence.py,
# confidence.yaml) and refit. A statement's confidence is 1 / (1 + exp(-(intercept + the sum of
# weight × signal))) over the signals it has; a signal without a weight counts 0.
"""


def _logit(p: float) -> float:
    return math.log(p / (1 - p))


def _default_sets() -> list[Path]:
    sets = sorted(p for p in (ROOT / "tests").glob("gold*") if p.is_dir())
    dev = ROOT.parent / "shared" / "eval" / "dev"
    return sets + ([dev] if dev.is_dir() else [])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("gold_dirs", type=Path, nargs="*")
    ap.add_argument("--cmd", default=".venv/bin/tracker extract --jsonl --signals")
    ap.add_argument("--score", type=Path, default=ROOT.parent / "shared" / "eval" / "score.py")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--c", type=float, default=1.0, help="inverse regularisation strength")
    ap.add_argument("--unseen-share", type=float, default=0.776, help="share correctly attributed on news not tuned on")
    ap.add_argument("--write", action="store_true", help=f"write {MODEL.relative_to(ROOT)}")
    args = ap.parse_args()
    try:
        import numpy as np
        from sklearn.linear_model import LogisticRegression
        from sklearn.metrics import roc_auc_score
    except ImportError:
        raise SystemExit("scikit-learn is missing: pip install -e '.[fit]'") from None
    import yaml

    score = load_scorer(args.score)
    dirs = args.gold_dirs or _default_sets()
    with ThreadPoolExecutor(args.jobs) as pool:
        per_set = list(pool.map(lambda d: judged(score, d, args.cmd), dirs))
    rows = [(n, st, ok) for n, found in enumerate(per_set) for st, ok in found]
    names = sorted({k for _, st, _ in rows for k in st.get("signals", {})})
    if not names:
        raise SystemExit("no signals in the extractor's output: is --signals in --cmd?")
    x = np.array([[st.get("signals", {}).get(k, 0.0) for k in names] for _, st, _ in rows])
    y = np.array([ok for _, _, ok in rows], dtype=int)
    group = np.array([n for n, _, _ in rows])
    now = np.array([float(st.get("confidence") or 0.0) for _, st, _ in rows])

    held_out = np.zeros(len(rows))
    for n in range(len(dirs)):
        test = group == n
        model = LogisticRegression(C=args.c, max_iter=5000).fit(x[~test], y[~test])
        held_out[test] = model.predict_proba(x[test])[:, 1]
    print(f"{len(dirs)} sets, {len(rows)} statements, {y.mean():.3f} correctly attributed")
    print(f"\nconfidence printed now (AUC {roc_auc_score(y, now):.3f}):")
    print("\n".join(table(list(zip(now.tolist(), y.astype(bool).tolist(), strict=True)))))
    print(f"\nfitted, each set held out (AUC {roc_auc_score(y, held_out):.3f}):")
    print("\n".join(table(list(zip(held_out.tolist(), y.astype(bool).tolist(), strict=True)))))

    model = LogisticRegression(C=args.c, max_iter=5000).fit(x, y)
    shift = _logit(args.unseen_share) - _logit(float(y.mean()))
    print(f"\nintercept moved by {shift:+.3f} for unseen news ({y.mean():.3f} -> {args.unseen_share:.3f} right)")
    weights = {k: round(float(w), 3) for k, w in sorted(zip(names, model.coef_[0], strict=True))}
    if not args.write:
        print("\n" + "\n".join(f"{k:30s} {w:+.3f}" for k, w in sorted(weights.items(), key=lambda t: t[1])))
        return
    record = {
        "fitted_on": f"{len(dirs)} gold sets, {dt.date.today().isoformat()}",
        "statements": len(rows),
        "correct_share": round(float(y.mean()), 3),
        "unseen_share": args.unseen_share,
        "intercept": round(float(model.intercept_[0]) + shift, 3),
        "weights": weights,
    }
    MODEL.write_text(HEADER + yaml.safe_dump(record, sort_keys=False, allow_unicode=True), encoding="utf-8")
    print(f"\nwrote {MODEL.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
