"""The language pack is data: a new reporting verb is one row, a broken pack stops the
extractor at start-up with the file named, and so does a broken actor registry."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from app.cli import app
from app.lang import LexiconError, load_lexicon
from app.lang.lexicon import PACKS_DIR
from app.pipeline.types import ArticleInput
from tests.extract.conftest import NullResolver

SENTENCE = "Foreign Minister Lena Holm opined that the new sanctions would hurt farmers on both sides of the border."


def _copy_pack(tmp_path: Path) -> Path:
    shutil.copytree(PACKS_DIR / "en", tmp_path / "en")
    return tmp_path


def _edit(root: Path, name: str, old: str, new: str) -> None:
    path = root / "en" / "extract" / f"{name}.yaml"
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_a_new_reporting_verb_is_one_row(tmp_path, lexicon, make_extractor):
    assert "opine" not in lexicon.extract.reporting_verbs.all
    article = ArticleInput(text=SENTENCE)
    assert make_extractor(NullResolver()).extract(article) == []  # the stock pack does not know the verb

    root = _copy_pack(tmp_path)
    _edit(root, "reporting_verbs", "verbs:\n", "verbs:\n  - {lemma: opine, class: speech, needs_clause: true}\n")
    (st,) = make_extractor(NullResolver(), load_lexicon("en", root)).extract(article)
    assert st.cue == "opined" and st.kind == "indirect" and st.actor.name == "Lena Holm"
    assert "the new sanctions would hurt farmers" in st.text


@pytest.mark.parametrize(
    ("name", "old", "new", "problem"),
    [
        ("reporting_verbs", "{lemma: say, class: speech", "{lemma: say, class: speaking", "class"),
        ("reporting_verbs", "{lemma: urge, class: act, cameo: '020'", "{lemma: urge, class: act, cameo: '999'", "999"),
        ("cameo", "appeal: \\b(call|urge|appeal)", "appeal: \\b(call|urge|appeal", "does not compile"),
        ("furniture", "credit_pattern: ", "credit_pattern: (", "does not compile"),
        ("contacts", "plural_words: [two, both, they]", "plural_words: [two, both, they, 'on', no]", "plural_words"),
    ],
)
def test_a_broken_pack_names_its_file(tmp_path, name, old, new, problem):
    root = _copy_pack(tmp_path)
    _edit(root, name, old, new)
    with pytest.raises(LexiconError) as err:
        load_lexicon("en", root)
    message = str(err.value)
    assert f"{name}.yaml" in message and problem in message


def test_an_unknown_language_is_refused(tmp_path):
    with pytest.raises(LexiconError, match="no language pack"):
        load_lexicon("xx", tmp_path)


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        ("- slug: atlantis\n  name: Atlantis\n  kind: state\n  country: XXX\n", "not an ISO alpha-2 code"),
        ("- slug: atlantis\n  name: [Atlantis\n", "not valid YAML"),
    ],
)
def test_extract_fails_loudly_on_a_broken_registry(tmp_path, monkeypatch, content, problem):
    (tmp_path / "seeds" / "actors").mkdir(parents=True)
    (tmp_path / "seeds" / "actors" / "broken.yaml").write_text(content, encoding="utf-8")
    monkeypatch.setenv("TRACKER_SEEDS_DIR", str(tmp_path / "seeds"))
    article = tmp_path / "in.jsonl"
    article.write_text(json.dumps({"id": "a", "text": SENTENCE}) + "\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["extract", str(article), "--jsonl"])
    assert result.exit_code != 0
    lines = [x for x in result.output.splitlines() if x.strip()]
    assert len(lines) == 1 and "broken.yaml" in lines[0] and problem in lines[0]
