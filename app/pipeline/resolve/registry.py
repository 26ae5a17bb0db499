"""The actor registry: `seeds/actors/*.yaml` read into plain, indexed data.

Why a separate, database-free registry: the extractor resolves thousands of
mentions per run and must stay pure, so every lookup the resolver needs
(normalised alias -> actors, surname -> persons, (state, institution type) ->
institution, role code -> dated holders) is built once here.  The store syncs
the same records into the database (`registry.actors`).

File format: a YAML list of actors (slug, name, kind, country, wikidata,
parent, aliases, roles[role, title, organisation, country, start, end]).  One
optional extension: `slug_aliases`, other slugs an actor is known by in other
files (a role's `organisation: united-states-department-of-state` then points
at `united-states-foreign-ministry`).  Role organisations and parents are
rewritten to canonical slugs on load; `<state>-government` means the state.
"""

from __future__ import annotations

import datetime as dt
import os
import warnings
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path

import yaml

from app.pipeline.types import ResolvedActor

from . import countries
from .normalize import kebab, norm

# libyaml when the wheel has it: the registry loads several times faster.
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

# libyaml's loader is ~20x faster than the pure-Python one on the ~1,200 actors.
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

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
# Institution types, read from the slug convention `<state-slug>-<suffix>`.
INSTITUTION_SUFFIXES = {
    "foreign-ministry": "foreign_ministry",
    "defence-ministry": "defence_ministry",
    "presidency": "presidency",
    "prime-ministers-office": "pm_office",
    "cabinet": "cabinet",
    "armed-forces": "armed_forces",
}
# Name particles kept with the surname ("al-Burhan" is also "Burhan").
PARTICLES = frozenset(
    {"al", "el", "bin", "ibn", "abu", "de", "del", "da", "dos", "van", "von", "der", "di", "le", "la", "ould"}
)


def _date(value) -> dt.date | None:
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

    def resolved(self, known: bool = True) -> ResolvedActor:
        return ResolvedActor(slug=self.slug, name=self.name, kind=self.kind, country=self.country, known=known)  # type: ignore[arg-type]

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


def _country(value) -> str | None:
    """ISO code from YAML; an unquoted `NO` (Norway) arrives as False."""
    if value is False:
        return "NO"
    if value is None or value == "":
        return None
    return str(value).strip().upper()


def actor_from_dict(record: dict, where: str = "") -> Actor:
    """Validate one YAML record; ValueError names the file and slug on a problem."""
    if not isinstance(record, dict):
        raise ValueError(f"{where}: an actor must be a mapping, got {record!r}")
    slug = str(record.get("slug") or "").strip()
    ctx = f"{where}: {slug or record.get('name')!r}"
    if not slug or slug != kebab(slug):
        raise ValueError(f"{ctx}: slug must be lowercase kebab-case ascii")
    name = str(record.get("name") or "").strip()
    if not name:
        raise ValueError(f"{ctx}: missing name")
    kind = record.get("kind")
    if kind not in KINDS:
        raise ValueError(f"{ctx}: kind {kind!r} is not one of {sorted(KINDS)}")
    country = _country(record.get("country"))
    if country is not None:
        if len(country) != 2 or not country.isalpha():
            raise ValueError(f"{ctx}: country {country!r} is not an ISO alpha-2 code")
    roles = []
    for r in record.get("roles") or []:
        if not isinstance(r, dict) or not r.get("role"):
            raise ValueError(f"{ctx}: each role needs a role code")
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
            raise ValueError(f"{ctx}: {exc}") from exc
    aliases = tuple(dict.fromkeys(str(a).strip() for a in (record.get("aliases") or []) if str(a).strip()))
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
    )


def institution_type(slug: str) -> str | None:
    for suffix, kind in INSTITUTION_SUFFIXES.items():
        if slug.endswith("-" + suffix):
            return kind
    return None


def name_keys(name: str) -> list[str]:
    """Surname keys of a person name: last token, and particle+last ("al burhan")."""
    toks = norm(name).split()
    if len(toks) < 2:
        return []
    keys = [toks[-1]]
    i = len(toks) - 2
    while i >= 1 and toks[i] in PARTICLES:  # "al burhan"; "der bellen", "van der bellen"
        keys.append(" ".join(toks[i:]))
        i -= 1
    if len(toks) >= 3 and toks[-2] not in PARTICLES:  # a double surname: "grlic radman", "kayikwamba wagner"
        keys.append(" ".join(toks[-2:]))
    return keys


