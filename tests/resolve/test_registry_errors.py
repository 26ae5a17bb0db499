"""A broken registry or resolve pack fails loudly: one line, the file and the problem."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml

from app.lang import LexiconError, load_lexicon
from app.pipeline.resolve import RegistryError, load_registry

PACKS = Path(__file__).resolve().parents[2] / "app" / "lang"


def _write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def _one_line(exc: pytest.ExceptionInfo, path: Path, problem: str) -> None:
    message = str(exc.value)
    assert "\n" not in message
    assert message.startswith(f"{path}: ")
    assert problem in message


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("- {slug: Bad Slug, name: X, kind: person}", "kebab-case"),
        ("- {slug: x, name: X, kind: planet}", "kind 'planet'"),
        ("- {slug: x, name: X, kind: state, country: XYZ}", "alpha-2"),
        ("- {slug: x, name: X, kind: person, roles: [{role: other, start: 2021-13}]}", "bad date"),
        ("- {slug: x, kind: person}", "missing name"),
        ("slug: x", "expected a list of actors"),
        ("- [unclosed", "not valid YAML"),
    ],
)
def test_a_bad_file_is_named_with_its_problem(tmp_path, text, problem):
    path = _write(tmp_path, "bad.yaml", text)
    with pytest.raises(RegistryError) as exc:
        load_registry(tmp_path)
    _one_line(exc, path, problem)
    assert isinstance(exc.value, ValueError)


def test_a_duplicate_slug_names_both_files_when_strict(tmp_path):
    first = _write(tmp_path, "a.yaml", "- {slug: x, name: X, kind: person}")
    second = _write(tmp_path, "b.yaml", "- {slug: x, name: X again, kind: person}")
    with pytest.raises(RegistryError) as exc:
        load_registry(tmp_path, strict=True)
    _one_line(exc, second, "duplicate actor slug 'x'")
    assert str(first) in str(exc.value)
    with pytest.warns(UserWarning, match="duplicate"):
        assert load_registry(tmp_path).get("x").name == "X"


def test_a_missing_folder_is_named(tmp_path):
    with pytest.raises(RegistryError, match="no such folder"):
        load_registry(tmp_path / "missing")


def test_adding_an_actor_is_a_yaml_row(tmp_path, lexicon):
    from app.pipeline.resolve import Resolver

    _write(tmp_path, "people.yaml", "- {slug: jane-doe, name: Jane Doe, kind: person, country: KE, aliases: [Doe]}")
    resolver = Resolver(load_registry(tmp_path), lexicon)
    assert resolver.resolve("Doe").slug == "jane-doe"


def test_the_english_resolve_pack_loads():
    pack = load_lexicon("en").resolve
    assert "he" in pack.mentions.pronouns
    assert pack.institutions.bodies["foreign_ministry"]
    assert pack.roles.organisations["united-nations"][0].code == "un_secretary_general"


def test_a_regex_that_does_not_compile_names_the_file(tmp_path):
    pack = tmp_path / "en"
    shutil.copytree(PACKS / "en", pack)
    roles = pack / "resolve" / "roles.yaml"
    data = yaml.safe_load(roles.read_text(encoding="utf-8"))
    data["blocked"] = "(unclosed"
    roles.write_text(yaml.safe_dump(data), encoding="utf-8")
    with pytest.raises(LexiconError) as exc:
        load_lexicon("en", tmp_path)
    assert str(exc.value).startswith(f"{roles}: roles.blocked")
    assert "does not compile" in str(exc.value)
