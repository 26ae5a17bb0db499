"""Every filter of the statement lists, each declared once; `FILTERS` is their order.

To add a filter, declare it here and add it to `FILTERS`: the API parameter (and its
OpenAPI entry), the SQL, the sentence, the chip, the form widget, the facet and the links
the CSV and the feeds follow all come from the declaration. (A test, or another app, can
instead extend a copy: `FILTERS.with_filter(...)`, given to `create_app`.)
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Mapping

from sqlalchemy import ColumnElement, Select, String, cast, func, literal, null, or_, select
from sqlalchemy.orm import Session

from app.models import STATEMENT_KINDS, Actor, Statement, StatementTarget
from app.query.filters import places
from app.query.filters.base import MAX_ID, Facet, FacetRow, Filter, InvalidParameter, Labels, Param, Widget, Words
from app.query.filters.parsing import (
    DATE_SCHEMA,
    DATETIME_SCHEMA,
    clean,
    parse_date,
    parse_datetime,
    parse_list,
    parse_text,
)
from app.query.filters.registry import Registry
from app.query.filters.sql import escape_like
from app.query.filters.words import actor_names
from app.query.search import prepare_text, text_match

# -- shared pieces ---------------------------------------------------------------------------


def ranked(rows: list[FacetRow], top: int | None = None) -> list[FacetRow]:
    """Most counted first, ties by value; the first `top` only when given."""
    return sorted(rows, key=lambda row: (-row[-1], str(row[0])))[:top]


def known_actors(session: Session, name: str, slugs: tuple[str, ...]) -> None:
    if not slugs:
        return
    missing = [s for s in slugs if s not in actor_names(session, slugs)]
    if missing:
        raise InvalidParameter(
            name, f"no actor is named {missing[0]!r} (by name, alias or slug); see /api/suggest?q=… for names"
        )


def one_of(name: str, values: tuple[str, ...], allowed: tuple[str, ...]) -> None:
    for value in values:
        if value not in allowed:
            raise InvalidParameter(name, f"{name} must be one of {', '.join(allowed)}, not {value!r}")


def short_date(day: dt.date, labels: Labels) -> str:
    return f"{day.day} {day:%b %Y}"


def facet_rows(name: str, value, label, country) -> Select:
    """The columns every facet query selects: (facet, value, label, country, n)."""
    return select(
        literal(name).label("facet"),
        value.label("value"),
        label.label("label"),
        country.label("country"),
        func.count().label("n"),
    )


def by_actor_of(values: tuple[str, ...]) -> ColumnElement[bool]:
    return Statement.actor_id.in_(select(Actor.id).where(*values))


# -- actor: who spoke ------------------------------------------------------------------------


def actor_facet_rows(sample, name: str):
    return (
        facet_rows(name, Actor.slug, Actor.name, Actor.country)
        .join_from(sample, Actor, Actor.id == sample.c.actor_id)
        .group_by(Actor.slug, Actor.name, Actor.country)
    )


def resolve_actors(session: Session, name: str, values: tuple[str, ...], partial: bool) -> tuple[str, ...]:
    """Slugs for what was typed: a slug stays, a name or an alias becomes its actor's slug (and, typed
    into a page's form, the beginning of one: `partial`)."""
    return tuple(dict.fromkeys(places.actor_slug(session, v, partial=partial) or v for v in values))


ACTOR = Filter(
    name="actor",
    param=Param("list", "Actor slug, or its name or an alias (“Lavrov”); repeat for several."),
    default=(),
    parse=parse_list,
    resolve=resolve_actors,
    check=known_actors,
    slug_first=True,
    condition=lambda slugs, _: by_actor_of((Actor.slug.in_(slugs),)) if slugs else None,
    naming=lambda slug, labels: labels.actor(slug),
    words=Words("by {}"),
    widget=Widget("picker.html", "Actor", placeholder="add an actor by name", suggest="actor"),
    facet=Facet(
        columns=(Statement.actor_id,),
        rows=actor_facet_rows,
        counts=lambda rows, top: ranked([(r.value, r.label, r.n) for r in rows["actor"]], top),
    ),
    mentions_actors=True,
)

# -- country: the speaker's country (counted from the actor facet's rows) ----------------------


def check_codes(name: str, codes: tuple[str, ...]) -> None:
    for code in codes:
        if len(code) != 2 or not (code.isascii() and code.isalpha()):
            raise InvalidParameter(name, f"{name} must be an ISO 3166-1 alpha-2 code, not {code!r}")


def check_places(name: str, values: tuple[str, ...]) -> None:
    """Each value is a code, a slug or a name (resolved with the database, `resolve_places`)."""
    for value in values:
        if len(value) > 200:
            raise InvalidParameter(name, f"{name} must be a country or an organisation, at most 200 characters")


def parse_places(name: str, raw: list[str]) -> tuple[str, ...]:
    """Values as typed, split at commas; a two-letter code in capitals ("am" is AM)."""
    values = clean([part for v in raw for part in v.split(",")])
    return tuple(dict.fromkeys(v.upper() if len(v) == 2 and v.isascii() and v.isalpha() else v for v in values))


