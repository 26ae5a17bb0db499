"""Statement filters, each declared once (`catalog`), read by the API, the pages and the exports.

- `base`: what a filter declaration is (`Filter`, `Param`, `Words`, `Widget`, `Facet`).
- `catalog`: the declarations and `FILTERS`, their order.
- `registry`: `Registry`, an ordered set of filters.
- `selection`: `StatementFilter`, the values one request selected.
- `sql`, `words`, `parsing`: the selection as SQL, in words, and from raw parameters.
"""

from app.query.filters.base import MAX_ID, Facet, Filter, InvalidParameter, Labels, Param, Widget, Words
from app.query.filters.catalog import FILTERS, check_codes
from app.query.filters.parsing import COUNTRY_CODE_SCHEMA, DATETIME_SCHEMA, normalise_codes, parse_datetime
from app.query.filters.registry import Registry
from app.query.filters.selection import StatementFilter
from app.query.filters.sql import escape_like, statement_conditions, statement_select
from app.query.filters.words import describe, load_labels

__all__ = [
    "COUNTRY_CODE_SCHEMA",
    "check_codes",
    "DATETIME_SCHEMA",
    "FILTERS",
    "MAX_ID",
    "Facet",
    "Filter",
    "InvalidParameter",
    "Labels",
    "Param",
    "Registry",
    "StatementFilter",
    "Widget",
    "Words",
    "describe",
    "escape_like",
    "load_labels",
    "normalise_codes",
    "parse_datetime",
    "statement_conditions",
    "statement_select",
]
