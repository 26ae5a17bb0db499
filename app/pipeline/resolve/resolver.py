"""Speaker mention → canonical actor, one article at a time.

Order of the rules (cheapest and surest first; fuzzy last):
1. clean; pronouns and empty mentions → None;
2. "X, the Y": the first part when it is a name;
3. the whole mention as a registry name or alias (normalised);
4. "Pashinyan's office", "the Trump administration";
5. a person's name after a title ("Foreign Minister Ararat Mirzoyan"):
   article memory, alias, unique surname, then fuzzy;
6. country + institution ("Russian MFA", "officials in Pristina");
7. titles by the article's date ("the US Secretary of State", "the UN
   chief"), else the holder's institution;
8. back-references ("the ministry") and joint mentions ("Georgetown and
   Caracas": the first party);
9. otherwise an unknown actor (known=False): person, institution or group,
   with the country its words give.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from functools import lru_cache

from app.pipeline.types import ResolvedActor

from . import titles
from .countries import with_article
from .memory import Memory
from .mention import Parsed, clean, parse, split_name, strip_determiners, strip_determiners_raw
from .normalize import kebab, norm
from .registry import Actor, Registry, institution_type, load_registry

KIND_ORDER = {"state": 0, "international_organisation": 1, "institution": 2, "media": 3, "group": 4, "person": 5}
_POSSESSIVE_OWNER = re.compile(
    r"^(?:the\s+)?(?P<owner>.+?)['’]s?\s+(?P<what>office|administration|government|cabinet|team|camp|"
    r"spokesperson|spokesman|spokeswoman|ministry|aides?)$",
    re.I,
)
_OWNER_ADMIN = re.compile(
    r"^(?:the\s+)?(?P<owner>[A-Z][\w'’.-]+(?:\s[A-Z][\w'’.-]+)?)\s+(?P<what>administration|government|cabinet)$"
)
_JOINT = re.compile(r"\s+(?:and|&)\s+")
# One unnamed person when indefinite: "a Chilean diplomat", "a senior official".
_ANONYMOUS_HEADS = frozenset({"official", "diplomat", "source", "negotiator", "aide", "adviser", "advisor", "insider"})
_FALLBACK_INSTITUTION = {
    "foreign_minister": "foreign_ministry",
    "foreign_ministry_spokesperson": "foreign_ministry",
    "defence_minister": "defence_ministry",
    "head_of_state": "presidency",
    "head_of_government": "pm_office",
    "presidential_spokesperson": "presidency",
}
_GENERATED = {
    "foreign_ministry": ("foreign-ministry", "Ministry of Foreign Affairs of {}"),
    "defence_ministry": ("defence-ministry", "Ministry of Defence of {}"),
}
# Title words to look for in role titles when no role record carries the code.
_CODE_TITLES = {
    "head_of_state": ("president", "king", "emir", "supreme leader"),
    "head_of_government": ("prime minister", "premier", "chancellor"),
    "foreign_minister": ("foreign minister", "minister of foreign affairs"),
    "defence_minister": ("defence minister", "minister of defence", "minister of defense"),
}
_SPOKES_WORDS = {"spokesman": "spokesperson", "spokeswoman": "spokesperson", "spokespeople": "spokesperson"}


class Resolver:
    """Resolves mentions against one registry; make one ArticleResolver per article."""

    def __init__(self, registry: Registry):
        self.registry = registry
        self._title_index: list[tuple[Actor, object, str | None, frozenset[str]]] | None = None

    def for_article(self, published: dt.date | None = None) -> ArticleResolver:
        return ArticleResolver(self, published)

    def resolve(self, mention: str, published: dt.date | None = None) -> ResolvedActor | None:
        """One mention with a fresh memory (convenience for single lookups)."""
        return self.for_article(published).resolve(mention)

    def title_index(self):
        """(person, role, state slug, title tokens) for matching free titles."""
        if self._title_index is None:
            out = []
            for actor, role in self.registry.role_records():
                if role.title:
                    toks = frozenset(_SPOKES_WORDS.get(t, t) for t in norm(role.title).split())
                    out.append((actor, role, self.registry.role_state(actor.slug, role), toks))
            self._title_index = out
        return self._title_index


class ArticleResolver:
    """Resolves the mentions of one article, in reading order, remembering the
    actors met so that "Lavrov said" finds the Lavrov introduced earlier."""

    def __init__(self, resolver: Resolver, published: dt.date | None = None):
        self.resolver = resolver
        self.registry = resolver.registry
        self.published = published
        self.memory = Memory()

    # public ---------------------------------------------------------------
    def resolve(self, mention: str | None) -> ResolvedActor | None:
        raw = clean(mention)
        if not raw or self._is_pronoun(raw):
            return None
        found = (
            self._anonymous(raw)
            or self._alias(strip_determiners(norm(raw))[1])
            or self._resolve_commas(raw)
            or self._joint_of_people(raw)
            or self._core(raw)
            or self._joint(raw)
            or self._unknown(raw)
        )
        if found is not None:
            self._remember(found, raw)
        return found

    # steps ----------------------------------------------------------------
    @staticmethod
    def _is_pronoun(raw: str) -> bool:
        low = raw.lower()
        return low in titles.PRONOUNS and not (raw.isupper() and len(raw) > 1)

    def _resolve_commas(self, raw: str) -> ResolvedActor | None:
        """ "Igad, the Intergovernmental Authority..." / "Juncker, the Commission's president"."""
        if "," not in raw and "(" not in raw:
            return None
        parts = [p.strip(" ()") for p in re.split(r"[,()]", raw) if p.strip(" ()")]
        if len(parts) < 2:
            return None
        first = parts[0]
        found = self._core(first)
        if found is not None:
            return found
        name, prefix = split_name(self.registry, first)
        if name and not prefix:
            state = self._first_state(norm(" ".join(parts[1:])))
            return self._unknown_person(name, state)
        return self._titled_apposition(first, parts[1:])

    def _titled_apposition(self, title: str, rest: list[str]) -> ResolvedActor | None:
        """ "Russia's Arctic envoy, Nikolai Korchunov": the name after the comma,
        with the country the title before it gives when the name is unknown."""
        for part in rest:
            name, prefix = split_name(self.registry, part)
            if name and not prefix:
                found = self._core(part)
                if found is not None:
                    return found
                return self._unknown_person(name, self._first_state(norm(title)))
        return None

    def _core(self, raw: str) -> ResolvedActor | None:
        det, key = strip_determiners(norm(raw))
        if not key:
            return None
        found = self._alias(key)
        if found is not None:
            return found
        media = titles.MEDIA_SUFFIX.sub("", key)
        media = titles.MEDIA_PREFIX.sub("", media)
        if media != key and media:
            found = self._alias(media)
            if found is not None:
                return found
        found = self._owner(raw)
        if found is not None:
            return found
        name, prefix = split_name(self.registry, raw)
        if name:
            return self._name(name, prefix)  # None: an unknown person, made later
        parsed = parse(self.registry, key)
        return (
            self._institution(parsed)
            or self._title(parsed, det)
            or (None if parsed.spans else self._back_reference(key))
        )

    def _alias(self, key: str) -> ResolvedActor | None:
        """The whole (normalised) mention as a name or alias; for one word, a
        person met in this article comes first ("Ali" after "Tariq Ali")."""
        if not key:
            return None
        cands = self.registry.by_alias(key)
        if " " not in key:
            met = self.memory.person(key)
            if met is not None and all(a.kind == "person" for a in cands):
                return met
            met = self.memory.person_by_surname(key)  # "Muscat" after "Joseph Muscat"
            if met is not None:
                return met
        if not cands:
            return None
        chosen = self._choose(cands)
        return chosen.resolved() if chosen else None

    def _choose(self, cands: tuple[Actor, ...] | list[Actor]) -> Actor | None:
        """One actor among several: non-persons by kind; persons met in this
        article, then persons in office on the article's date."""
        if len(cands) == 1:
            return cands[0]
        non_person = sorted((a for a in cands if a.kind != "person"), key=lambda a: KIND_ORDER[a.kind])
        if non_person:
            return non_person[0]
        met = [a for a in cands if self.memory.has(a.slug)]
        if len(met) == 1:
            return met[0]
        active = [a for a in cands if self.registry.active_roles(a, self.published)]
        if len(active) == 1:
            return active[0]
        return None

    def _owner(self, raw: str) -> ResolvedActor | None:
        """ "Pashinyan's office" → his office; "the Trump administration" → the US."""
        m = _POSSESSIVE_OWNER.match(raw) or _OWNER_ADMIN.match(raw)
        if not m or self.registry.place(norm(m.group("owner"))) is not None:
            return None  # "Montenegro's government" is the state's, whoever is surnamed Montenegro
        person = self._person_by_name(m.group("owner"))
        if person is None or person.kind != "person":
            return None
        actor = self.registry.get(person.slug)
        state = self.registry.state_of(actor) if actor else self.registry.state_for_code(person.country)
        what = m.group("what").lower()
        if what in ("office", "spokesperson", "spokesman", "spokeswoman", "aide", "aides", "team", "camp") and actor:
            for role in self.registry.active_roles(actor, self.published):
                itype = _FALLBACK_INSTITUTION.get(role.role)
                st = self.registry.get(self.registry.role_state(actor.slug, role) or "")
                inst = self.registry.institution(st.slug, itype) if (st and itype) else None
                if inst is not None:
                    return inst.resolved()
        return state.resolved() if state else None

    def _person_by_name(self, name: str) -> ResolvedActor | None:
        key = norm(name)
        if not key:
            return None
        met = self.memory.person(key)
        if met is not None:
            return met
        cands = [a for a in self.registry.by_alias(key) if a.kind == "person"]
        if not cands:
            cands = list(self.registry.by_surname(key))
        if cands:
            chosen = self._choose(cands)
            return chosen.resolved() if chosen else None
        slug = self.registry.matcher.match(key)
        return self.registry.get(slug).resolved() if slug else None

    def _name(self, name: str, prefix: str) -> ResolvedActor | None:
        """A person's name found after a title; None when it is not known."""
        key = norm(name)
        hits = [a for a in self.registry.by_alias(key) if a.kind != "person"]
        if hits and not prefix:
            return self._choose(hits).resolved()
        found = self._person_by_name(name)
        if found is None and hits:
            return self._choose(hits).resolved()
        if found is not None and prefix:
            state = self._first_state(norm(prefix))
            if state is not None and found.country and state.country and found.country != state.country:
                return None  # "Sudanese President Ali" is not Guyana's Ali
            if state is not None and not found.known and found.country is None:
                # met before without a country ("met Lisa Brown"), now with one: keep it
                found = replace(found, country=state.country)
        return found

    def _first_state(self, key: str) -> Actor | None:
        """The first state a normalised phrase names (via a country word or a body of that state)."""
        if not key:
            return None
        parsed = parse(self.registry, key)
        for span in parsed.spans:
            st = self.registry.state_of(span.actor)
            if st is not None:
                return st
        return None

    def _institution(self, parsed: Parsed) -> ResolvedActor | None:
        """Country + institution words: "Russian MFA", "Indian government"."""
        states = [s for s in parsed.spans if s.actor.kind == "state"]
        if len({s.actor.slug for s in states}) != 1:
            return None
        state = states[0].actor
        rest = " ".join(t for t in parsed.rest(states).split() if t not in titles.QUALIFIERS)
        if not rest:
            return state.resolved()
        kind = titles.institution_kind(rest)
        if kind is None:
            return None
        if kind == "state":
            return state.resolved()
        return self._institution_of(state, kind)

    def _institution_of(self, state: Actor, kind: str) -> ResolvedActor:
        inst = self.registry.institution(state.slug, kind)
        if inst is None and kind == "armed_forces":
            inst = self.registry.institution(state.slug, "defence_ministry")
        if inst is not None:
            return inst.resolved()
        if kind in _GENERATED:
            suffix, pattern = _GENERATED[kind]
            return ResolvedActor(
                slug=f"{state.slug}-{suffix}",
                name=pattern.format(with_article(state.name)),
                kind="institution",
                country=state.country,
                known=False,
            )
        return state.resolved()

    def _title(self, parsed: Parsed, det: str | None) -> ResolvedActor | None:
        """Titles and posts: "the US Secretary of State", "the UN chief"."""
        orgs = parsed.of_kind("international_organisation")
        states = parsed.of_kind("state")
        insts = parsed.of_kind("institution")
        indefinite = det in titles.INDEFINITE
        if orgs and not states:
            org = orgs[0].actor
            rest = parsed.rest(orgs)
            code = titles.org_role(org.slug, rest)
            if code:
                if indefinite:
                    return org.resolved()
                holder = self._holder(code, None)
                return holder or org.resolved()
            holder = self._by_title(rest, None, org.slug)
            if holder is not None and not indefinite:
                return holder
            return org.resolved() if titles.institution_kind(rest) in (None, "state") or not rest else None
        state = states[0].actor if states else None
        inst = insts[0].actor if insts else None
        context = None
        if inst is not None:
            inst_state = self.registry.state_of(inst)
            if state is None or inst_state is None or inst_state.slug == state.slug:
                state = state or inst_state
                context = institution_type(inst.slug) or next(
                    filter(None, map(institution_type, inst.slug_aliases)), None
                )
                if context is None and "presiden" in inst.slug:
                    context = "presidency"
        rest_all = parsed.rest(states)
        country = state.country if state else None
        code = titles.state_role(rest_all, country, context)
        if state is None and code:
            implied = titles.default_country(rest_all)
            state = self.registry.state_for_code(implied) if implied else None
        if code is None:
            if state is not None and not titles.blocked(rest_all):
                holder = self._by_title(parsed.rest(states + insts), state.slug, None)
                if holder is not None and not indefinite:
                    return holder
            if inst is not None and parsed.rest(insts + states) in ("", "officials", "official", "statement"):
                return inst.resolved()
            return None
        if state is None:
            return None if indefinite else self.memory.with_role(code)
        if not indefinite:
            holder = self._holder(code, state.slug)
            if holder is None and code in _CODE_TITLES:  # a role recorded as "other"
                holder = next(
                    filter(None, (self._by_title(t, state.slug, None, True) for t in _CODE_TITLES[code])), None
                )
            if holder is not None:
                return holder
        itype = _FALLBACK_INSTITUTION.get(code)
        if inst is not None and context == itype:
            return inst.resolved()
        if itype in ("foreign_ministry", "defence_ministry"):
            return self._institution_of(state, itype)
        found = self.registry.institution(state.slug, itype) if itype else None
        return (found or state).resolved()

    def _holder(self, code: str, state_slug: str | None) -> ResolvedActor | None:
        """The holder of a post on the article's date.  With no date the
        current holder is only a guess, so a past holder already named in this
        article ("Blinken ... the top U.S. diplomat") comes first."""
        if self.published is None:
            for a in self.registry.holders_ever(code, state_slug):
                if self.memory.has(a.slug):
                    return a.resolved()
        holders = self.registry.holders(code, state_slug, self.published)
        for a in holders:
            if self.memory.has(a.slug):
                return a.resolved()
        return holders[0].resolved() if holders else None

    def _by_title(
        self, rest: str, state_slug: str | None, org_slug: str | None, generic_ok: bool = False
    ) -> ResolvedActor | None:
        """A free title ("Information Minister") against the registry's role titles."""
        words = {_SPOKES_WORDS.get(t, t) for t in rest.split()} - {"of", "the", "for", "and"}
        if not words or (words <= titles.GENERIC_ONLY and not generic_ok):
            return None
        found = []
        for actor, role, st, toks in self.resolver.title_index():
            if org_slug is not None:
                if role.organisation != org_slug:
                    continue
            elif st != state_slug:
                continue
            if (
                words <= toks
                and role.active(self.published)
                and not (titles.blocked(" ".join(toks)) and not titles.blocked(rest))
            ):
                found.append(actor)
        found = list(dict.fromkeys(found))
        return found[0].resolved() if len(found) == 1 else None

    def _back_reference(self, key: str) -> ResolvedActor | None:
        """ "the ministry", "the Commission", "the minister", "the foreign minister"
        (mentions naming no place: those are read as titles of that place)."""
        toks = titles.singular(key).split()
        if not toks or len(toks) > 3 or titles.blocked(key):
            return None
        found = self.memory.back_reference(toks, self._children, self._top_level)
        if found is not None:
            return found
        code = titles.state_role(" ".join(toks), None, None)
        found = self.memory.with_role(code) if code else None
        if found is None and len(toks) == 1:
            found = self.memory.with_title_word(_SPOKES_WORDS.get(toks[0], toks[0]))
        return found

    def _children(self, slug: str) -> list[ResolvedActor]:
        return [a.resolved() for a in self.registry.children(slug)]

    def _top_level(self, actor: ResolvedActor) -> bool:
        record = self.registry.get(actor.slug) if actor.known else None
        return record is None or record.parent is None

    def _anonymous(self, raw: str) -> ResolvedActor | None:
        """ "a Chilean diplomat", "an Iraqi official familiar with the talks": one unnamed person,
        the source as named, with the country the article gives (not the state itself)."""
        det, key = strip_determiners(norm(raw))
        toks = key.split()
        head = next((i for i, t in enumerate(toks) if t in _ANONYMOUS_HEADS), None)
        if (
            det not in titles.INDEFINITE
            or head is None
            or "," in raw
            or (head < len(toks) - 1 and toks[head + 1] not in ("at", "in", "from", "with", "of"))
        ):
            return None
        state = self._first_state(key)
        if state is None:  # "a senior official at the Ministry of External Affairs"
            insts = parse(self.registry, key).of_kind("institution")
            state = self.registry.state_of(insts[0].actor) if insts else None
        return self._made(strip_determiners_raw(raw), "person", state.country if state else None)

    def _joint_of_people(self, raw: str) -> ResolvedActor | None:
        """ "Kyrgyz President Sadyr Japarov and his Tajik counterpart": split before reading titles,
        or the whole phrase reads as "Kyrgyz … counterpart", the state."""
        parts = _JOINT.split(raw, maxsplit=1)
        if len(parts) != 2:
            return None
        name, prefix = split_name(self.registry, parts[0])
        # Not "Trinidad and Tobago's …", "Ministry of Europe and Foreign Affairs": a titled or known person only.
        if name and (self._person_title(prefix) or (not prefix and self._person_by_name(name) is not None)):
            return self._joint(raw)
        return None

    @staticmethod
    def _person_title(prefix: str) -> bool:
        """ "Kyrgyz President", "Foreign Minister": a prefix ending in a person's title."""
        words = titles.singular(norm(prefix)).split()
        return bool(words) and words[-1] in titles.PERSON_HEADS

    def _joint(self, raw: str) -> ResolvedActor | None:
        """ "Georgetown and Caracas", "Armenian and Azerbaijani foreign ministers":
        the first-named party (the annotation guidelines' rule)."""
        parts = _JOINT.split(raw, maxsplit=1)
        if len(parts) != 2:
            return None
        first, second = parts
        if self.registry.place(norm(strip_determiners_raw(first))) is not None:
            tail = second.split()
            for n in (3, 2, 1):
                if len(tail) > n and self.registry.place(norm(" ".join(tail[:n]))) is not None:
                    combined = f"{first} {' '.join(tail[n:])}"
                    found = self._core(combined)
                    if found is not None:
                        return found
                    break
        found = self._core(first)
        name, prefix = split_name(self.registry, first)
        if found is None and name and self._person_title(prefix):
            found = self._unknown(first)  # "Kyrgyz President Sadyr Japarov and his Tajik counterpart …"
        if found is not None and found.kind == "person":
            # The article named the other party too: a later "Rahmon said" is resolved from it.
            self.resolve(second)
        return found

    # unknown actors -------------------------------------------------------
    def _unknown(self, raw: str) -> ResolvedActor | None:
        det, key = strip_determiners(norm(raw))
        toks = titles.singular(key).split()
        parsed = parse(self.registry, " ".join(toks))
        # "the two South American neighbours": place words do not make it specific
        placeless = (
            parsed.rest(parsed.spans, drop_blocked=True).split() if det in ("two", "three", "both", "all") else toks
        )
        if not toks or all(t in titles.GENERIC_ONLY or t in titles.DETERMINERS for t in placeless):
            return None
        if " ".join(toks) in titles.GENERIC_ONLY:
            return None
        name, prefix = split_name(self.registry, raw)
        text = strip_determiners_raw(raw)
        if name:
            state = self._first_state(norm(prefix)) if prefix else None
            if not prefix and name.isupper() and len(name) <= 6:
                return self._made(name, "group", None)
            if prefix and " " not in name and not set(norm(prefix).split()) & titles.TITLE_WORDS:
                # "Georgian Dream": a demonym and one word is a party or movement
                return self._made(text, "group", state.country if state else None)
            return self._unknown_person(name, state)
        if self._bare_title(toks):
            return None
        state = self._first_state(key)
        words = set(toks)
        if key.split()[-1] in titles.PERSON_HEADS:  # singular only: "diplomats" are a group
            kind = "person"  # "the Saudi crown prince", "Sudan's army chief"
        elif words & titles.INSTITUTION_HEADS and not words & {"group", "groups", "organisation", "organization"}:
            kind = "institution"
        else:
            kind = "group"
        return self._made(text, kind, state.country if state else None)

    def _bare_title(self, toks: list[str]) -> bool:
        """ "the spokesperson", "the foreign minister": a title with no one named."""
        parsed = parse(self.registry, " ".join(toks))
        if parsed.spans:
            return False
        return all(t in titles.TITLE_WORDS for t in toks)

    def _unknown_person(self, name: str, state: Actor | None) -> ResolvedActor:
        name = re.sub(r"['’]s$", "", name.strip())
        return self._made(name, "person", state.country if state else None)

    def _made(self, name: str, kind: str, country: str | None) -> ResolvedActor:
        slug = kebab(name) or "unknown"
        if slug in self.registry:
            slug = f"{slug}-{kind.replace('_', '-')}"
        return ResolvedActor(slug=slug, name=name, kind=kind, country=country, known=False)  # type: ignore[arg-type]

    # memory ---------------------------------------------------------------
    def _remember(self, actor: ResolvedActor, raw: str) -> None:
        record = self.registry.get(actor.slug) if actor.known else None
        names = list(record.names) if record else [actor.name]
        roles: set[str] = set()
        words: set[str] = set()
        state = None
        if actor.kind == "person":
            _, prefix = split_name(self.registry, raw)
            words |= self._title_words(prefix)
            if record is not None:
                for role in self.registry.active_roles(record, self.published):
                    roles.add(role.role)
                    words |= self._title_words(role.title or "")
                    state = state or self.registry.role_state(record.slug, role)
            elif prefix:
                st = self._first_state(norm(prefix))
                code = titles.state_role(titles.singular(norm(prefix)), st.country if st else None)
                if code:
                    roles.add(code)
                state = st.slug if st else None
        self.memory.remember(actor, names, roles, state, words)

    @staticmethod
    def _title_words(title: str) -> set[str]:
        return {_SPOKES_WORDS.get(t, t) for t in titles.singular(norm(title)).split() if t in titles.TITLE_WORDS}


@lru_cache(maxsize=1)
def default_resolver() -> Resolver:
    """The process-wide resolver over the project's registry (loaded once)."""
    return Resolver(load_registry())
