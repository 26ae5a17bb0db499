"""Load a language pack folder into one validated `Lexicon`.

Why pydantic: a typo in a data file (an unknown verb class, a CAMEO code with a
letter, a regex that does not compile) must stop the program at start-up with
the file and the problem named, not silently extract less.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ConfigDict, ValidationError

from app.lang.extract_schema import ExtractLexicon
from app.lang.resolve_schema import ResolveLexicon

PACKS_DIR = Path(__file__).resolve().parent
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class LexiconError(ValueError):
    """A language pack that cannot be used; the message names the file and the problem."""


class Lexicon(BaseModel):
    """Everything language-specific, for one language."""

    model_config = ConfigDict(frozen=True)

    language: str
    extract: ExtractLexicon
    resolve: ResolveLexicon


def _read_section(folder: Path) -> dict[str, Any]:
    """Each `NAME.yaml` in the folder becomes the field NAME of the section."""
    data: dict[str, Any] = {}
    for path in sorted(folder.glob("*.yaml")):
        try:
            data[path.stem] = yaml.load(path.read_text(encoding="utf-8"), Loader=_YAML_LOADER)
        except yaml.YAMLError as exc:
            raise LexiconError(f"{path}: not valid YAML: {' '.join(str(exc).split())}") from None
    return data


def load_lexicon(language: str = "en", packs_dir: Path | str | None = None) -> Lexicon:
    """The language pack `packs_dir/language/` (default: the packs shipped in `app/lang/`)."""
    root = Path(packs_dir) if packs_dir is not None else PACKS_DIR
    folder = root / language
    if not folder.is_dir():
        raise LexiconError(f"{folder}: no language pack for {language!r}")
    sections: dict[str, Any] = {"language": language}
    for section in ("extract", "resolve"):
        try:
            sections[section] = (ExtractLexicon if section == "extract" else ResolveLexicon).model_validate(
                _read_section(folder / section)
            )
        except ValidationError as exc:
            problem = exc.errors()[0]
            where = ".".join(str(p) for p in problem["loc"])
            file = folder / section / f"{problem['loc'][0]}.yaml" if problem["loc"] else folder / section
            raise LexiconError(f"{file}: {where}: {problem['msg']}") from None
    return Lexicon(**sections)
