"""The registry's record: one actor (and its dated roles) as read from YAML.

Why a module of its own: the record is what every other part shares (the
store syncs these attributes into the database, the resolver indexes them),
while reading files and building indexes are separate jobs.  Validation lives
here so a bad record is rejected with its file and slug named, whoever reads it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from app.pipeline.types import ResolvedActor

from .normalize import kebab

KINDS = frozenset({"person", "institution", "state", "international_organisation", "media", "group"})
ROLE_CODES = frozenset(
    {
        "head_of_state",
        "head_of_government",
        "foreign_minister",
        "defence_minister",
        "foreign_ministry_spokesperson",
        "presidential_spokesperson",
        "un_secretary_general",
        "eu_high_representative",
        "nato_secretary_general",
        "iaea_director_general",
        "osce_secretary_general",
        "european_council_president",
        "european_commission_president",
        "other",
    }
)
# Institution types, read from the slug convention `<state-slug>-<suffix>`.  A
# convention of the registry's file format (slugs are ASCII kebab whatever the
# language of the news), so it lives with the record, not in a language pack.
INSTITUTION_SUFFIXES = {
    "foreign-ministry": "foreign_ministry",
    "defence-ministry": "defence_ministry",
    "presidency": "presidency",
    "prime-ministers-office": "pm_office",
    "cabinet": "cabinet",
    "armed-forces": "armed_forces",
    "army": "army",
}


class RegistryError(ValueError):
    """A registry that cannot be used; the one-line message is `WHERE: what is wrong`."""


def _date(value: Any) -> dt.date | None:
    """YAML gives dates as date objects; also accept "2021", "2021-06", "2021-06-03"."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = str(value).strip()
    parts = text.split("-")
    try:
        if len(parts) == 1:
            return dt.date(int(parts[0]), 1, 1)
        if len(parts) == 2:
            return dt.date(int(parts[0]), int(parts[1]), 1)
        return dt.date.fromisoformat(text)
    except ValueError as exc:
        raise ValueError(f"bad date {value!r}") from exc


@dataclass(frozen=True)
class Role:
    """A dated office; `end` None means still in office."""

    role: str
    title: str | None = None
    organisation: str | None = None
    country: str | None = None
    start: dt.date | None = None
    end: dt.date | None = None

    def active(self, on: dt.date | None) -> bool:
        """In office on that day; with no day, in office now (no end)."""
        if on is None:
            return self.end is None
        return (self.start is None or self.start <= on) and (self.end is None or on <= self.end)

    def days_from(self, on: dt.date) -> int:
        """Days between that day and the term (0 within it; an open end runs to that day)."""
        if self.start is not None and on < self.start:
            return (self.start - on).days
        if self.end is not None and on > self.end:
            return (on - self.end).days
        return 0


@dataclass(frozen=True)
class FormerName:
    """A name a body went by until a day ("Foreign and Commonwealth Office" until the 2020 merger)."""

    name: str
    until: dt.date


@dataclass(frozen=True)
class Actor:
    """One registry record (the store reads these attributes as they are)."""

    slug: str
    name: str
    kind: str
    country: str | None = None
    wikidata: str | None = None
    parent: str | None = None
    aliases: tuple[str, ...] = ()
    roles: tuple[Role, ...] = ()
    slug_aliases: tuple[str, ...] = field(default=(), compare=False)
    former_names: tuple[FormerName, ...] = field(default=(), compare=False)  # by `until`, earliest first
    # a news outlet's home state (`based:`), whatever it speaks for: a bare "the Foreign Ministry" in
    # a national paper is most often its own state's, though the paper is no state's voice
    based: str | None = field(default=None, compare=False)

    def name_on(self, day: dt.date | None) -> str:
        """The name the body went by on that day: an article of 2011 quotes the "Foreign and
        Commonwealth Office", not the office it became; with no day, today's name."""
        if day is not None:
            for former in self.former_names:
                if day < former.until:
                    return former.name
        return self.name

    def resolved(self, known: bool = True) -> ResolvedActor:
        return ResolvedActor(slug=self.slug, name=self.name, kind=self.kind, country=self.country, known=known)  # type: ignore[arg-type]

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases, *(f.name for f in self.former_names if f.name not in self.aliases))


def _country(value: Any) -> str | None:
    """ISO code from YAML; an unquoted `NO` (Norway) arrives as False."""
    if value is False:
        return "NO"
    if value is None or value == "":
        return None
    return str(value).strip().upper()


def actor_from_dict(record: Any, where: str = "") -> Actor:
    """Validate one YAML record; RegistryError names the file and slug on a problem."""
    if not isinstance(record, dict):
        raise RegistryError(f"{where}: an actor must be a mapping, got {record!r}")
    slug = str(record.get("slug") or "").strip()
    ctx = f"{where}: {slug or record.get('name')!r}"
    if not slug or slug != kebab(slug):
        raise RegistryError(f"{ctx}: slug must be lowercase kebab-case ascii")
    name = str(record.get("name") or "").strip()
    if not name:
        raise RegistryError(f"{ctx}: missing name")
    kind = record.get("kind")
    if kind not in KINDS:
        raise RegistryError(f"{ctx}: kind {kind!r} is not one of {sorted(KINDS)}")
    country = _country(record.get("country"))
    based = _country(record.get("based"))
    for code in (country, based):
        if code is not None and (len(code) != 2 or not code.isalpha()):
            raise RegistryError(f"{ctx}: country {code!r} is not an ISO alpha-2 code")
    roles = []
    for r in record.get("roles") or []:
        if not isinstance(r, dict) or not r.get("role"):
            raise RegistryError(f"{ctx}: each role needs a role code")
        try:
            roles.append(
                Role(
                    role=str(r["role"]),
                    title=r.get("title"),
                    organisation=r.get("organisation") or None,
                    country=_country(r.get("country")),
                    start=_date(r.get("start")),
                    end=_date(r.get("end")),
                )
            )
        except ValueError as exc:
            raise RegistryError(f"{ctx}: {exc}") from None
    aliases = tuple(dict.fromkeys(str(a).strip() for a in (record.get("aliases") or []) if str(a).strip()))
    former = []
    for f in record.get("former_names") or []:
        if not isinstance(f, dict) or not str(f.get("name") or "").strip() or not f.get("until"):
            raise RegistryError(f"{ctx}: each former name needs a name and an until date")
        try:
            former.append(FormerName(name=str(f["name"]).strip(), until=_date(f["until"])))  # type: ignore[arg-type]
        except ValueError as exc:
            raise RegistryError(f"{ctx}: {exc}") from None
    return Actor(
        slug=slug,
        name=name,
        kind=kind,
        country=country,
        wikidata=record.get("wikidata") or None,
        parent=record.get("parent") or None,
        aliases=aliases,
        roles=tuple(roles),
        slug_aliases=tuple(record.get("slug_aliases") or ()),
        former_names=tuple(sorted(former, key=lambda f: f.until)),
        based=based,
    )


def institution_type(slug: str) -> str | None:
    """The institution type a slug's suffix gives ("russia-foreign-ministry" -> "foreign_ministry")."""
    for suffix, kind in INSTITUTION_SUFFIXES.items():
        if slug.endswith("-" + suffix):
            return kind
    return None


def institution_type_of(actor: Actor) -> str | None:
    """The type from the actor's slug, else from one of its other slugs."""
    return institution_type(actor.slug) or next(filter(None, map(institution_type, actor.slug_aliases)), None)
