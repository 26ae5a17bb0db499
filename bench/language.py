"""Language detection on our texts: is every English text English, is every other text named right,
and how long does it take?

Usage: python bench/language.py [--compare lingua]

English texts: every article of tests/gold, tests/gold_blind, tests/gold_blind2 and
../shared/eval/dev, each of their paragraphs, and every PLOVER sentence
(../shared/eval/plover); other languages: tests/fixtures/languages.jsonl (our own
sentences) and, per language, all of them joined. Prints, for the project's detector
(py3langid over app/lang/languages.yaml) and, with --compare, for lingua-language-detector
over the same languages (install it by hand; it is not a dependency): English texts not
called English by kind, other texts misnamed, ms per article and per short text, load
time and the memory the detector added.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SHARED = ROOT.parent / "shared" / "eval"
GOLD = [ROOT / "tests" / "gold", ROOT / "tests" / "gold_blind", ROOT / "tests" / "gold_blind2", SHARED / "dev"]


def rss_mb() -> float:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 1e6


def english_texts() -> list[tuple[str, str]]:
    texts = []
    for folder in GOLD:
        for path in sorted(folder.glob("*.json")):
            body = json.loads(path.read_text("utf-8"))["text"]
            texts.append(("article", body))
            texts += [("paragraph", p.strip()) for p in body.split("\n") if p.strip()]
    plover = SHARED / "plover" / "PLOVER_GSR_CAMEO.txt"
    if plover.exists():
        records = json.loads(re.sub(r",\s*([}\]])", r"\1", plover.read_text("utf-8")))
        texts += [("plover sentence", r["text"]) for r in records if r.get("text")]
    return texts


def foreign_texts() -> list[tuple[str, str]]:
    rows = [
        json.loads(line)
        for line in (ROOT / "tests" / "fixtures" / "languages.jsonl").read_text("utf-8").split("\n")
        if line
    ]
    texts = [(r["language"], r["text"]) for r in rows]
    for language in sorted({r["language"] for r in rows}):
        texts.append((language, " ".join(r["text"] for r in rows if r["language"] == language)))
    return texts


def project_detector():
    from app.pipeline.extract.language import LanguageDetector

    detector = LanguageDetector()
    return detector.detect


def lingua_detector():
    from lingua import IsoCode639_1, LanguageDetectorBuilder

    from app.lang.languages import load_languages

    codes = [getattr(IsoCode639_1, c.upper()) for c in load_languages().candidates if hasattr(IsoCode639_1, c.upper())]
    built = LanguageDetectorBuilder.from_iso_codes_639_1(*codes).build()

    def detect(text: str) -> str | None:
        found = built.detect_language_of(text)
        return found.iso_code_639_1.name.lower() if found else None

    return detect


def run(name: str, make) -> None:
    before, t0 = rss_mb(), time.perf_counter()
    detect = make()
    detect("A first text, to load what loads on first use.")
    load = time.perf_counter() - t0
    english, foreign = english_texts(), foreign_texts()
    missed = Counter(kind for kind, text in english if detect(text) not in ("en", None))
    totals = Counter(kind for kind, _ in english)
    wrong = [(lang, text[:50], detect(text)) for lang, text in foreign if detect(text) != lang]
    timings = {}
    for kind in ("article", "plover sentence"):
        chosen = [t for k, t in english if k == kind]
        t0 = time.perf_counter()
        for text in chosen:
            detect(text)
        timings[kind] = (time.perf_counter() - t0) / max(len(chosen), 1) * 1000
    print(f"{name}: load {load:.2f} s, +{rss_mb() - before:.0f} MB")
    for kind, n in totals.items():
        print(f"  English {kind}s: {n}, not called English: {missed[kind]}")
    print(f"  other languages: {len(foreign)} texts, misnamed: {len(wrong)} {wrong if wrong else ''}")
    print(f"  {timings['article']:.2f} ms an article, {timings['plover sentence']:.3f} ms a sentence")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--compare", choices=["lingua"], help="also measure lingua-language-detector")
    args = parser.parse_args()
    run("py3langid (the project's detector)", project_detector)
    if args.compare == "lingua":
        run("lingua-language-detector", lingua_detector)


if __name__ == "__main__":
    main()
