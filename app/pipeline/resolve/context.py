"""What a resolution rule works on: the mention being read and the article's context.

Why a base class apart from the resolver: the rules (`rules/`) need the
registry, the language pack's readers, the article's memory and a few shared
look-ups ("the person this name means", "the state this phrase names"), and
must be able to resolve a part of a mention again ("X, the Y": X).  They get
all of it from an `ArticleContext`; the resolver that runs the rules subclasses
it, so the rules never import the resolver.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from functools import cached_property
from typing import Protocol

from app.lang.resolve_schema import ResolveLexicon
from app.pipeline.types import ResolvedActor

from .cities import city_state
from .countries import Countries
from .fuzzy import PersonMatcher
from .indexes import Places, Surnames, TitleIndex
from .memory import Memory
from .mention import MentionReader, Parsed
from .normalize import kebab, norm, without_possessive
from .record import Actor, institution_type_of
from .registry import Registry
from .titles import TitleReader

KIND_ORDER = {"state": 0, "international_organisation": 1, "institution": 2, "media": 3, "group": 4, "person": 5}


class Parts(Protocol):
    """What an article context reads from its resolver (the `Resolver` has these)."""

    registry: Registry
    lexicon: ResolveLexicon
    countries: Countries
    titles: TitleReader
    places: Places
    surnames: Surnames
    matcher: PersonMatcher
    title_index: TitleIndex
    reader: MentionReader


class Mention:
    """One phrase under resolution, with its pieces worked out once, on demand."""

    def __init__(self, raw: str, reader: MentionReader):
        self.raw = raw
        self._reader = reader
        self.det, self.key = reader.strip_determiners(norm(raw))

    @cached_property
    def _name_prefix(self) -> tuple[str | None, str]:
        return self._reader.split_name(self.raw)

    @property
    def name(self) -> str | None:
        """The person's name at the end of the mention, if any ("Ararat Mirzoyan")."""
        return self._name_prefix[0]

    @property
    def prefix(self) -> str:
        """What stands before that name ("Armenian Foreign Minister")."""
        return self._name_prefix[1]

    @cached_property
    def parsed(self) -> Parsed:
        """The states, institutions and organisations the mention names."""
        return self._reader.parse(self.key, self.raw)


