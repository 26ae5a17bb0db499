"""Which languages the language detector chooses among (`languages.yaml`), and their names.

Kept as data beside the language packs: adding a language the detector may name is a line
in the YAML, and a typo (a code that is no ISO 639-1 language) stops the program at start-up.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import pycountry
import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from app.lang.lexicon import LexiconError

LANGUAGES_FILE = Path(__file__).resolve().parent / "languages.yaml"


class DetectionLanguages(BaseModel):
    """The detector's candidate languages and the shortest text it judges."""

    model_config = ConfigDict(frozen=True)

    candidates: tuple[str, ...] = Field(min_length=2)
    min_letters: int = Field(default=20, ge=1)

    @field_validator("candidates")
    @classmethod
    def _iso_639_1(cls, codes: tuple[str, ...]) -> tuple[str, ...]:
        unknown = [c for c in codes if pycountry.languages.get(alpha_2=c) is None]
        if unknown:
            raise ValueError(f"not ISO 639-1 language codes: {', '.join(unknown)}")
        return codes


def load_languages(path: Path | str = LANGUAGES_FILE) -> DetectionLanguages:
    """The validated `languages.yaml`; raises `LexiconError` naming the file and the problem."""
    try:
        data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
        return DetectionLanguages.model_validate(data)
    except (OSError, yaml.YAMLError) as exc:
        raise LexiconError(f"{path}: {' '.join(str(exc).split())}") from None
    except ValidationError as exc:
        problem = exc.errors()[0]
        where = ".".join(str(p) for p in problem["loc"])
        raise LexiconError(f"{path}: {where}: {problem['msg'].removeprefix('Value error, ')}") from None


@cache
def language_name(code: str) -> str:
    """ "French" for "fr", "Greek" for "el"; the code itself when ISO 639 does not know it."""
    found = pycountry.languages.get(alpha_2=code)
    if found is None:
        return code
    return re.sub(r"\s*\(.*\)$", "", found.name).removeprefix("Modern ")
