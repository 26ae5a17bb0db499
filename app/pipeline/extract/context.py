"""What the extract stage is handed from outside, besides the parse and the language pack."""

from __future__ import annotations

from typing import Protocol


class Countries(Protocol):
    """Country look-ups (the resolve stage provides them): ISO alpha-2 for a
    country name, demonym or capital, and the countries named in running text."""

    def country_code(self, name: str | None) -> str | None: ...

    def find_countries(self, text: str) -> list[tuple[int, int, str]]: ...
