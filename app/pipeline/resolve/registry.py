"""The actor registry's indexes: slug, alias, role, institution and parent lookups.

Why a separate, database-free registry: the extractor resolves thousands of
mentions per run and must stay pure, so every lookup that only depends on the
records (normalised alias -> actors, (state, institution type) -> institution,
role code -> dated holders) is built once here.  The store syncs the same
records into the database (`registry.actors`).  Lookups that depend on a
language (surnames, place words) are built by the resolver (`indexes.py`).

Role organisations and parents are rewritten to canonical slugs on load;
`<state>-government` means the state; `slug_aliases` are other slugs an actor
is known by in other files.
"""

from __future__ import annotations

import datetime as dt
import re
import warnings
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import replace

import yaml

from .normalize import kebab, norm
from .record import Actor, RegistryError, Role, actor_from_dict, institution_type_of

# libyaml's loader is ~20x faster than the pure-Python one on the ~1,200 actors.
YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _publisher_key(name: str) -> str:
    """A publisher's name as an alias key, without a closing note in brackets ("The Gleaner (Jamaica
    Gleaner)", "Downing Street Says (record of the lobby briefings)": the name before it)."""
    return norm(re.sub(r"\s*\([^)]*\)\s*$", "", name))


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
                    raise RegistryError(msg)
                warnings.warn(msg + " (later record ignored)", stacklevel=2)
                continue
            self._by_slug[a.slug] = a
        self._redirects = self._build_redirects()
        self._by_slug = {s: self._canonical_refs(a) for s, a in self._by_slug.items()}
        self.actors: tuple[Actor, ...] = tuple(self._by_slug.values())
        self._build_indexes()

    # construction -------------------------------------------------------
    @classmethod
    def from_dicts(cls, records: Iterable[dict], strict: bool = True, where: str = "records") -> Registry:
        return cls([actor_from_dict(r, where) for r in records], strict=strict)

    @classmethod
    def from_yaml(cls, text: str, strict: bool = True) -> Registry:
        return cls.from_dicts(yaml.load(text, Loader=YAML_LOADER) or [], strict=strict, where="yaml")

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
        self._state_by_code: dict[str, str] = {}
        self._inst: dict[tuple[str, str], str] = {}
        self._roles: dict[str, list[tuple[str, Role]]] = defaultdict(list)
        for a in self.actors:
            for n in a.names:
                key = norm(n)
                if key and a.slug not in alias[key]:
                    alias[key].append(a.slug)
            if a.kind == "person":
                for r in a.roles:
                    self._roles[r.role].append((a.slug, r))
            if a.kind == "state" and a.country and a.country not in self._state_by_code:
                self._state_by_code[a.country] = a.slug
        self._role_titles: dict[tuple[str, str], list[str]] = defaultdict(list)  # (state slug, role) -> titles
        for role_code, held in self._roles.items():
            for slug, r in held:
                state = self.role_state(slug, r) if r.title else None
                if state is not None:
                    self._role_titles[(state, role_code)].append(r.title)
        for a in self.actors:
            if a.kind != "institution":
                continue
            itype = institution_type_of(a)
            state = self.state_of(a)
            if itype and state:
                self._inst.setdefault((state.slug, itype), a.slug)
        self._children: dict[str, list[str]] = defaultdict(list)
        for a in self.actors:
            if a.parent:
                self._children[a.parent].append(a.slug)
        self._alias = {k: tuple(v) for k, v in alias.items()}
        # The roles of each post for each state (None: international), in `_roles`' order: `holders`
        # and `holders_ever` run for every dated title an article names ("the foreign minister"),
        # and working out the state of each of a post's hundreds of roles every time was most of it.
        self._roles_for: dict[tuple[str, str | None], list[tuple[str, Role]]] = defaultdict(list)
        for code, held in self._roles.items():
            for slug, role in held:
                self._roles_for[(code, self.role_state(slug, role))].append((slug, role))

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

    def outlet_home(self, name: str | None) -> str | None:
        """The home state of the national news outlet called `name` ("Arab News": SA, "Xinhua": CN), where
        the registry says it is `based`; None for an outlet it does not know or that has no one home (a
        wire service, a broadcaster to the world)."""
        if not name or not isinstance(name, str):
            return None
        homes = {a.based for a in self.by_alias(_publisher_key(name)) if a.kind == "media"}
        return homes.pop() if len(homes) == 1 else None

    def institution_home(self, name: str | None) -> str | None:
        """The state of a state's institution that a publisher's name opens with, in two words or
        more ("Downing Street Says", "White House Office of the Press Secretary"): a site that records a
        government's words is that government's, and a bare "the Prime Minister" on it is its own. The
        longest such opening counts; None for none (the caller weighs it below the name's own places)."""
        if not name or not isinstance(name, str):
            return None
        words = _publisher_key(name).split()
        for n in range(len(words), 1, -1):
            states = {a.country for a in self.by_alias(" ".join(words[:n])) if a.kind == "institution"}
            if states:
                return states.pop() if len(states) == 1 else None
        return None

    def is_outlet(self, name: str | None) -> bool:
        """Whether `name` names a news outlet the registry knows, alone or among others ("AFP/Reuters",
        "Reuters Staff", "AP (via Yahoo News)")."""
        if not name or not isinstance(name, str):
            return False
        parts = re.split(r"\s*(?:/|,|&|\band\b|\bvia\b|\(|\))\s*", name)
        keys = {norm(re.sub(r"\s+staff(?: writers?)?$", "", p, flags=re.I)) for p in parts if p.strip()}
        return any(a.kind == "media" for key in keys for a in self.by_alias(key))

    def state_for_code(self, code: str | None) -> Actor | None:
        return self._by_slug.get(self._state_by_code.get(code or "", ""))

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

    def role_titles(self, state_slug: str, role: str) -> list[str]:
        """The titles under which the registry's people held `role` for that state, in any year."""
        return self._role_titles.get((state_slug, role), [])

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
        for slug, role in self._roles_for.get((role_code, state_slug), ()):
            if role.active(on):
                found.append((role.start or dt.date.min, self._by_slug[slug]))
        found.sort(key=lambda p: p[0], reverse=True)
        return list(dict.fromkeys(a for _, a in found))

    def holders_ever(self, role_code: str, state_slug: str | None) -> list[Actor]:
        """Everyone who has held `role_code` for that state, at any time."""
        found = [self._by_slug[slug] for slug, _ in self._roles_for.get((role_code, state_slug), ())]
        return list(dict.fromkeys(found))

    def active_roles(self, actor: Actor, on: dt.date | None) -> list[Role]:
        """The actor's roles in force on that day (with no day: current ones)."""
        return [r for r in actor.roles if r.active(on)]

    def persons(self) -> list[Actor]:
        return [a for a in self.actors if a.kind == "person"]

    def states(self) -> list[Actor]:
        return [a for a in self.actors if a.kind == "state"]

    def role_records(self) -> Iterator[tuple[Actor, Role]]:
        for code in self._roles:
            for slug, role in self._roles[code]:
                yield self._by_slug[slug], role
