"""Language-dependent lookups over the registry: surnames, place words, free titles.

Why apart from `Registry`: these keys depend on the language pack (which name
particles keep with a surname, which demonyms and capitals name a state, which
spellings of "spokesperson" are one word), while the registry's own indexes
depend on the records only.  The resolver builds them once, explicitly.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping

from .normalize import GENERATION_SUFFIXES, norm
from .record import Actor, Role
from .registry import Registry


def name_keys(name: str, particles: frozenset[str], double: bool = True) -> list[str]:
    """Surname keys of a person name: last token, and particle+last ("al burhan"); a generational
    suffix is no surname ("Teodoro Locsin Jr." is "Locsin"); with `double`, the last two words of a
    longer name too (a double surname)."""
    toks = norm(name).split()
    while len(toks) > 2 and toks[-1] in GENERATION_SUFFIXES:
        toks = toks[:-1]
    if len(toks) < 2:
        return []
    keys = [toks[-1]]
    i = len(toks) - 2
    while i >= 1 and toks[i] in particles:  # "al burhan"; "der bellen", "van der bellen"
        keys.append(" ".join(toks[i:]))
        i -= 1
    if double and len(toks) >= 3 and toks[-2] not in particles:  # a double surname: "grlic radman", "kayikwamba wagner"
        keys.append(" ".join(toks[-2:]))
    return keys


class Surnames:
    """Surname key -> registry persons ("lavrov", "al burhan")."""

    def __init__(self, registry: Registry, particles: frozenset[str]):
        self._registry = registry
        index: dict[str, list[str]] = defaultdict(list)
        for a in registry.persons():
            for n in a.names:
                # a double surname only from the person's own name ("Gordan Grlic Radman"): an alias's
                # last two words may be a father's and grandfather's names ("Abiy Ahmed Ali" is no "Ahmed Ali")
                for key in name_keys(n, particles, double=n == a.name):
                    if a.slug not in index[key]:
                        index[key].append(a.slug)
        self._index = {k: tuple(v) for k, v in index.items()}

    def persons(self, key: str) -> tuple[Actor, ...]:
        found = (self._registry.get(s) for s in self._index.get(key, ()))
        return tuple(a for a in found if a is not None)


class Places:
    """Normalised place word (state name, alias, country name, demonym, capital) -> state."""

    def __init__(self, registry: Registry, country_names: Mapping[str, str]):
        self._registry = registry
        index: dict[str, str] = {}
        for a in registry.states():
            for n in a.names:
                index.setdefault(norm(n), a.slug)
        for key, code in country_names.items():
            state = registry.state_for_code(code)
            if state is not None:
                index.setdefault(key, state.slug)
        self._index = index

    def state(self, key: str) -> Actor | None:
        """The state a normalised name, demonym or capital points to."""
        slug = self._index.get(key)
        return self._registry.get(slug) if slug else None


class TitleIndex:
    """(person, role, state slug, title tokens) for matching free titles ("Information Minister"), by state and by organisation."""

    def __init__(self, registry: Registry, spokes_words: Mapping[str, str]):
        # a free title is matched within one state or one organisation: the entries of each, in order
        self._by_state: dict[str | None, list[tuple[Actor, Role, str | None, frozenset[str]]]] = {}
        self._by_organisation: dict[str, list[tuple[Actor, Role, str | None, frozenset[str]]]] = {}
        for actor, role in registry.role_records():
            if role.title:
                toks = frozenset(spokes_words.get(t, t) for t in norm(role.title).split())
                entry = (actor, role, registry.role_state(actor.slug, role), toks)
                self._by_state.setdefault(entry[2], []).append(entry)
                if role.organisation is not None:
                    self._by_organisation.setdefault(role.organisation, []).append(entry)

    def held_in(
        self, state_slug: str | None, organisation_slug: str | None
    ) -> list[tuple[Actor, Role, str | None, frozenset[str]]]:
        """The entries of the organisation's roles when one is given, else of the state's."""
        if organisation_slug is not None:
            return self._by_organisation.get(organisation_slug, [])
        return self._by_state.get(state_slug, [])
