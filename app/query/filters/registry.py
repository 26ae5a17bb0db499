"""The ordered set of filters an app offers; every reader of filters iterates one of these.

The order is the API's parameter order, the order of the chips and of the sentence's
qualifiers; a widget's `order` and a phrase's `slot` adjust the form and the sentence.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

from app.query.filters.base import Filter, InvalidParameter


class Registry:
    """Filters by name, in declaration order. Immutable: `with_filter` gives an extended copy."""

    def __init__(self, filters: Iterable[Filter]):
        self._filters = tuple(filters)
        self._by_name = {flt.name: flt for flt in self._filters}
        if len(self._by_name) != len(self._filters):
            names = [flt.name for flt in self._filters]
            raise ValueError(f"two filters are named {next(n for n in names if names.count(n) > 1)!r}")
        faceted = [flt for flt in self._filters if flt.facet]
        if faceted and not any(flt.facet.every_row for flt in faceted):
            raise ValueError("one facet must count every row (Facet.every_row), to tell the sample's size")

    def __iter__(self) -> Iterator[Filter]:
        return iter(self._filters)

    def __len__(self) -> int:
        return len(self._filters)

    def __contains__(self, name: object) -> bool:
        return name in self._by_name

    def __getitem__(self, name: str) -> Filter:
        return self._by_name[name]

    def __repr__(self) -> str:
        return f"Registry({', '.join(self._by_name)})"

    def with_filter(self, flt: Filter) -> Registry:
        """This registry with one more filter, last (its parameter, chip and widget come last)."""
        return Registry([*self._filters, flt])

    @property
    def widgets(self) -> list[Filter]:
        """Filters with a form widget, in form order."""
        return sorted((flt for flt in self._filters if flt.widget), key=lambda flt: flt.widget.order)

    @property
    def faceted(self) -> list[Filter]:
        return [flt for flt in self._filters if flt.facet]

    def day_range(self, values: Mapping[str, Any]) -> tuple[dt.date | None, dt.date | None]:
        """The first and last day the values allow (None: unbounded)."""
        first = next((values[f.name] for f in self._filters if f.day_bound == "from" and values[f.name]), None)
        last = next((values[f.name] for f in self._filters if f.day_bound == "until" and values[f.name]), None)
        return first, last

    def validate(self, values: Mapping[str, Any]) -> None:
        """Each filter's own check, then that the day range is not upside down."""
        for flt in self._filters:
            if flt.validate is not None:
                flt.validate(flt.name, values[flt.name])
        first, last = self.day_range(values)
        if first and last and first > last:
            start = next(f.name for f in self._filters if f.day_bound == "from")
            end = next(f.name for f in self._filters if f.day_bound == "until")
            raise InvalidParameter(start, f"{start} is after {end}")
