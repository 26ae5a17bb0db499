"""The JSONL contract, batching, spaCy kept out of imports, and the pipeline's identity."""

import io
import json
import subprocess
import sys


def test_run_jsonl_counts_bad_lines_and_keeps_going(capsys, make_extractor):
    from app.pipeline.extract.jsonl import run_jsonl

    good = {
        "id": "a1",
        "text": "Chile said on Monday that it would send observers to the valley.",
        "published": "2022-09-14",
        "title": None,
        "source": None,
        "url": None,
    }
    stdin = io.StringIO("not json\n" + json.dumps(good) + "\n" + json.dumps({"id": 3}) + "\n")
    out = io.StringIO()
    assert run_jsonl(stdin, out, make_extractor()) == 2
    lines = [json.loads(x) for x in out.getvalue().splitlines()]
    assert [r["id"] for r in lines] == ["a1"]
    st = lines[0]["statements"][0]
    assert set(st) >= {"text", "start", "end", "kind", "speaker", "actor", "country", "date", "category", "confidence"}
    assert good["text"][st["start"] : st["end"]] == st["text"]
    assert "line 1" in capsys.readouterr().err


def test_extract_many_keeps_order(make_extractor):
    from app.pipeline.types import ArticleInput

    arts = [ArticleInput(text=f"Chile said the talks with Peru would resume in round {i} next week.") for i in range(5)]
    arts.insert(2, ArticleInput(text="Nothing is said here by anyone in particular, only narration"))
    results = list(make_extractor().extract_many(arts, batch_size=2))
    assert len(results) == 6
    assert "round 1" in results[1][0].text and "round 3" in results[4][0].text


def test_offsets_survive_skipped_paragraphs(make_extractor):
    from app.pipeline.types import ArticleInput

    text = "Photo: archive\n\nThe weather was mild.\n\nPeru said the border would reopen on Friday."
    sts = make_extractor().extract(ArticleInput(text=text))
    assert sts and all(text[s.start : s.end] == s.text for s in sts)


def test_spacy_not_loaded_at_import():
    code = "import sys, app.pipeline.extract, app.pipeline.extract.jsonl; print('spacy' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_loaded_pipeline_is_the_official_small_english_model(nlp):
    """The third-party upload must match the official en_core_web_sm 3.8.0 meta."""
    perf = nlp.meta["performance"]
    assert nlp.meta["version"] == "3.8.0"
    assert abs(perf["ents_f"] - 0.8433119744) < 1e-6
    assert abs(perf["dep_las"] - 0.8991533598) < 1e-6
    assert len(nlp.get_pipe("ner").labels) == 18
    assert nlp.vocab.vectors.shape[0] == 0
    assert nlp.pipe_names[0] == "paragraph_breaks"
