"""Reading articles from files: every supported shape, and clear errors for bad ones."""

import datetime as dt
import json

from app.pipeline.ingest import ArticleDraft, IngestError, read_paths


def _read(*paths):
    return list(read_paths(paths))


def test_markdown_with_front_matter(tmp_path):
    path = tmp_path / "a.md"
    path.write_text(
        "---\ntitle: Talks resume\nsource: Example Wire\npublished: 2023-05-02\n"
        "url: https://example.org/a\n---\nThe minister said talks would resume.\n",
        encoding="utf-8",
    )
    (draft,) = _read(path)
    assert isinstance(draft, ArticleDraft)
    assert draft.title == "Talks resume" and draft.source == "Example Wire"
    assert draft.published == dt.date(2023, 5, 2) and draft.url == "https://example.org/a"
    assert draft.text == "The minister said talks would resume."


def test_plain_text_without_front_matter(tmp_path):
    path = tmp_path / "b.txt"
    path.write_text("Just a body.", encoding="utf-8")
    (draft,) = _read(path)
    assert draft.text == "Just a body." and draft.title is None


def test_json_object_list_and_iso_datetime(tmp_path):
    path = tmp_path / "c.json"
    path.write_text(json.dumps([{"text": "one", "published": "2024-01-02T10:30:00Z"}, {"text": "two"}]))
    first, second = _read(path)
    assert first.published == dt.date(2024, 1, 2) and second.text == "two"


def test_jsonl_reports_bad_lines_with_their_number(tmp_path):
    path = tmp_path / "d.jsonl"
    path.write_text('{"text": "fine"}\n{broken\n{"title": "no text"}\n{"text": "x", "published": "13/01/2024"}\n')
    items = _read(path)
    assert isinstance(items[0], ArticleDraft)
    errors = [i for i in items if isinstance(i, IngestError)]
    assert [e.where for e in errors] == [f"{path}:2", f"{path}:3", f"{path}:4"]
    assert "invalid JSON" in errors[0].message
    assert "text" in errors[1].message
    assert "YYYY-MM-DD" in errors[2].message


def test_folder_walk_unreadable_and_missing(tmp_path):
    (tmp_path / "ok.txt").write_text("Body", encoding="utf-8")
    (tmp_path / "bad.txt").write_bytes(b"\xff\xfe\x00bad")
    (tmp_path / "empty.md").write_text("---\ntitle: t\n---\n   \n", encoding="utf-8")
    items = _read(tmp_path, tmp_path / "missing.json")
    messages = sorted(i.message for i in items if isinstance(i, IngestError))
    assert messages == ["no such file or folder", "not UTF-8 text", "text: text is empty"]
    assert sum(isinstance(i, ArticleDraft) for i in items) == 1
