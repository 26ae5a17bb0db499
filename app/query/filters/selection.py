"""`StatementFilter`: the value of every filter of a registry, as one request selected them.

Pages and API endpoints both build one with the same dependency and call the same
`statement_select`, so they cannot disagree. Values are read as attributes (`f.actor`) or
by name (`f["actor"]`); the registry they belong to travels with them, so the SQL, the
sentence, the chips and the facets all read the same declarations.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from app.query.filters.catalog import FILTERS
from app.query.filters.registry import Registry


class StatementFilter:
    """Immutable; unknown names are a TypeError, values a filter refuses an `InvalidParameter`."""

    __slots__ = ("_registry", "_values")

    def __init__(self, registry: Registry | None = None, /, **values: Any):
        registry = FILTERS if registry is None else registry
        unknown = [name for name in values if name not in registry]
        if unknown:
            raise TypeError(f"no filter named {unknown[0]!r}")
        merged = {flt.name: values.get(flt.name, flt.default) for flt in registry}
        registry.validate(merged)
        object.__setattr__(self, "_registry", registry)
        object.__setattr__(self, "_values", merged)

    @property
    def registry(self) -> Registry:
        return self._registry

    @property
    def values(self) -> Mapping[str, Any]:
        return dict(self._values)

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_"):
            raise AttributeError(name)
        try:
            return self._values[name]
        except KeyError:
            raise AttributeError(name) from None

    def __getitem__(self, name: str) -> Any:
        return self._values[name]

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError("a StatementFilter is immutable; use replace()")

    def replace(self, **changes: Any) -> StatementFilter:
        return StatementFilter(self._registry, **{**self._values, **changes})

    @property
    def is_empty(self) -> bool:
        """No filter a user sees (as a chip) narrows the selection."""
        return not any(flt.narrows and flt.in_links and self._values[flt.name] != flt.default for flt in self._registry)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, StatementFilter):
            return NotImplemented
        return self._registry is other._registry and self._values == other._values

    def __hash__(self) -> int:
        return hash(tuple(self._values.items()))

    def __repr__(self) -> str:
        changed = ", ".join(
            f"{flt.name}={self._values[flt.name]!r}" for flt in self._registry if self._values[flt.name] != flt.default
        )
        return f"StatementFilter({changed})"