def resolve_places(session: Session, name: str, values: tuple[str, ...], partial: bool) -> tuple[str, ...]:
    """Codes for countries ("am", "Armenia"), slugs for organisations ("EU", "european-union");
    anything else is refused, naming the value."""
    resolved = []
    for value in values:
        orgs = (places.ORGANISATION,)
        found = (
            places.country_code(value)
            or places.actor_slug(session, value, kinds=orgs)
            or (partial and places.country_code(value, partial=True))
            or (partial and places.actor_slug(session, value, kinds=orgs, partial=True))
            or None
        )
        if found is None:
            raise InvalidParameter(
                name, f"no country or international organisation named {value!r}; try a name (“Armenia”) or a code (AM)"
            )
        resolved.append(found)
    return tuple(dict.fromkeys(resolved))


def place_condition(values: tuple[str, ...], dialect: str | None) -> ColumnElement[bool] | None:
    codes = tuple(v for v in values if places.is_code(v))
    orgs = tuple(v for v in values if not places.is_code(v))
    conditions = []
    if codes:
        conditions.append(by_actor_of((Actor.country.in_(codes),)))
    if orgs:
        conditions.append(places.members_of(orgs))
    return or_(*conditions) if conditions else None


def country_counts(rows: Mapping[str, list], top: int) -> list[FacetRow]:
    """Countries (label: the code, named by the filter) and organisations (label: their name)."""
    by_country: Counter = Counter()
    for row in rows["actor"]:
        if row.country:
            by_country[row.country] += row.n
    counted = [(code, code, count) for code, count in by_country.items()]
    counted += [(r.value, r.label, r.n) for r in rows["country"]]
    return ranked(counted, top)


def place_name(value: str, labels: Labels) -> str:
    if places.is_code(value):
        return labels.country(value)
    return labels.actors[value] if value in labels.actors else labels.facet("country", value)


COUNTRY = Filter(
    name="country",
    param=Param(
        "list",
        "The actor's country, as an ISO 3166-1 alpha-2 code or a name (“AM”, “Armenia”), or an international "
        "organisation its actor speaks for, by slug or name (“european-union”, “EU”); repeat for several.",
        schema={"type": "string", "maxLength": 200},
    ),
    default=(),
    parse=parse_places,
    resolve=resolve_places,
    validate=check_places,
    condition=place_condition,
    naming=place_name,
    words=Words("by actors of {}"),
    widget=Widget(
        "picker.html", "Country or organisation", placeholder="add a country or organisation", suggest="country"
    ),
    facet=Facet(
        columns=(Statement.actor_id,),
        rows=places.organisation_facet_rows,
        counts=country_counts,
        named_by_filter=True,
    ),
    mentions_actors=True,
)

# -- target: to whom (a country code or an actor slug) -----------------------------------------


def target_condition(targets: tuple[str, ...], dialect: str | None) -> ColumnElement[bool] | None:
    """Statements addressed to any of the targets, as an id set the target indexes produce."""
    if not targets:
        return None
    codes = [t.upper() for t in targets if len(t) == 2]
    slugs = [t for t in targets if len(t) != 2]
    conditions = []
    if codes:
        conditions.append(StatementTarget.country.in_(codes))
    if slugs:
        conditions.append(StatementTarget.actor_id.in_(select(Actor.id).where(Actor.slug.in_(slugs))))
    return Statement.id.in_(select(StatementTarget.statement_id).where(or_(*conditions)))


def resolve_targets(session: Session, name: str, values: tuple[str, ...], partial: bool) -> tuple[str, ...]:
    """A country by code or name becomes its code; an actor by slug, name or alias its slug."""
    resolved = []
    for value in values:
        found = (
            places.country_code(value)
            or places.actor_slug(session, value)
            or (partial and places.country_code(value, partial=True))
            or (partial and places.actor_slug(session, value, partial=True))
            or None
        )
        resolved.append(found or value)
    return tuple(dict.fromkeys(resolved))


TARGET = Filter(
    name="target",
    param=Param("list", "Addressee: a country (ISO alpha-2 or name) or an actor (slug, name or alias)."),
    default=(),
    parse=lambda name, raw: clean([part for v in raw for part in v.split(",")]),
    resolve=resolve_targets,
    check=lambda session, name, targets: known_actors(session, name, tuple(t for t in targets if len(t) != 2)),
    condition=target_condition,
    naming=lambda t, labels: labels.country(t) if len(t) == 2 else labels.actor(t),
    words=Words("addressed to {}"),
    widget=Widget("picker.html", "Addressed to", placeholder="add a country or actor", suggest="target"),
    mentions_actors=True,
)

# -- kind: direct quote, reported statement or contact -----------------------------------------

