"""Raw query-parameter values turned into filter values: the parsers filters declare.

Each takes the parameter's name first, so its error message names the parameter.
"""

from __future__ import annotations

import datetime as dt

from app.query.filters.base import InvalidParameter

# What the parsers below accept, as JSON schemas for the OpenAPI document. An empty value
# (a form field left blank) always means "no filter"; surrounding spaces are ignored.
EMPTY = {"type": "string", "maxLength": 0}
DATE_SCHEMA = {"anyOf": [{"type": "string", "format": "date"}, EMPTY]}
DATETIME_SCHEMA = {"anyOf": [{"type": "string", "format": "date-time"}, {"type": "string", "format": "date"}, EMPTY]}
COUNTRY_CODE_SCHEMA = {"type": "string", "pattern": r"^\s*([A-Za-z]{2})?\s*$"}


def clean(values: list[str]) -> tuple[str, ...]:
    """Stripped, without empty values and repeats, in the order given."""
    return tuple(dict.fromkeys(v.strip() for v in values if v and v.strip()))


def split(values: list[str]) -> tuple[str, ...]:
    """Values typed into one text box may be separated by spaces or commas ("AM AZ")."""
    return clean([part for v in values for part in v.replace(",", " ").split()])


def normalise_codes(values: list[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(v.strip().upper() for v in values if v and v.strip()))


def parse_list(name: str, values: list[str]) -> tuple[str, ...]:
    return clean(values)


def parse_codes(name: str, values: list[str]) -> tuple[str, ...]:
    return normalise_codes(values)


def parse_text(name: str, value: str | None) -> str | None:
    return value.strip() if value and value.strip() else None


def parse_date(name: str, value: str | None) -> dt.date | None:
    if value is None or not value.strip():
        return None  # an empty form field means "no bound"
    try:
        return dt.date.fromisoformat(value.strip())
    except ValueError:
        raise InvalidParameter(name, f"{name} must be a date as YYYY-MM-DD, not {value!r}") from None


def parse_datetime(name: str, value: str | None) -> dt.datetime | None:
    """An ISO date or datetime; naive values are taken as UTC."""
    if value is None or not value.strip():
        return None
    try:
        moment = dt.datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        raise InvalidParameter(name, f"{name} must be an ISO date or datetime, not {value!r}") from None
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)
