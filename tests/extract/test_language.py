"""Kind 11: text the extractor cannot read is named and skipped, and English is never skipped.

The French, Spanish, Russian (and other) texts in tests/fixtures/languages.jsonl are our own.
English must hold on every article of the gold sets we may read and on every PLOVER sentence
(one-sentence inputs); the blind set kept for evaluation is never opened.
"""

from __future__ import annotations

import io
import json
import re
from pathlib import Path

import pytest

from app.lang import LexiconError
from app.lang.languages import load_languages
from app.pipeline.extract.jsonl import run_jsonl
from app.pipeline.extract.language import LanguageDetector, skip_reason
from app.pipeline.types import ArticleInput

TESTS = Path(__file__).resolve().parents[1]
SHARED_EVAL = TESTS.parent.parent / "shared" / "eval"
FOREIGN = [json.loads(line) for line in (TESTS / "fixtures" / "languages.jsonl").read_text("utf-8").splitlines()]
# Every gold folder of ours except the blind set kept for evaluation (never opened here).
GOLD_DIRS = [TESTS / "gold", TESTS / "gold_blind", TESTS / "gold_blind2", TESTS / "gold_blind3", SHARED_EVAL / "dev"]


@pytest.fixture(scope="session")
def detector() -> LanguageDetector:
    return LanguageDetector()


@pytest.fixture(scope="session")
def reading_extractor(nlp, lexicon, detector):
    """An extractor that detects languages (the shared one of conftest does not)."""
    from app.pipeline.extract import Extractor
    from app.pipeline.resolve import Countries

    return Extractor(nlp, lexicon, None, Countries(lexicon.resolve.countries), detector)


def _gold_articles() -> list[tuple[str, str]]:
    found = []
    for folder in GOLD_DIRS:
        for path in sorted(folder.glob("*.json")):
            found.append((path.name, json.loads(path.read_text("utf-8"))["text"]))
    return found


def _plover_sentences() -> list[str]:
    path = SHARED_EVAL / "plover" / "PLOVER_GSR_CAMEO.txt"
    if not path.exists():
        return []
    records = json.loads(re.sub(r",\s*([}\]])", r"\1", path.read_text("utf-8")))
    return [r["text"] for r in records if r.get("text")]


@pytest.mark.parametrize("case", FOREIGN, ids=lambda c: f"{c['language']}-{c['text'][:24]}")
def test_each_of_our_foreign_texts_is_named(detector, case):
    assert detector.detect(case["text"]) == case["language"]


def test_every_gold_article_we_may_read_is_english(detector):
    articles = _gold_articles()
    assert len(articles) >= 12 + 8 + 8  # our own sets at least
    assert [name for name, text in articles if detector.detect(text) != "en"] == []


@pytest.mark.skipif(not (SHARED_EVAL / "plover").exists(), reason="../shared/eval/plover is not beside this clone")
def test_every_plover_sentence_is_english(detector):
    sentences = _plover_sentences()
    assert len(sentences) > 300
    assert [s for s in sentences if detector.detect(s) != "en"] == []


def test_short_english_sentences_of_our_own_are_english(detector):
    assert detector.check("Moscow warned Kyiv.", "en").skipped is None  # too short to judge: read
    for text in (
        "Moscow warned Kyiv against it.",
        "The ministry denied the report.",
        "Beijing urged restraint on Tuesday.",
        "Both sides agreed to meet again in Geneva.",
        "“We will not yield,” he said.",
    ):
        assert detector.detect(text) == "en", text


def test_too_little_text_is_not_judged_and_not_skipped(detector):
    assert detector.detect("Advertisement") is None
    assert detector.detect("12 345 — 67") is None
    assert detector.check("Photo: AFP", "en").skipped is None


def test_the_skip_reason_names_both_languages():
    assert skip_reason("ru", "en") == "the text is in Russian (ru); the extractor reads English (en) only"
    assert skip_reason("en", "en") is None and skip_reason(None, "en") is None


@pytest.mark.parametrize("language", ["fr", "es", "ru"])
def test_an_article_in_another_language_is_skipped_with_the_reason(reading_extractor, language):
    text = next(c["text"] for c in FOREIGN if c["language"] == language and len(c["text"]) > 200)
    found = reading_extractor.analyse(ArticleInput(text=text))
    assert found.statements == [] and found.language == language
    assert found.skipped is not None and f"({language})" in found.skipped
    assert reading_extractor.extract(ArticleInput(text=text)) == []


def test_english_is_read_and_its_language_named(reading_extractor):
    found = reading_extractor.analyse(ArticleInput(text="The foreign minister said the talks would resume in May."))
    assert found.language == "en" and found.skipped is None
    assert [s.cue for s in found.statements] == ["said"]


def test_page_furniture_does_not_decide_the_language(reading_extractor):
    """A French photo credit under an English article changes nothing."""
    text = "Crédit photo : Agence France-Presse, tous droits réservés\n\nThe minister said talks would resume."
    found = reading_extractor.analyse(ArticleInput(text=text))
    assert found.language == "en" and len(found.statements) == 1


def test_many_articles_keep_their_order_around_a_skipped_one(reading_extractor):
    french = next(c["text"] for c in FOREIGN if c["language"] == "fr")
    texts = ["The minister said talks would resume.", french, "The envoy said the border would reopen."]
    found = list(reading_extractor.analyse_many([ArticleInput(text=t) for t in texts]))
    assert [f.language for f in found] == ["en", "fr", "en"]
    assert [len(f.statements) for f in found] == [1, 0, 1]
    assert found[2].statements[0].text == "the border would reopen"


def test_jsonl_output_says_language_and_skipped(reading_extractor, capsys):
    spanish = next(c["text"] for c in FOREIGN if c["language"] == "es")
    lines = [
        json.dumps({"id": "es", "text": spanish}),
        json.dumps({"id": "en", "text": "The minister said talks would resume."}),
    ]
    out = io.StringIO()
    assert run_jsonl(io.StringIO("\n".join(lines) + "\n"), out, reading_extractor) == 0
    es, en = (json.loads(line) for line in out.getvalue().splitlines())
    assert es["language"] == "es" and "Spanish" in es["skipped"] and es["statements"] == []
    assert en["language"] == "en" and en["skipped"] is None and len(en["statements"]) == 1
    assert "es: skipped: the text is in Spanish" in capsys.readouterr().err


def test_a_bad_language_list_stops_with_the_file_named(tmp_path):
    path = tmp_path / "languages.yaml"
    path.write_text("candidates: [en, fr, xx]\n", encoding="utf-8")
    with pytest.raises(LexiconError, match=r"languages.yaml: candidates: not ISO 639-1 language codes: xx"):
        load_languages(path)
    assert load_languages().candidates[0] == "en"