KIND_WORDS = {"direct": "Direct quotes", "indirect": "Reported statements", "contact": "Diplomatic contacts"}
KIND_CHOICES = {"direct": "Direct quote", "indirect": "Reported", "contact": "Contact"}
NO_TEXT = cast(null(), String)

KIND = Filter(
    name="kind",
    param=Param("list", "direct, indirect or contact.", schema={"type": "string", "enum": [*STATEMENT_KINDS, ""]}),
    default=(),
    parse=parse_list,
    validate=lambda name, kinds: one_of(name, kinds, STATEMENT_KINDS),
    condition=lambda kinds, _: Statement.kind.in_(kinds) if kinds else None,
    words=Words(join=" and ", naming=lambda kind, labels: KIND_WORDS[kind].lower(), slot="subject"),
    widget=Widget("checkboxes.html", "Kind", options=KIND_CHOICES),
    facet=Facet(
        columns=(Statement.kind,),
        rows=lambda s, name: facet_rows(name, s.c.kind, s.c.kind, NO_TEXT).group_by(s.c.kind),
        counts=lambda rows, top: ranked([(r.value, r.label, r.n) for r in rows["kind"]]),
        every_row=True,
    ),
)

# -- category: the CAMEO code --------------------------------------------------------------------


def category_facet_rows(sample, name: str):
    return (
        facet_rows(name, sample.c.category_code, func.max(sample.c.category_label), NO_TEXT)
        .where(sample.c.category_code.is_not(None))
        .group_by(sample.c.category_code)
    )


CATEGORY = Filter(
    name="category",
    param=Param("list", "CAMEO category code, e.g. 020."),
    default=(),
    parse=parse_list,
    condition=lambda codes, _: Statement.category_code.in_(codes) if codes else None,
    naming=lambda code, labels: labels.facet("category", code),
    words=Words("of the kind {}", item="“{}”"),
    widget=Widget("picker.html", "Category"),
    facet=Facet(
        columns=(Statement.category_code, Statement.category_label),
        rows=category_facet_rows,
        counts=lambda rows, top: ranked([(r.value, r.label or r.value, r.n) for r in rows["category"]]),
    ),
)

# -- since, until: the day said -------------------------------------------------------------------

SINCE = Filter(
    name="since",
    param=Param("text", "First day, YYYY-MM-DD.", schema=DATE_SCHEMA),
    parse=parse_date,
    condition=lambda day, _: Statement.said_on >= day if day else None,
    words=Words("since {}", naming=short_date, slot="period"),
    widget=Widget("date.html", "Since", joined=True),
    day_bound="from",
)

UNTIL = Filter(
    name="until",
    param=Param("text", "Last day, YYYY-MM-DD.", schema=DATE_SCHEMA),
    parse=parse_date,
    condition=lambda day, _: Statement.said_on <= day if day else None,
    words=Words("until {}", naming=short_date, slot="period"),
    widget=Widget("date.html", "Until"),
    day_bound="until",
)

# -- q: words in the text -------------------------------------------------------------------------


def text_condition(q: str | None, dialect: str | None) -> ColumnElement[bool] | None:
    if not q:
        return None
    if dialect in ("sqlite", "postgresql"):
        return text_match(q, dialect)
    # Bound as a parameter; LIKE wildcards in the user's text are escaped.
    return Statement.text.ilike(f"%{escape_like(q.strip())}%", escape="\\")


Q = Filter(
    name="q",
    param=Param(
        "text",
        'Words in the statement text: a word also finds its other forms and, from four letters, the words it '
        'begins (Armenia: Armenian); word* finds every word so beginning; "quoted words" a phrase.',
        max_length=200,
    ),
    parse=parse_text,
    prepare=prepare_text,
    condition=text_condition,
    words=Words("mentioning “{}”"),
    widget=Widget("search.html", "Text", placeholder="words in the statement", order=-1),
)

# -- article, changed_since, distinct: for links and syncing clients, no widget ----------------------

ARTICLE = Filter(
    name="article",
    param=Param("int", "Article id.", ge=1, le=MAX_ID),
    condition=lambda article_id, _: Statement.article_id == article_id if article_id is not None else None,
    words=Words("in article {}"),
)

CHANGED_SINCE = Filter(
    name="changed_since",
    param=Param("text", "Only statements changed since this ISO time (or day).", schema=DATETIME_SCHEMA),
    parse=parse_datetime,
    condition=lambda moment, _: Statement.updated_at >= moment if moment is not None else None,
    in_links=False,
)

DISTINCT = Filter(
    name="distinct",
    param=Param("bool", "One item per statement reported by several articles (false: every report)."),
    default=True,
    # The group's representative stands for all its reports; ungrouped rows stand for themselves.
    condition=lambda distinct, _: or_(Statement.group_id.is_(None), Statement.is_representative) if distinct else None,
    link=lambda distinct: None if distinct else "false",
    narrows=False,
)

FILTERS = Registry([ACTOR, COUNTRY, TARGET, KIND, CATEGORY, SINCE, UNTIL, Q, ARTICLE, CHANGED_SINCE, DISTINCT])