class ArticleContext:
    """One article's view of the resolver: registry, pack readers, memory, date."""

    def __init__(self, resolver: Parts, published: dt.date | None = None):
        self.resolver = resolver
        self.registry = resolver.registry
        self.reader = resolver.reader
        self.titles = resolver.titles
        self.places = resolver.places
        self.lexicon = resolver.lexicon
        self.published = published
        self.memory = Memory(
            resolver.lexicon.memory, resolver.lexicon.names.particles, resolver.lexicon.names.family_name_first
        )
        # The state the article places the mention in (its paragraph, dateline or main country),
        # set by the caller per mention (`set_home`); only speakers that name no country of their
        # own take it, so it is worked out on first use.
        self._home_source = None
        self._home_state: Actor | None = None
        self._home_read = False

    @property
    def home(self) -> Actor | None:
        if not self._home_read:
            self._home_read = True
            src = self._home_source
            code = src() if callable(src) else src
            self._home_state = self.registry.state_for_code(code) if code else None
        return self._home_state

    # re-entry (implemented by the resolver, which knows the rules) -------
    def resolve(self, mention: str | None) -> ResolvedActor | None:
        """A whole mention, remembered (used for the second party of a joint mention)."""
        raise NotImplementedError

    def phrase(self, raw: str) -> ResolvedActor | None:
        """One phrase through the phrase rules only ("X" of "X, the Y")."""
        raise NotImplementedError

    def mention(self, raw: str) -> Mention:
        return Mention(raw, self.reader)

    # shared look-ups ------------------------------------------------------
    def alias(self, key: str) -> ResolvedActor | None:
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
        chosen = self.choose(cands)
        return chosen.resolved() if chosen else None

    def choose(self, cands: tuple[Actor, ...] | list[Actor]) -> Actor | None:
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
        if not active:
            return self._nearest_in_time(cands)
        return None

    def _nearest_in_time(self, cands: tuple[Actor, ...] | list[Actor]) -> Actor | None:
        """Namesakes of one state none of whom held office on the article's date ("President
        Bush" in a story of 2000): the one whose term lies nearest that date (today's with no
        date); None when two are as near, or when they serve different states."""
        if len({a.country for a in cands}) != 1 or cands[0].country is None or not all(a.roles for a in cands):
            return None
        on = self.published or dt.date.today()
        if isinstance(on, dt.datetime):
            on = on.date()
        ranked = sorted((min(r.days_from(on) for r in a.roles), i) for i, a in enumerate(cands))
        if len(ranked) > 1 and ranked[0][0] == ranked[1][0]:
            return None
        return cands[ranked[0][1]]

    def person_by_name(self, name: str) -> ResolvedActor | None:
        """A person by name: met in this article, alias, unique surname, then fuzzy."""
        key = norm(name)
        if not key:
            return None
        met = self.memory.person(key)
        if met is not None:
            return met
        cands = [a for a in self.registry.by_alias(key) if a.kind == "person"]
        if not cands:
            cands = list(self.resolver.surnames.persons(key))
        if cands:
            chosen = self.choose(cands)
            return chosen.resolved() if chosen else None
        slug = self.resolver.matcher.match(key)
        found = self.registry.get(slug) if slug else None
        if found is None and (short := self._without_patronymics(key)):
            return self.person_by_name(short)  # "Majed bin Mohamed al-Ansari" is Majed al-Ansari
        return found.resolved() if found else None

    def _without_patronymics(self, key: str) -> str | None:
        """The (normalised) name without its links to fathers' names and the names they link ("majed
        bin mohamed al ansari" -> "majed al ansari"); None when it has none, or only a given name
        would be left."""
        links = self.lexicon.names.patronymic_links
        words, out, i = key.split(), [], 0
        while i < len(words):
            if words[i] in links and 0 < i < len(words) - 2:
                i += 2  # the link and the father's name; a family name must follow
                continue
            out.append(words[i])
            i += 1
        return " ".join(out) if len(out) >= 2 and len(out) < len(words) else None

    def name(self, name: str, prefix: str) -> ResolvedActor | None:
        """A person's name found after a title; None when it is not known."""
        name = surname_last(name, self.titles.title_words)
        key = norm(name)
        hits = [a for a in self.registry.by_alias(key) if a.kind != "person"]
        if hits and not prefix:
            return self.choose(hits).resolved()  # type: ignore[union-attr]
        found = self.person_by_name(name)
        regnal = set(norm(prefix).split()) & self.titles.regnal_titles
        if regnal and (found is None or (found.known and not self._held(found.slug, regnal))):
            ruler = self._ruler(key, regnal)
            if ruler is not None:
                return ruler.resolved()
            found = None if found is not None and found.known else found  # not Kuwait's Ahmad Abdullah
        words = set(norm(prefix).split())
        offices = words & self.titles.given_name_offices
        if offices and words & self.titles.given_name_honorifics:
            if found is None or (
                found.known and (not self._held(found.slug, offices) or not self._given_named(found.slug, key))
            ):
                holder = self._given_name_holder(key, offices, words & self.titles.given_name_honorifics)
                if holder is not None:  # "President Sheikh Mohamed": not Djibouti's premier Kamil Mohamed
                    return holder.resolved()
        if found is None and hits:
            return self.choose(hits).resolved()  # type: ignore[union-attr]
        if found is not None and prefix:
            state = self.first_state(norm(prefix))
            if state is not None and found.country and state.country and found.country != state.country:
                return None  # "Sudanese President Ali" is not Guyana's Ali
            if state is not None and not found.known and found.country is None:
                # met before without a country ("met Lisa Brown"), now with one: keep it
                found = replace(found, country=state.country)
        return found

    def _given_named(self, slug: str, key: str) -> bool:
        """One of the registry person's names starts with `key`: "Prince Faisal" is Faisal bin
        Farhan by his given name, not Saud al-Faisal by his father's."""
        record = self.registry.get(slug)
        return record is not None and _named_starting(record.names, key)

    def _held(self, slug: str, words: set[str]) -> bool:
        """The registry person held a title with one of these words, at any time."""
        record = self.registry.get(slug)
        return record is not None and any(words & set(norm(r.title or "").split()) for r in record.roles)

    def _ruler(self, key: str, words: set[str]) -> Actor | None:
        """ "King Abdullah": the registry person whose name starts with `key` and who held a title with
        one of `words` ("King of Jordan"), the one in office on the day when several did."""
        if not key:
            return None
        cands = [a for a in self.resolver.rulers if _named_starting(a.names, key) and self._held(a.slug, words)]
        return self.choose(cands) if cands else None

    def _given_name_holder(self, key: str, offices: set[str], honorifics: set[str]) -> Actor | None:
        """The registry person whose name starts with the given name `key` and who held one of
        `offices`; among several, those the registry also names with the honorific ("Sheikh Mohamed bin
        Zayed"), then those of the article's state, then the one in office on the day."""
        if not key:
            return None
        size = len(key.split())
        cands = [a for a in self.registry.persons() if _named_starting(a.names, key) and self._held(a.slug, offices)]
        styled = [
            a
            for a in cands
            if any(" ".join(norm(n).split()[1 : size + 1]) == key and norm(n).split()[0] in honorifics for n in a.names)
        ]
        cands = styled or cands
        if len(cands) > 1 and self.home is not None:
            cands = [a for a in cands if a.country == self.home.country] or cands
        return self.choose(cands) if cands else None

    def first_state(self, key: str, raw: str | None = None) -> Actor | None:
        """The first state a normalised phrase names (via a country word or a body of that state);
        a body name every state has ("foreign office") is the article's state's, when it gives one."""
        if not key:
            return None
        parsed = self.reader.parse(key, raw)  # with the mention as written, initials only in capitals
        subject = self.lexicon.institutions.subject_words
        for span in parsed.spans:
            st = self.registry.state_of(span.actor)
            if st is not None and span.end < len(parsed.tokens) and parsed.tokens[span.end] in subject:
                continue  # "taiwan affairs office": the place is what the body deals with
            if st is not None and self._posted_at(parsed.tokens, span.start):
                continue  # "ambassador to chad", "special envoy for yemen": where the post is held
            if st is not None:
                if (
                    span.via == "alias"
                    and self.home is not None
                    and self.titles.generic_bodies.match(" ".join(parsed.tokens[span.start : span.end]))
                ):
                    # "Foreign Office spokesperson X" in a story from Islamabad; the body met before first
                    body = " ".join(parsed.tokens[span.start : span.end])
                    return self._generic_body_met(body) or self.home
                return st
        return None

    def _posted_at(self, tokens: list[str], start: int) -> bool:
        """The place at `start` follows a post held abroad and its link ("envoy for the | yemen",
        "ambassador to | chad", "high commissioner in | india"), three words back at most."""
        titles = self.titles
        i = start - 1
        while i >= 0 and tokens[i] in titles.determiners:
            i -= 1
        if i < 1 or tokens[i] not in titles.posted_links:
            return False
        before = tokens[max(0, i - 3) : i]
        words = set(before) | {" ".join(before[k : k + 2]) for k in range(len(before) - 1)}
        return bool(words & titles.posted_titles)

    def home_for(self, title: str) -> Actor | None:
        """The article's state for an unplaced title that serves a state ("Environment Minister",
        "foreign ministry spokesperson", "Chairman of the Cabinet of Ministers"); None for a
        title of a court, an organisation or another's possession ("the court's president", "Musk's
        adviser"), except a possession by a state's own service ("the ministry's spokesperson", "an
        official in the prime minister's office"), which is the article's state's like the bare post."""
        if not title or (re.search(r"['’]s?\b", title) and not self._state_owned(title)):
            return None
        key = norm(title)
        words = set(self.titles.singular(key).split())
        # the words that may block, outside a minister's portfolio ("Secretary-General" keeps its hyphen)
        blocking = set(self.titles.outside_portfolio(self.titles.singular(key).split())) | set(
            self.titles.outside_portfolio([w.strip(",.;:()").lower() for w in title.split()])
        )
        blocking |= {run for w in blocking if "-" in w for run in _hyphen_runs(w)}  # "Under-Secretary-General"
        if not words & self.titles.person_heads or self.titles.serves_no_state(blocking):
            return None
        if self.reader.parse(key).spans:
            return None  # it names a place or a body of its own
        if words & self.titles.org_heads and self._own_body(self.titles.singular(key).split()):
            return None  # "director of Bluewave", "Ocean Watch chief": heads a body of its own
        home = self.home
        if home is not None and self._post_missing(key, home):
            return None  # "Prime Minister X" from Honolulu: the United States has no prime minister
        return home

    def _post_missing(self, key: str, state: Actor) -> bool:
        """The title is a post the state has not (`office_posts`): a prime minister in the United States
        or Mexico, a president in the United Kingdom or Japan; False where the registry cannot tell."""
        return any(
            re.search(rf"\b(?:{titles})\b", key, re.IGNORECASE) and self.has_post(state.slug, role, titles) is False
            for role, titles in self.lexicon.institutions.office_posts.values()
        )

    def has_post(self, state_slug: str, role: str, titles: str) -> bool | None:
        """Whether the state's holders of `role` held it under one of `titles` (a regex): Mexico's head of
        government is its president, so it has no prime minister. None when the registry knows no holder."""
        known = self.registry.role_titles(state_slug, role)
        return any(re.search(titles, t, re.IGNORECASE) for t in known) if known else None

    def _state_owned(self, title: str) -> bool:
        """Every possessor in the title is a post or body of a state's service with no place or name
        of its own: "the ministry's", "the prime minister's", "the government's"."""
        titles = self.titles
        service = titles.state_service | titles.person_heads | titles.determiners
        owners = re.findall(r"((?:[\w-]+\s+){0,3}[\w-]+)['’]s?\b", title)
        for owner in owners:
            words = norm(owner).split()
            run = len(words)
            while run and words[run - 1] in service:
                run -= 1  # "an official in the prime minister's": the possessor is the run before "'s"
            words = words[run:]
            if not words or titles.serves_no_state(set(words)):
                return False
        return bool(owners)

    def _own_body(self, tokens: list[str]) -> bool:
        """A head's title naming a body with no word of a state's service ("director of Bluewave"),
        not "army chief", "director of the National Maritime Council", "chief of the armed forces"."""
        titles = self.titles
        if set(tokens) & (titles.institution_heads | titles.home_markers | titles.state_service):
            return False
        skip = titles.title_words | titles.title_stopwords | titles.determiners
        rest = [t for t in tokens if t not in skip]
        return bool(rest) and titles.institution_kind(" ".join(rest)) is None

    def described_state(self, description: str, title: str | None = None) -> Actor | None:
        """The state a person's description gives: the one it names ("Kenya's envoy to Oslo"),
        else the article's for a title serving a state (`home_for`, on `title` when given).
        None for an expert's post at a research or teaching body ("director of the Asia Institute
        in Lisbon"): where the body sits is not whom the person speaks for."""
        key = norm(description)
        if self.titles.unaffiliated.search(key) or self._international_post(key):
            return None
        named = self.first_state(key) or self._served_state(key) or self._local_post_state(description)
        if named is None and self.titles.other_state.search(key):
            return None  # "the leader of a Pacific island nation": some state, not the article's
        return named or self._generic_body_met(key) or self.home_for(description if title is None else title)

    def _generic_body_met(self, key: str) -> Actor | None:
        """The state of a body every state has, met earlier in the article, that a person's title names
        ("The Foreign Office (FO) condemned …" from Islamabad, then "FO Spokesperson X" in a sentence
        about India; "the spokesman for the Ministry of Foreign Affairs, Ambassador X" after "the
        Egyptian foreign ministry said"): that body's state, before whatever state the sentence is about."""
        words = [w for w in key.split() if w not in self.titles.person_heads and w not in self.titles.spokes_words]
        while words and (words[0] in self.lexicon.mentions.connectors or words[0] in self.titles.determiners):
            words = words[1:]  # "the spokesman for the Ministry of Foreign Affairs": the body's words
        rest = " ".join(words)
        if not rest or not self.titles.generic_bodies.fullmatch(rest):
            return None
        kind = self.titles.institution_kind(rest)
        if kind is None or kind == "state":
            return None

        def of_kind(actor: ResolvedActor) -> bool:
            record = self.registry.get(actor.slug) if actor.known else None
            return (
                actor.kind == "institution"
                and record is not None
                and actor.country is not None
                and institution_type_of(record) == kind
            )

        body = self.memory.latest_body(of_kind)
        return self.registry.state_for_code(body.country) if body is not None else None

    def _local_post_state(self, description: str) -> Actor | None:
        """The state of a city's or region's post ("Odesa Oblast Governor", "Kharkiv Mayor"): a
        description made only of title words, a large city's name and the words of a local post
        (`titles.yaml` local_post_words); None for anything else, so a body or institute named after
        its city ("the Shanghai Cooperation Organisation") never places its officers."""
        words = [w.strip(",.;:()") for w in description.split()]
        titles = self.titles
        rest = [w for w in words if norm(w) not in titles.title_words | titles.local_post_words | titles.honorifics]
        if not rest or len(rest) > 3 or not all(w[:1].isupper() for w in rest):
            return None
        if not set(norm(w) for w in words) & titles.person_heads:
            return None
        code = city_state(" ".join(rest))
        return self.registry.state_for_code(code) if code else None

    def _international_post(self, key: str) -> bool:
        """The description is a post of an international body about states it names only after a
        topic word ("un special envoy on myanmar"); see `titles.yaml` international_post."""
        titles = self.titles
        parsed = self.reader.parse(key)
        body = bool(parsed.of_kind("international_organisation")) or (
            titles.international_post is not None and titles.international_post.search(key) is not None
        )
        states = parsed.of_kind("state")
        if not body:
            return False
        toks = parsed.tokens
        if not states:
            # "the UN Organization Stabilization Mission", "the Secretary-General's Special Envoy for the Great
            # Lakes region": a post an international body names, or the Secretary-General's envoy, over a
            # region no state's name covers; not "the Secretary-General of the Foreign Ministry", nor a
            # party's "secretary general" (the post itself, no envoy of it)
            envoy = titles.secretary_generals_envoy is not None and titles.secretary_generals_envoy.search(key)
            named = bool(parsed.of_kind("international_organisation")) or bool(envoy)
            return named and not set(toks) & titles.state_service
        return all(self._after_topic_link(toks, s.start) for s in states)

    def _after_topic_link(self, toks: list[str], start: int) -> bool:
        """A topic link ("on", "in") stands right before `start`, determiners passed over ("in the DRC")."""
        i = start - 1
        while i >= 0 and toks[i] in self.titles.determiners:
            i -= 1
        return i >= 0 and toks[i] in self.titles.post_topic_links

    def served_state(self, key: str) -> Actor | None:
        """The state of the known person a (normalised) description says the speaker serves."""
        return self._served_state(key)

    def _served_state(self, key: str) -> Actor | None:
        """The state of the known person an aide's description names ("adviser to ayatollah ali
        khamenei" -> Iran); None when it names no known person with a state."""
        served = self.titles.served.search(key) if self.titles.served is not None else None
        if served is None:
            return self._served_before(key) or self._leaders_administration(key)
        return self._state_of_person(served.group("whom").split()) or self._leaders_administration(key)

    def _leaders_administration(self, key: str) -> Actor | None:
        """ "the biden administration s special envoy for yemen": a post of a known leader's
        administration or government serves that leader's state; None when no known person with
        one state is named right before "administration" (`titles.yaml` leader_government_words)."""
        words = key.split()
        for i, word in enumerate(words):
            if word not in self.titles.leader_government_words or i == 0:
                continue
            for cut in range(max(0, i - 3), i):
                state = self._state_of_person(words[cut:i])
                if state is not None:
                    return state
        return None

    def _served_before(self, key: str) -> Actor | None:
        """ "president donald trump hostage envoy" (normalised "President Donald Trump's hostage
        envoy"): an aide title after a known person's name, up to two words between, is an aide of
        that person's state; None when no known person with one state stands there."""
        words = key.split()
        if not words or words[-1] not in self.lexicon.titles.aide_titles:
            return None
        for cut in range(len(words) - 1, max(0, len(words) - 4), -1):
            state = self._state_of_person(words[:cut])
            if state is not None:
                return state
        return None

    def _state_of_person(self, words: list[str]) -> Actor | None:
        """The state of the one known person these (normalised) words name, titles before the name
        dropped ("president ana lima"; "ayatollah …" is part of the name as known); None when they
        name no known person, or several of different states."""
        while len(words) > 1 and words[0] in self.titles.title_words | self.titles.honorifics:
            words = words[1:]
        people = [a for a in self.registry.by_alias(" ".join(words)) if a.kind == "person" and a.country]
        if len({a.country for a in people}) != 1:
            return None
        return self.registry.state_for_code(people[0].country)

    def institution_of(self, state: Actor, kind: str) -> ResolvedActor:
        """The state's institution of that type; a named stand-in for its foreign or defence
        ministry or its armed forces when the registry has none (the army is not the ministry);
        else the state."""
        inst = self.registry.institution(state.slug, kind)
        if inst is not None:
            return inst.resolved()
        broader = self.lexicon.institutions.broader.get(kind)
        if broader is not None:
            return self.institution_of(state, broader)  # no army listed: the armed forces
        generated = self.lexicon.institutions.generated
        if kind in generated:
            suffix, pattern = generated[kind]
            return ResolvedActor(
                slug=f"{state.slug}-{suffix}",
                name=pattern.format(self.resolver.countries.with_article(state.name)),
                kind="institution",
                country=state.country,
                known=False,
            )
        return state.resolved()

    def person_title(self, prefix: str) -> bool:
        """ "Kyrgyz President", "Foreign Minister": a prefix ending in a person's title; so is a
        title with its complement ("the representative of the United States", "Minister for
        Foreign Affairs")."""
        words = self.titles.singular(norm(prefix)).split()
        if not words:
            return False
        if words[-1] in self.titles.person_heads:
            return True
        links = self.titles.title_stopwords - self.titles.determiners - {"and"}
        return any(w in links and i and words[i - 1] in self.titles.person_heads for i, w in enumerate(words))

    def title_words(self, title: str) -> set[str]:
        """The title words of a phrase, spokesperson spellings made one."""
        spokes = self.titles.spokes_words
        return {spokes.get(t, t) for t in self.titles.singular(norm(title)).split() if t in self.titles.title_words}

    # unknown actors -------------------------------------------------------
    def unknown_person(self, name: str, state: Actor | None) -> ResolvedActor:
        name = surname_last(without_possessive(name.strip()), self.titles.title_words)
        return self.made(name, "person", state.country if state else None)

    def made(self, name: str, kind: str, country: str | None) -> ResolvedActor:
        """An actor not in the registry, with a slug that cannot clash with one that is."""
        slug = kebab(name) or "unknown"
        if slug in self.registry:
            slug = f"{slug}-{kind.replace('_', '-')}"
        return ResolvedActor(slug=slug, name=name, kind=kind, country=country, known=False)  # type: ignore[arg-type]


