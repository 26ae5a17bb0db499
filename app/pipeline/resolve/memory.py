"""What one article has already named: the resolver's short-term memory.

Why: news introduce a person once in full ("Armenian Foreign Minister Ararat
Mirzoyan") and then write "Mirzoyan", "the minister" or even the given name
("Yemane"); bodies come back as "the ministry" or "the Commission".  The
article's own earlier mentions are the best evidence for these, better than
the registry (two registry people may share a surname, an unknown person is
not in the registry at all).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from rapidfuzz.distance import Levenshtein

from app.lang.resolve_schema import MemoryWords
from app.pipeline.types import ResolvedActor

from .indexes import name_keys
from .normalize import norm

# A bare surname this long or longer may be one letter off the spelling met before ("Sibiga" for
# "Sybiga"); shorter ones are too often other people ("Lee" and "Lei").
RESPELT_MIN_LENGTH = 5


@dataclass
class Met:
    actor: ResolvedActor
    surnames: set[str] = field(default_factory=set)  # "mirzoyan", "al burhan"
    tokens: set[str] = field(default_factory=set)  # every name token
    names: set[str] = field(default_factory=set)  # full normalised names
    roles: set[str] = field(default_factory=set)  # role codes in force
    title_words: set[str] = field(default_factory=set)  # "minister", "spokesperson"
    state: str | None = None  # state slug spoken for


class Memory:
    """Actors met so far in one article, most recent last.  `words` are the
    pack's back-reference heads ("the ministry"); `particles` the name
    particles kept with a surname."""

    def __init__(self, words: MemoryWords, particles: frozenset[str], family_first: tuple[str, ...] = ()) -> None:
        self._met: list[Met] = []
        self._back = words.back_references
        self._loose = words.loose
        self._role_nouns = words.role_nouns
        self._particles = particles
        self._family_first = frozenset(family_first)  # states whose names put the family name first

    def __len__(self) -> int:
        return len(self._met)

    def remember(
        self,
        actor: ResolvedActor,
        names: list[str],
        roles: set[str] | None = None,
        state: str | None = None,
        title_words: set[str] | None = None,
    ) -> None:
        entry = next((m for m in self._met if m.actor.slug == actor.slug), None)
        if entry is None:
            entry = Met(actor=actor)
        else:
            self._met.remove(entry)
            if actor.kind == "person" and entry.actor.kind != "person":
                entry.actor = actor  # the same name read first as a group's ("Song Tao"), now known a person's
        for n in names:
            key = norm(n)
            if not key:
                continue
            entry.names.add(key)
            entry.tokens |= {t for t in key.split() if t not in self._particles and len(t) >= 2}
            if actor.kind == "person":
                entry.surnames |= set(name_keys(n, self._particles)) or ({key} if " " not in key else set())
                if actor.country in self._family_first and " " in key:
                    entry.surnames.add(key.split()[0])  # "Kim Yo Jong": "Kim"
        entry.roles |= roles or set()
        entry.title_words |= title_words or set()
        entry.state = entry.state or state
        self._met.append(entry)

    def person(self, key: str) -> ResolvedActor | None:
        """The latest person met whose name fits `key` (surname first, then any
        name token, then a full name)."""
        people = [m for m in reversed(self._met) if m.actor.kind == "person"]
        for m in people:
            if key in m.names or key in m.surnames:
                return m.actor
        if " " not in key:
            for m in people:
                if key in m.tokens:
                    return m.actor
            return self._respelt_surname(key, people)
        else:
            toks = {t for t in key.split() if t not in self._particles}
            for m in people:
                if toks and toks <= m.tokens:
                    return m.actor
            # "Y. Hayashi", "Y.Hayashi" (as Mongolian outlets print names) after "Yoshimasa Hayashi":
            # the initials stand for the other name words met, each by its first letter
            initials = {t for t in toks if len(t) == 1}
            named = toks - initials
            for m in people if initials and named else ():
                others = m.tokens - named
                if named <= m.tokens and all(any(o.startswith(i) for o in others) for i in initials):
                    return m.actor
        return None

    @staticmethod
    def _respelt_surname(key: str, people: list[Met]) -> ResolvedActor | None:
        """One person met whose surname the bare `key` spells a letter apart ("Sibiga" after "Andriy
        Sybiga": one article, two transliterations); None for a short name or when two would fit."""
        if len(key) < RESPELT_MIN_LENGTH:
            return None
        fits = {
            m.actor.slug: m.actor
            for m in people
            for s in m.surnames
            if " " not in s and len(s) == len(key) and s[0] == key[0] and Levenshtein.distance(s, key) == 1
        }
        return next(iter(fits.values())) if len(fits) == 1 else None

    def place(self, actor: ResolvedActor) -> None:
        """The actor already met under this slug is `actor` from now on (the article placed it
        better than its first mention did: "The Russian delegation was headed by X")."""
        for m in self._met:
            if m.actor.slug == actor.slug:
                m.actor = actor

    def _people_under(self, key: str):
        """The people met under this surname (or full name), the latest first."""
        return (m for m in reversed(self._met) if m.actor.kind == "person" and (key in m.surnames or key in m.names))

    def person_by_surname(self, key: str) -> ResolvedActor | None:
        """Strict: only a remembered surname (or full name) counts."""
        return next((m.actor for m in self._people_under(key)), None)

    def namesakes(self, key: str) -> list[tuple[ResolvedActor, frozenset[str]]]:
        """Every person met under this surname (or full name), the latest first, with their full names."""
        return [(m.actor, frozenset(m.names)) for m in self._people_under(key)]

    def has(self, slug: str) -> bool:
        return any(m.actor.slug == slug for m in self._met)

    def with_role(self, role: str, state: str | None = None) -> ResolvedActor | None:
        for m in reversed(self._met):
            if role in m.roles and (state is None or m.state == state):
                return m.actor
        return None

    def latest_body(self, fits) -> ResolvedActor | None:
        """The latest body (not a person) met that `fits` (a predicate on the actor)."""
        return next((m.actor for m in reversed(self._met) if m.actor.kind != "person" and fits(m.actor)), None)

    def holders(self, role: str) -> list[tuple[ResolvedActor, str | None]]:
        """Every person met holding `role`, the latest first, with the slug of the state they hold it for."""
        return [(m.actor, m.state) for m in reversed(self._met) if role in m.roles]

    def with_title_words(self, words: set[str]) -> ResolvedActor | None:
        """The latest person introduced with all of these title words ("Secretary of State Gulshara
        Abdykalikova" for a later "the Secretary of State")."""
        return next((m.actor for m in reversed(self._met) if m.actor.kind == "person" and words <= m.title_words), None)

    def with_title_word(self, word: str, related: bool = True, country: str | None = None) -> ResolvedActor | None:
        """ "the minister": the latest person introduced with that title word; "the diplomat":
        or with a title word the pack's `role_nouns` let the noun stand for; "the Russian minister"
        (`country`): the latest such person of that state."""
        fits = {word, *(self._role_nouns.get(word, ()) if related else ())}
        for m in reversed(self._met):
            if m.actor.kind == "person" and fits & m.title_words and (country is None or m.actor.country == country):
                return m.actor
        return None

    def back_reference(self, words: list[str], children=None, top_level=None) -> ResolvedActor | None:
        """ "the ministry", "the foreign ministry", "the Commission", "the regional
        bloc": the latest fitting body, or a body of it (after "ECOWAS", "the
        Commission" is the ECOWAS Commission).  The head noun is the last word;
        for ministries and the like every other word must be in the body's name
        too ("the defence ministry" is not a foreign ministry); "the bloc" is
        an organisation itself, not one of its organs (`top_level`)."""
        head = words[-1] if words else ""
        kinds = self._back.get(head)
        if not kinds:
            return None
        loose = head in self._loose
        for m in reversed(self._met):
            if loose and not m.actor.known:
                continue  # "the alliance" is no body the article only described ("the 15-member body")
            if m.actor.kind in kinds and (loose or set(words) <= m.tokens):
                if not (loose and top_level and not top_level(m.actor)):
                    return m.actor
            for child in children(m.actor.slug) if children and m.actor.known else ():
                if child.kind in kinds and set(words) <= set(norm(child.name).split()):
                    return child
        return None