class Registry:
    """Indexed actors.  Build with `load_registry(dir)`, `Registry.from_dicts`
    or `Registry.from_yaml`; duplicates raise in strict mode, else warn and
    keep the first."""

    def __init__(self, actors: Iterable[Actor], strict: bool = True):
        self._by_slug: dict[str, Actor] = {}
        for a in actors:
            if a.slug in self._by_slug:
                msg = f"duplicate actor slug {a.slug!r}"
                if strict:
                    raise ValueError(msg)
                warnings.warn(msg + " (later record ignored)", stacklevel=2)
                continue
            self._by_slug[a.slug] = a
        self._redirects = self._build_redirects()
        self._by_slug = {s: self._canonical_refs(a) for s, a in self._by_slug.items()}
        self.actors: tuple[Actor, ...] = tuple(self._by_slug.values())
        self._build_indexes()
        self._matcher = None

    # construction -------------------------------------------------------
    @classmethod
    def from_dicts(cls, records: Iterable[dict], strict: bool = True, where: str = "records") -> Registry:
        return cls([actor_from_dict(r, where) for r in records], strict=strict)

    @classmethod
    def from_yaml(cls, text: str, strict: bool = True) -> Registry:
        return cls.from_dicts(yaml.load(text, Loader=_LOADER) or [], strict=strict, where="yaml")

    def _build_redirects(self) -> dict[str, str]:
        out: dict[str, str] = {}
        for a in self._by_slug.values():
            for extra in (kebab(a.name), *a.slug_aliases):
                if extra and extra not in self._by_slug:
                    out.setdefault(extra, a.slug)
        return out

    def canonical_slug(self, slug: str | None) -> str | None:
        """The registry slug a reference means, or None when nothing matches."""
        if not slug:
            return None
        if slug in self._by_slug:
            return slug
        if slug in self._redirects:
            return self._redirects[slug]
        if slug.endswith("-government") and slug[: -len("-government")] in self._by_slug:
            return slug[: -len("-government")]
        return None

    def _canonical_refs(self, a: Actor) -> Actor:
        parent = self.canonical_slug(a.parent) or a.parent
        roles = tuple(replace(r, organisation=self.canonical_slug(r.organisation) or r.organisation) for r in a.roles)
        return replace(a, parent=parent, roles=roles) if (parent != a.parent or roles != a.roles) else a

    def _build_indexes(self) -> None:
        alias: dict[str, list[str]] = defaultdict(list)
        surnames: dict[str, list[str]] = defaultdict(list)
        self._state_by_code: dict[str, str] = {}
        self._places: dict[str, str] = {}
        self._inst: dict[tuple[str, str], str] = {}
        self._roles: dict[str, list[tuple[str, Role]]] = defaultdict(list)
        for a in self.actors:
            for n in a.names:
                key = norm(n)
                if key and a.slug not in alias[key]:
                    alias[key].append(a.slug)
            if a.kind == "person":
                for n in a.names:
                    for key in name_keys(n):
                        if a.slug not in surnames[key]:
                            surnames[key].append(a.slug)
                for r in a.roles:
                    self._roles[r.role].append((a.slug, r))
            if a.kind == "state":
                if a.country and a.country not in self._state_by_code:
                    self._state_by_code[a.country] = a.slug
                for n in a.names:
                    self._places.setdefault(norm(n), a.slug)
        for key, code in countries.name_index().items():
            if code in self._state_by_code:
                self._places.setdefault(key, self._state_by_code[code])
        for a in self.actors:
            if a.kind != "institution":
                continue
            itype = institution_type(a.slug) or next(filter(None, map(institution_type, a.slug_aliases)), None)
            state = self.state_of(a)
            if itype and state:
                self._inst.setdefault((state.slug, itype), a.slug)
        self._children: dict[str, list[str]] = defaultdict(list)
        for a in self.actors:
            if a.parent:
                self._children[a.parent].append(a.slug)
        self._alias = {k: tuple(v) for k, v in alias.items()}
        self._surnames = {k: tuple(v) for k, v in surnames.items()}

    # lookups ------------------------------------------------------------
    def __len__(self) -> int:
        return len(self._by_slug)

    def __iter__(self) -> Iterator[Actor]:
        return iter(self.actors)

    def __contains__(self, slug: object) -> bool:
        return isinstance(slug, str) and self.canonical_slug(slug) is not None

    def get(self, slug: str | None) -> Actor | None:
        s = self.canonical_slug(slug)
        return self._by_slug.get(s) if s else None

    def by_alias(self, key: str) -> tuple[Actor, ...]:
        """Actors whose name or alias normalises to `key` (already normalised)."""
        return tuple(self._by_slug[s] for s in self._alias.get(key, ()))

    def has_alias(self, key: str) -> bool:
        return key in self._alias

    def by_surname(self, key: str) -> tuple[Actor, ...]:
        return tuple(self._by_slug[s] for s in self._surnames.get(key, ()))

    def state_for_code(self, code: str | None) -> Actor | None:
        return self._by_slug.get(self._state_by_code.get(code or "", ""))

    def place(self, key: str) -> Actor | None:
        """The state a normalised name, demonym or capital points to."""
        slug = self._places.get(key)
        return self._by_slug.get(slug) if slug else None

    def state_of(self, actor: Actor | None) -> Actor | None:
        """The state an actor belongs to: itself, its parent chain, else its country."""
        seen: set[str] = set()
        a = actor
        while a is not None and a.slug not in seen:
            if a.kind == "state":
                return a
            seen.add(a.slug)
            a = self.get(a.parent)
        return self.state_for_code(actor.country) if actor is not None else None

    def children(self, slug: str) -> list[Actor]:
        """Actors whose parent is `slug` (a ministry's state, a body's organisation)."""
        return [self._by_slug[s] for s in self._children.get(slug, ())]

    def institution(self, state_slug: str, itype: str) -> Actor | None:
        slug = self._inst.get((state_slug, itype))
        return self._by_slug.get(slug) if slug else None

    def role_state(self, slug: str, role: Role) -> str | None:
        """The state slug a role is held for (None for international posts)."""
        if role.country:
            st = self.state_for_code(role.country)
            return st.slug if st else None
        org = self.get(role.organisation)
        if org is not None:
            if org.kind == "international_organisation":
                return None
            st = self.state_of(org)
            return st.slug if st else None
        return None

    def holders(self, role_code: str, state_slug: str | None, on: dt.date | None) -> list[Actor]:
        """Persons holding `role_code` for that state (None: international post)
        on that day; with no day, the current holders.  Latest start first."""
        found: list[tuple[dt.date, Actor]] = []
        for slug, role in self._roles.get(role_code, ()):
            if self.role_state(slug, role) != state_slug:
                continue
            if role.active(on):
                found.append((role.start or dt.date.min, self._by_slug[slug]))
        found.sort(key=lambda p: p[0], reverse=True)
        return list(dict.fromkeys(a for _, a in found))

    def holders_ever(self, role_code: str, state_slug: str | None) -> list[Actor]:
        """Everyone who has held `role_code` for that state, at any time."""
        found = [
            self._by_slug[slug]
            for slug, role in self._roles.get(role_code, ())
            if self.role_state(slug, role) == state_slug
        ]
        return list(dict.fromkeys(found))

    def active_roles(self, actor: Actor, on: dt.date | None) -> list[Role]:
        """The actor's roles in force on that day (with no day: current ones)."""
        return [r for r in actor.roles if r.active(on)]

    def persons(self) -> list[Actor]:
        return [a for a in self.actors if a.kind == "person"]

    def role_records(self) -> Iterator[tuple[Actor, Role]]:
        for code in self._roles:
            for slug, role in self._roles[code]:
                yield self._by_slug[slug], role

    @property
    def matcher(self):
        """Fuzzy person matcher, built on first use."""
        if self._matcher is None:
            from .fuzzy import PersonMatcher

            self._matcher = PersonMatcher(self.persons())
        return self._matcher


