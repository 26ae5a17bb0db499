"""Field types shared by both halves of a language pack."""

from __future__ import annotations

import re
from typing import Annotated

from pydantic import AfterValidator


def _compiles(pattern: str) -> str:
    try:
        re.compile(pattern)
    except re.error as exc:
        raise ValueError(f"regular expression {pattern!r} does not compile: {exc}") from None
    return pattern


# A regular expression kept as its source text, checked to compile when the pack loads.
Pattern = Annotated[str, AfterValidator(_compiles)]
# A word list: lower-case words, order and repeats of no meaning.
Words = frozenset[str]