def _hyphen_runs(word: str) -> set[str]:
    """ "under-secretary-general" -> "under-secretary", "secretary-general", …: every run of its
    pieces, so a blocker written with a hyphen is found inside a longer hyphenated title."""
    parts = word.split("-")
    return {"-".join(parts[i:j]) for i in range(len(parts)) for j in range(i + 1, len(parts) + 1)}


def surname_last(name: str, titles: frozenset[str] | set[str] = frozenset()) -> str:
    """ "SATO Kenichi", "Emmanuel MACRON": a surname written in capitals beside a given name
    (as Japanese and French official texts print it) goes last, in the usual case: "Kenichi Sato".
    A name all in capitals, as UN press coverage prints a speaker ("VASSILY A NEBENZIA"), is put in
    the usual case where it stands ("Vassily A Nebenzia"); a middle initial is neither a surname nor
    a given name and stays where it is. A title in capitals ("MLA", "MP") is no surname."""
    words = name.split()
    if any(norm(w) in titles for w in words):
        return name
    if any(w[:1].islower() for w in words):
        return name
    if _initials_first(words):
        return name  # "AK Abdul Momen", "SM Krishna Rao": initials without dots, then the name
    core = [w for w in words if not _initial(w)]
    caps = [w for w in core if len(w) > 1 and w.isupper() and any(c.isalpha() for c in w)]
    if not caps:
        return name
    if len(caps) == len(core):
        return " ".join(w if _initial(w) else _usual_case(w) for w in words) if len(core) > 1 else name
    rest = [w for w in words if w not in caps]
    return " ".join(rest + [_usual_case(w) for w in caps])


