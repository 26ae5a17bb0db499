"""What one filter is: a single declaration the API, the pages, the sentence, the facets and the exports read.

A `Filter` says everything about one selection criterion in one place (as datasette
declares each filter as one object): its query parameter, how a raw value is parsed and
checked, its SQL condition on `statements`, its words in the selection sentence, its chip,
its form widget and its facet. Nothing here knows FastAPI or Jinja: the web layer turns
`Param` into a query parameter and `Widget` names the template that draws it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

from sqlalchemy import ColumnElement, Select
from sqlalchemy.orm import Session

# Row ids are 32-bit integers in both databases; a larger number cannot name a row.
MAX_ID = 2_147_483_647


class InvalidParameter(ValueError):
    """A query parameter that cannot be used; `param` names it for the error body."""

    def __init__(self, param: str, message: str, status: int = 400):
        super().__init__(message)
        self.param = param
        self.message = message
        self.status = status  # 422 for a request body that cannot be used


@dataclass(frozen=True)
class Param:
    """The query parameter as the API documents it (the web layer makes it a FastAPI `Query`).

    `type` is "list" (repeatable text, default []), "text" (optional text), "int" (optional
    integer) or "bool" (default: the filter's default).
    """

    type: Literal["list", "text", "int", "bool"]
    description: str
    max_length: int | None = None
    ge: int | None = None
    le: int | None = None
    # The JSON schema of one value when the parser accepts less than any text (a date, one of
    # some words): the OpenAPI document then says what is refused. For "list", of each item.
    schema: Mapping[str, Any] | None = None


@dataclass(frozen=True)
class Labels:
    """Display names for the values a selection mentions, looked up once per request."""

    actors: Mapping[str, str] = field(default_factory=dict)  # actor slug → name
    facets: Mapping[str, Mapping[str, str]] = field(default_factory=dict)  # filter name → value → facet label
    country: Callable[[str], str] = str  # ISO alpha-2 → country name (the web layer knows the names)

    def actor(self, slug: str) -> str:
        return self.actors.get(slug, slug)

    def facet(self, name: str, value: str) -> str:
        return self.facets.get(name, {}).get(value, value)


Naming = Callable[[Any, Labels], str]


def as_text(value: Any, labels: Labels) -> str:
    """The value as it is written in the query string: the default name of a value."""
    return str(value)


@dataclass(frozen=True)
class Words:
    """How the filter reads in the selection sentence, e.g. "by Antony Blinken or Sergey Lavrov".

    Each value is named (`naming`, else the filter's own naming), put into `item`, the items
    joined with `join` and the whole put into `text`. A "subject" replaces the sentence's
    opening "Statements"; "period" words come after all the others.
    """

    text: str = "{}"
    join: str = " or "
    item: str = "{}"
    naming: Naming | None = None
    slot: Literal["subject", "qualifier", "period"] = "qualifier"


@dataclass(frozen=True)
class Widget:
    """The filter's control in the filter form: `template` under `templates/filters/` draws it.

    The template reads the other fields; `order` moves a widget before the registry order
    (the text box leads the form) and `joined` keeps the next widget on without a blank line.
    """

    template: str
    label: str
    placeholder: str = ""
    size: int = 0
    narrow: bool = False  # a type-to-narrow box above a long list
    suggest: str = ""  # what the name box suggests as you type (`/api/suggest?for=`), when it has one
    options: Mapping[str, str] = field(default_factory=dict)  # fixed choices: value → label
    order: int = 0
    joined: bool = False


FacetRow = tuple[str, str, int]  # (value, label, count)


@dataclass(frozen=True)
class Facet:
    """Counts of the filter's values over the newest matches (see `stats.statement_facets`).

    `columns` are the statement columns the shared sample must carry; `rows(sample, name)`
    selects (facet, value, label, country, n) from it, or is None for a facet derived from
    others' rows; `counts(rows_by_facet, top)` gives the final (value, label, count) list.
    `every_row`: each sampled statement has exactly one value, so the counts add up to the sample.
    `named_by_filter`: the labels are the bare values; the API and the widget name them.
    """

    counts: Callable[[Mapping[str, list], int], list[FacetRow]]
    columns: tuple[Any, ...] = ()
    rows: Callable[[Any, str], Select] | None = None
    every_row: bool = False
    named_by_filter: bool = False  # labels are the values; readers name them with the filter's naming


def _no_condition(value: Any, dialect: str | None) -> ColumnElement[bool] | None:
    return None


def _keep(name: str, raw: Any) -> Any:
    return raw


def _link_value(value: Any) -> Any:
    return value.isoformat() if isinstance(value, (dt.date, dt.datetime)) else value


@dataclass(frozen=True)
class Filter:
    """One selection criterion, declared once.

    - `name`: the query parameter and the key of the value in a `StatementFilter`.
    - `param`, `default`, `parse(name, raw)`: the parameter as documented, its value when
      absent, and the raw value turned into the value (raises `InvalidParameter`).
    - `resolve(session, name, value, partial)`: what a person typed (a name, an alias, "Armenia")
      turned into the values the filter stores (slugs, codes), before the checks; `partial` lets the
      beginning of a name do (pages only); raises `InvalidParameter`.
    - `validate(name, value)`: checks a value however it was built (in code too).
    - `check(session, name, value)`: checks that need the database (a slug that exists).
    - `prepare(session, value)`: the value as the database should read it, after the checks
      (searched words that know how common they are, so the SQL picks its strategy).
    - `condition(value, dialect)`: the WHERE clause on `statements`, or None for no condition.
    - `naming(value, labels)`: a value's display name, for the chip and the sentence.
    - `words`, `widget`, `facet`: the sentence, the form control, the counts (None: not shown).
    - `in_links`, `link(value)`: whether page links, the CSV and the feed carry the filter on,
      and the value they carry (None: left out).
    - `narrows`: an active value makes the selection a subset (not so for `distinct`).
    - `mentions_actors`: its values are looked up as actor slugs for their names.
    - `slug_first`: a value that is an existing actor slug is that actor (resolving it gives it
      back), so a list may try one slug-shaped value as it is and resolve it only when nothing
      matches (`app.query.service.taken_as_slugs`).
    - `day_bound`: the filter bounds `said_on` from below ("from") or above ("until").
    """

    name: str
    param: Param
    default: Any = None
    parse: Callable[[str, Any], Any] = _keep
    resolve: Callable[[Session, str, Any, bool], Any] | None = None
    validate: Callable[[str, Any], None] | None = None
    check: Callable[[Session, str, Any], None] | None = None
    prepare: Callable[[Session, Any], Any] | None = None
    condition: Callable[[Any, str | None], ColumnElement[bool] | None] = _no_condition
    naming: Naming = as_text
    words: Words | None = None
    widget: Widget | None = None
    facet: Facet | None = None
    in_links: bool = True
    link: Callable[[Any], Any] = _link_value
    narrows: bool = True
    mentions_actors: bool = False
    slug_first: bool = False
    day_bound: Literal["from", "until"] | None = None

    def values_of(self, value: Any) -> tuple:
        """The value as a tuple of single values (a list filter's values, or the one value)."""
        if isinstance(value, tuple):
            return value
        return () if value is None else (value,)