def default_actors_dir() -> Path:
    """seeds/actors of the project, or TRACKER_SEEDS_DIR/actors."""
    if os.environ.get("TRACKER_SEEDS_DIR"):
        return Path(os.environ["TRACKER_SEEDS_DIR"]) / "actors"
    return Path(__file__).resolve().parents[3] / "seeds" / "actors"


def load_records(actors_dir: Path | str | None = None, exclude: Iterable[str] = ()) -> list[Actor]:
    """Every actor of every *.yaml in the folder (sorted by file name), validated."""
    folder = Path(actors_dir) if actors_dir is not None else default_actors_dir()
    if not folder.is_dir():
        raise ValueError(f"{folder}: no such folder")
    skip = set(exclude)
    out: list[Actor] = []
    for path in sorted(folder.glob("*.yaml")):
        if path.name in skip:
            continue
        try:
            data = yaml.load(path.read_text(encoding="utf-8"), Loader=_LOADER) or []
        except yaml.YAMLError as exc:
            raise ValueError(f"{path.name}: not valid YAML: {exc}") from exc
        if not isinstance(data, list):
            raise ValueError(f"{path.name}: expected a list of actors")
        out += [actor_from_dict(r, path.name) for r in data]
    return out


def load_registry(actors_dir: Path | str | None = None, strict: bool = False, extra: Iterable[dict] = ()) -> Registry:
    """The registry from a folder of YAML files (default: the project's seeds).

    Invalid records raise ValueError (file and slug named).  A slug defined
    twice raises with strict=True, else the first definition wins with a
    warning, so one helper's slip cannot take the whole registry down.
    `extra` adds records (dicts) after the files, e.g. in tests."""
    actors = load_records(actors_dir) + [actor_from_dict(r, "extra") for r in extra]
    return Registry(actors, strict=strict)