_INITIALS_MAX = 3  # letters of initials written without dots before a name ("AK", "SMK")


def _initials_first(words: list[str]) -> bool:
    """A short word in capitals opening a name of two or more usual-case words: initials written
    without dots, as South Asian names often are ("AK Abdul Momen"), not a surname in capitals
    (those stand before one given name: "SATO Kenichi", "LI Qiang")."""
    if len(words) < 3 or not (words[0].isalpha() and words[0].isupper() and len(words[0]) <= _INITIALS_MAX):
        return False
    return all(w[:1].isupper() and not w.isupper() for w in words[1:])


def _initial(word: str) -> bool:
    """ "A.", "A", "C.R.", "A.K": letters standing for names, one each (never a surname)."""
    return re.fullmatch(r"(?:[^\W\d_]\.)*[^\W\d_]\.?", word) is not None


def _usual_case(word: str) -> str:
    """ "NEBENZIA" -> "Nebenzia", "AL-THANI" -> "Al-Thani", "O'NEILL" -> "O'Neill"."""
    return re.sub(r"(?<=[^\W\d_])[^\W\d_]+", lambda m: m.group(0).lower(), word)


def _named_starting(names, key: str) -> bool:
    """One of the names starts with the (normalised) words of `key`: "faisal" of "Faisal bin Farhan"."""
    size = len(key.split())
    return any(" ".join(norm(n).split()[:size]) == key for n in names)
