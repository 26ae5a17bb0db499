"""Reading a speaker mention: clean it, split a person's name from its title,
and find the countries, institutions and organisations it names.

Why here and not in the resolver: these are pure string operations over the
registry's indexes, tested on their own; the resolver only decides what the
pieces mean ("Chinese Foreign Ministry spokesperson Lin Jian" = title
"Chinese Foreign Ministry spokesperson" + name "Lin Jian").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from app.lang.resolve_schema import ResolveLexicon

from .countries import Countries, names_of
from .indexes import Places
from .normalize import DOTTED_INITIALS, norm, without_possessive
from .record import Actor
from .registry import Registry
from .titles import TitleReader

_EDGE = " \t\n\r,.;:!?\"“”«»„‘’'()[]{}-–—"
_SPAN_KINDS = ("state", "institution", "international_organisation", "media", "group")


def _upper_initial(word: str) -> bool:
    for ch in word:
        if ch.isalpha():
            return ch.isupper()
    return False


def _not_in_capitals(raw: str) -> frozenset[str]:
    """The normalised words a mention writes only in lower or mixed case ("Tao", not "TAO")."""
    words = [without_possessive(w.strip(_EDGE)) for w in raw.split()]  # "EU's" is in capitals
    capitals = {norm(w) for w in words if w.isupper()}
    return frozenset(norm(w) for w in words if w and not w.isupper()) - capitals


_SHORT_INITIALS = 3  # "Opec", "Nato", "Osce": longer initials are written in mixed case too (British style)


def _initials_of(actor: Actor, key: str) -> bool:
    """`key` is one of the actor's names only as short initials in capitals ("TAO" of the Taiwan Affairs
    Office), which a name's word in mixed case ("Song Tao") is not."""
    letters = [n.replace(".", "") for n in (actor.name, *actor.aliases) if norm(n) == key]
    return bool(letters) and all(n.isupper() and len(n) <= _SHORT_INITIALS for n in letters)


@dataclass
class Span:
    start: int
    end: int
    actor: Actor
    via: str  # "alias" or "place"


@dataclass
class Parsed:
    """What a title-like mention names once split into known pieces."""

    key: str
    tokens: list[str]
    trim: frozenset[str]  # connectors and determiners dropped from the ends of a remainder
    spans: list[Span] = field(default_factory=list)
    blocked: list[tuple[int, int]] = field(default_factory=list)  # "South American"

    def of_kind(self, *kinds: str) -> list[Span]:
        return [s for s in self.spans if s.actor.kind in kinds]

    def rest(self, drop: list[Span], drop_blocked: bool = False) -> str:
        """The mention without the given spans and dangling connectors."""
        gone = {i for s in drop for i in range(s.start, s.end)}
        if drop_blocked:
            gone |= {i for a, b in self.blocked for i in range(a, b)}
        toks = [t for i, t in enumerate(self.tokens) if i not in gone]
        while toks and toks[0] in self.trim:
            toks = toks[1:]
        while toks and toks[-1] in self.trim:
            toks = toks[:-1]
        return " ".join(t for t in toks if t not in {"the", "s"})


# Initials in brackets right after a body's capitalised name ("Forces for Defence of Democracy
# (FDD)"): the name's own short form, never a mention of its own (nor a namesake's initials).
_ACRONYM = re.compile(r"(?<=\b[A-Z][a-z])(?P<rest>[a-z]{2,}) \((?:[A-Z][A-Za-z]?){1,4}[A-Z]\)(?=\s|$)")
# The small words inside a body's capitalised name ("Forces for Defence of Democracy").
_NAME_LINKS = frozenset({"of", "for", "on"})

# A gloss in brackets inside a body's name, before its lower-case head: "the Umma (Nation) party".
_UNCLOSED = re.compile(r"\s+\([^()]*$")
_GLOSS = re.compile(r"(?<=\b[A-Z][a-z])(?P<rest>[a-z]+) \([A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2}\)(?= [a-z])")


class MentionReader:
    """String operations on mentions, over one registry and one language pack."""

    def __init__(
        self,
        registry: Registry,
        places: Places,
        countries: Countries,
        titles: TitleReader,
        lexicon: ResolveLexicon,
    ):
        self.registry = registry
        self.places = places
        self.countries = countries
        self.titles = titles
        words = lexicon.mentions
        self._leading = re.compile(words.leading)
        self._trim = words.connectors | titles.determiners
        self._particles = lexicon.names.particles
        self._glued = tuple(lexicon.names.glued_particles)
        self._namesake = words.state_namesake
        self._compass = words.compass
        self._relative = words.relative_words
        self._person_stops = titles.person_heads | titles.name_prefix_words  # "senators", "congressmen" stop too
        self._counts = words.count_words
        self._org_words = words.org_words
        self._person_heads = titles.person_heads
        self._title_words = titles.title_words
        self._weekdays = words.weekdays
        self._heritage = (
            re.compile(r"\b(?P<origin>[A-Z][\w'’]+)-(?=(?:" + "|".join(sorted(words.heritage_demonyms)) + r")\b)", re.I)
            if words.heritage_demonyms
            else None
        )
        self._relative_clause = (
            re.compile(
                r"(?:\s*,\s*|\s+)\b(?:" + "|".join(sorted(map(re.escape, words.relative_words))) + r")\b.*$",
                re.I | re.S,
            )
            if words.relative_words
            else None
        )
        self._participle = words.participle_endings
        self._place_links = words.place_links
        self._post_links = frozenset({"to", "in", "at", "for"})  # "Ambassador to", "Envoy in", "Envoy for"
        self._partitive = words.partitive_words
        self._complement_links = words.anonymous_links - words.place_links
        self._source_heads = words.anonymous_heads | titles.collective
        self._name_stops = (
            titles.title_words
            | words.org_words
            | titles.institution_heads
            | titles.collective
            | titles.post_fields
            | titles.name_prefix_words
        )

    def clean(self, mention: str | None) -> str:
        """Trim spaces, quotes and edge punctuation; drop "according to"."""
        if not mention:
            return ""
        text = " ".join(str(mention).split())
        text = text.replace("[", "").replace("]", "")  # "Russian President [Vladimir] Putin": an editor's insertion
        text = self._leading.sub("", text)
        text = _UNCLOSED.sub("", text)  # "the Ministry of Foreign Affairs (MoFA": a gloss the mention cut short
        text = _GLOSS.sub(
            r"\g<rest>", _ACRONYM.sub(r"\g<rest>", text)
        )  # "the Municipality Association (AKK) officials": the body's own initials
        if self._relative_clause is not None:
            cut = self._relative_clause.sub("", text)  # "farmers who lost their land": "farmers"
            text = cut if cut.strip(_EDGE) else text
        if self._heritage is not None:
            text = self._heritage.sub(self._without_heritage, text)  # "the Cuban-American senator": American
        return self._without_trailing_title(text.strip(_EDGE))

    def _without_trailing_title(self, text: str) -> str:
        """ "Sameh Shoukry Foreign Minister", "Tripoli Thursday": a title after a name of two capitalised
        words or more, or a weekday after anything, is no part of the mention the parse left it in (not
        "UN Secretary General", a title after a body)."""
        words = text.split()
        k = len(words)
        while k > 1 and norm(words[k - 1]) in self._weekdays:
            k -= 1
        if k < len(words):
            return " ".join(words[:k])  # "Tripoli Thursday"
        while k > 1 and norm(words[k - 1]) in self._title_words:
            k -= 1
        kept, cut = words[:k], [norm(w) for w in words[k:]]
        if k == len(words) or k < 2 or not all(self._name_word(w) for w in kept):
            return text
        if cut[-1] not in self._person_heads or (len(cut) == 1 and cut[0] not in self.titles.trailing_posts):
            return text  # "Mainland Affairs Council": a body; "Ahmed Al Amir": a family name that is also a title
        return " ".join(kept)

    def _name_word(self, word: str) -> bool:
        """A capitalised word that may be part of a person's name: no title, determiner or country word."""
        key = norm(word)
        return (
            word[:1].isupper()
            and key not in self._title_words
            and key not in self.titles.determiners
            and not self.countries.is_country_word(key)
        )

    def _without_heritage(self, found: re.Match[str]) -> str:
        """ "Cuban-" of "the Cuban-American secretary of state": dropped when it is a demonym before a
        person's description (a heritage, not a state served). Kept in a body's name ("the
        Ukrainian-Canadian Congress", "the Saudi-British Joint Business Council") and in a pair of
        states written short ("a joint US-British statement")."""
        origin = found.group("origin")
        if not origin[:1].isupper() or origin.isupper() or not self.countries.is_country_word(norm(origin)):
            return found.group(0)
        after = found.string[found.end() :].split()[1:]  # the words after "American"
        bodies = self.titles.institution_heads | self._org_words
        if not after or any(norm(w) in bodies for w in after):
            return found.group(0)
        follows = after[0]
        return "" if follows.islower() or norm(follows) in self._person_heads else found.group(0)

    def strip_determiners(self, key: str) -> tuple[str | None, str]:
        """("a", "state department spokesman") from "a state department spokesman"."""
        toks = key.split()
        first = None
        while toks and toks[0] in self.titles.determiners:
            first = first or toks[0]
            toks = toks[1:]
        return first, " ".join(toks)

    def is_honorific(self, word: str) -> bool:
        """ "Dr", "Prof.", "H.E.", "HE": a form of address ("he", "hh" only in capitals: "He" is the pronoun)."""
        key = norm(word)
        if key not in self.titles.honorifics:
            return False
        return " " in key or len(key) > 2 or word.replace(".", "").isupper() or key not in {"he", "hh"}

    def strip_honorifics(self, raw: str) -> str:
        """The mention without the forms of address that open it ("His Excellency Minister of State"
        is "Minister of State", "Prof Lima" is "Lima"); unchanged when nothing would be left."""
        toks = raw.split()
        i = 0
        while i < len(toks):
            for n in (3, 2, 1):
                if (
                    i + n < len(toks)
                    and norm(" ".join(toks[i : i + n])) in self.titles.honorifics
                    and (n > 1 or self.is_honorific(toks[i]))
                ):
                    i += n
                    break
            else:
                break
        return " ".join(toks[i:]) if i else raw

    def _modifier(self, word: str) -> bool:
        """A word that opens a relative clause or a participle phrase ("who", "based", "speaking")."""
        low = word.lower()
        return low in self._relative or (low.isalpha() and low == word and low.endswith(self._participle))

    def trim_source(self, raw: str) -> tuple[str, bool]:
        """An unnamed source's name: its head noun with adjectives and complement, without what
        follows it ("A diplomat based in Oslo, who asked not to be named" is "A diplomat"; "farmers
        of two valleys in Osh and in Batken" is "farmers of two valleys", while "a diplomat in Oslo"
        keeps its only place), and whether a place phrase was all that was dropped (it may still say
        whose the source is).
        The mention unchanged when it has no head of an unnamed source."""
        toks = raw.split()
        singular = self.titles.singular
        head = next(
            (i for i, t in enumerate(toks) if singular(norm(t)) in self._source_heads or norm(t) in self._source_heads),
            None,
        )
        if head is None:
            return raw, False
        cut, place_only = len(toks), False
        for j in range(head, len(toks)):
            word, low = toks[j], toks[j].lower()
            if j > head and low in self._relative:
                cut = j  # "… who asked not to be named"
                break
            if word.endswith(",") and j + 1 < len(toks) and self._modifier(toks[j + 1]):
                toks[j], cut = word.rstrip(","), j + 1  # "…, who asked …", "…, speaking on condition …"
                break
            if j == head:
                continue
            if (
                low in self._complement_links
                and j + 2 < len(toks)
                and toks[j + 1].lower() in self._partitive
                and toks[j + 2].lower() == "of"
            ):
                cut = j  # "… from one of the mediating states": some of a group, no one in particular
                break
            before = toks[j - 1].lower().strip(_EDGE)
            if self._modifier(word) and before not in self._trim:
                cut = j  # "… based in Oslo", "… speaking on condition of anonymity" (not "the mediating …")
                break
            complement = any(t.lower() in self._complement_links for t in toks[head + 1 : j])
            if complement and low in self._place_links and j + 1 < len(toks) and _upper_initial(toks[j + 1]):
                rest = norm(" ".join(toks[j + 1 :]))
                if set(rest.split()) & self.titles.institution_heads or any(
                    s.actor.kind != "state" for s in self.parse(rest).spans
                ):
                    continue  # "an official in Oslo's Foreign Ministry": a body, not a place
                cut, place_only = j, True  # "… in Tromsø and in northern Finland"
                break
        kept = " ".join(toks[:cut]).strip(_EDGE)
        if not kept or kept == raw.strip(_EDGE):
            return raw, False
        return kept, place_only

    def without_count(self, raw: str) -> str:
        """A group's mention without the count opening it ("Fourteen Palestinian factions", "12 rebel
        groups", "dozens of protesters"); unchanged when nothing but the count would be left, or when
        a capitalised name, not a demonym, follows the count ("Three Gorges Corporation")."""
        toks = raw.split()
        i = 0
        while i < len(toks) - 1 and (
            toks[i].replace(",", "").isdigit() or all(p in self._counts for p in toks[i].lower().split("-"))
        ):
            i += 1
        if i and i < len(toks) - 1 and toks[i].lower() == "of":
            i += 1  # "dozens of protesters"
        if not i or not (toks[i].islower() or self.countries.is_country_word(norm(toks[i]))):
            return raw  # "Three Gorges Corporation": a count in a body's own name
        return " ".join(toks[i:])

    def strip_determiners_raw(self, raw: str) -> str:
        toks = raw.split()
        while toks and (norm(toks[0]) in self.titles.determiners or norm(toks[0]) == ""):
            toks = toks[1:]
        return " ".join(toks)

    def _is_particle(self, word: str) -> bool:
        low = word.lower()
        return low in self._particles or low.startswith(self._glued)

    def _prefixed_name(self, word: str) -> bool:
        """ "al-Burhan", "el-Sisi": a particle glued to a capitalised name."""
        head, _, tail = word.partition("-")
        return head.lower() in self._particles and tail[:1].isupper()

    def _given_name(self, toks: list[str], at: int, name: list[str]) -> bool:
        """ "Jordan Bardella", "Chad Wolf", "Senator Georgia Smith": a country's or capital's name
        right before a name, opening the mention or right after a title, is the person's given
        name, not the place (a demonym never is: "Kenyan Ruto"; nor a possessive: "Chad's Deby")."""
        word = toks[at]
        if not name or word.endswith(("'s", "’s", "'", "’")) or not word[:1].isupper():
            return False
        if not self.countries.is_place_name(norm(word)):
            return False
        if len(name) > 2:
            return False
        if at == 0:
            # "Jordan Bardella", not "Armenia Edward Nalbandian" (a post's "… of Armenia" cut off before a full name)
            return len(name) == 1
        before = norm(toks[at - 1])
        if before == "of" and len(name) == 2 and all(len(norm(w)) > 1 for w in name) and self._state_name(word):
            # "Minister of Security of Argentina Patricia Bulrich": the post's state, then her name (a
            # capital's name may be a province's: "Premier of Victoria Jacinta Allan")
            return False
        return bool(before) and before.split()[-1] in self.titles.title_words

    def _state_name(self, word: str) -> bool:
        """The word is a state's own name ("Argentina", "Turkey"), not a capital's ("Victoria", "Kingston")."""
        state = self.places.state(norm(word))
        if state is None or not state.country:
            return False
        return norm(word) in {norm(n) for n in (state.name, *names_of(state.country))}

    def _place_surname(self, toks: list[str]) -> bool:
        """ "Ana Lima", "Tom Paris": a capital's or country's name right after a given name is the
        person's surname (not "Equatorial Guinea", "North Korea", "President of Chad")."""
        if len(toks) < 2 or not self.countries.is_place_name(norm(toks[-1])):
            return False
        before = toks[-2].strip(_EDGE)
        key = norm(before)
        if not _upper_initial(before) or not key or " " in key or self._is_particle(before):
            return False
        if key in self._name_stops or key in self._compass or self.countries.is_country_word(key):
            return False
        return not any(self._is_place(norm(" ".join(toks[-n:]))) for n in range(2, min(4, len(toks)) + 1))

    def _is_place(self, key: str) -> bool:
        """The whole (normalised) phrase names a state, a place of one, or a body."""
        if (
            self.places.state(key) is not None
            or self.countries.is_country_word(key)
            or key in self.countries.blocker_keys
            or key in self.countries.region_keys
        ):
            return True
        return any(a.kind != "person" for a in self.registry.by_alias(key))

    def ends_with_place(self, raw: str) -> bool:
        """True when the mention ends in a state, organisation or institution name
        ("Prime Minister of Saint Vincent and the Grenadines")."""
        toks = norm(raw).split()
        for n in range(1, min(7, len(toks)) + 1):
            tail = " ".join(toks[-n:])
            if self.places.state(tail) is not None or self.countries.is_country_word(tail):
                return True
            if any(a.kind != "person" for a in self.registry.by_alias(tail)):
                return True
        return False

    def split_name(self, raw: str) -> tuple[str | None, str]:
        """(name, title prefix): the capitalised tail of the mention that is a
        person's name, and what stands before it.  No name when the tail is a
        title, a country, an organisation or an organisation-like phrase."""
        registry = self.registry
        text = without_possessive(raw.strip())
        toks = text.split()
        for n in range(min(4, len(toks)), 1, -1):  # a known full name first: "Prime Minister Luís Montenegro"
            if any(a.kind == "person" for a in registry.by_alias(norm(" ".join(toks[-n:])))):
                return " ".join(toks[-n:]), " ".join(toks[:-n])
        if self.ends_with_place(text) and not self._place_surname(toks):
            return None, raw
        name: list[str] = []
        i = len(toks)
        while i > 0:
            word = toks[i - 1].strip(_EDGE)
            if not word or (name and word.endswith(("'s", "’s"))):
                break  # "Saudi Arabia's Khalid Salmanov": a possessive before the name is its owner, no part of it
            key = norm(word)
            if name and self._ends_known_body(toks[:i]):
                break  # "Secretary-General of the Arab League Ahmed Abou Gheit": the body's name ends here
            if name and self._is_particle(word):
                name.insert(0, word)
                i -= 1
                continue
            if (
                name
                and DOTTED_INITIALS.fullmatch(toks[i - 1])
                and not self.is_honorific(toks[i - 1])
                and (i == 1 or norm(toks[i - 2]) in self._title_words)
            ):
                name.insert(0, toks[i - 1])  # "Foreign Affairs Minister E.P. Chet Greene": his initials, no "EP" body
                i -= 1
                continue
            if not (_upper_initial(word) or self._prefixed_name(word)) or not key:
                break
            if not self._prefixed_name(word) and (
                any(p in self._name_stops for p in key.split()) or self.is_honorific(word)
            ):
                break  # "al-Sheikh", "al-Amir": a title glued to its particle is a family name
            if name and key.endswith("s") and key[:-1] in self._person_stops:
                break  # "US Senators Jeanne Shaheen": a title in the plural before a name
            if (
                self.countries.is_country_word(key)
                or self.places.state(key) is not None
                or self.titles.institution_kind(key)
            ):
                if self._given_name(toks, i - 1, name) or (not name and self._place_surname(toks[:i])):
                    name.insert(0, word)
                    i -= 1
                    continue
                break
            if any(a.kind != "person" for a in registry.by_alias(key)):
                break
            name.insert(0, word)
            i -= 1
            if sum(not self._is_particle(w) for w in name) > 5:  # "Ana bin Omar bin Ali Al Lima" is four words
                return None, raw
        if not name or not any(len(norm(w)) >= 2 for w in name):
            return None, raw
        if len(name) == 1 and i > 1 and toks[i - 1].lower() in _NAME_LINKS and _upper_initial(toks[i - 2]):
            return None, raw  # "Forces for Defence of Democracy": the last word of a body's name
        if len(name) == 1 and self._ends_body_name(toks[:i]):
            return None, raw  # "Institute of National Memory": the last word of a body's name
        if len(name) <= 2 and self._ends_portfolio(toks[:i], name[-1]):
            return None, raw  # "Minister of Information and National Orientation": a post, no one named
        if len(name) == 1 and i > 2 and toks[i - 1].lower() == "and" and _upper_initial(toks[i - 2]):
            body = [norm(t) for t in toks[: i - 1] if _upper_initial(t)]
            if any(t in self.titles.institution_heads for t in body):
                return None, raw  # "Ministry of Energy and Mines": the last word of a body's name
        cut = self.posted_place(toks[:i], name)
        if cut:  # "Ambassador to South Africa Ilya Petrov": the post's place is no part of the name
            i, name = i + cut, name[cut:]
        return " ".join(name), " ".join(toks[:i])

    def _ends_known_body(self, before: list[str]) -> bool:
        """The last two to four words of `before` are a name the registry knows for a body, an
        organisation or a state ("the Arab League", "Costa Rica"): no part of a person's name."""
        for n in (2, 3, 4):
            if len(before) < n:
                break
            key = norm(" ".join(before[-n:]))
            if key and any(a.kind != "person" for a in self.registry.by_alias(key)):
                return True
        return False

    def _ends_body_name(self, before: list[str]) -> bool:
        """The capitalised words before a one-word name run back through a link word to a body's
        head ("the Ukrainian Institute of National | Memory", "Council for Foreign | Relations"):
        the word is the end of the body's name, not a person."""
        linked = False
        for word in reversed(before):
            if word.lower() in _NAME_LINKS:
                linked = True
                continue
            if not _upper_initial(word):
                return False
            if linked and norm(word) in self.titles.institution_heads:
                return True
        return False

    def _ends_portfolio(self, before: list[str], word: str) -> bool:
        """A short name ending in a portfolio's noun ("Orientation", "Policy Communication") after
        capitalised words that run back through a link word to a person's title ("Minister of
        Information and National | Orientation", "Adviser to the President on Policy | Communication"):
        the post's own last word, not its holder's surname."""
        if not norm(word).endswith(self.titles.portfolio_endings):
            return False
        linked = False
        for w in reversed(before):
            key = norm(w)
            if key in self.titles.portfolio_links or key in self.titles.portfolio_joiners:
                linked = linked or key in self.titles.portfolio_links
                continue
            if not _upper_initial(w):
                return False
            if linked and key in self.titles.person_heads:
                return True
        return False

    def posted_place(self, before: list[str], name: list[str]) -> int:
        """How many words opening `name` are the place a post is held in, written between the
        post's link word and the holder's name ("Envoy to South Sudan Ana Lima", "Ambassador in
        Chad Tom Reis"): 0 when the word before them is no such link or they name no place, or
        when too little of a name would be left."""
        for back in (0, 1, 2):  # words of the place the name run did not take ("Horn of" Africa)
            link, started = before[: len(before) - back], before[len(before) - back :]
            if link and link[-1].lower() == "the":
                link = link[:-1]  # "Envoy for the Middle East Ana Lima"
            if not link or link[-1].lower() not in self._post_links:
                continue
            for n in (3, 2, 1):
                if len(name) - n >= 2 and self._is_place(norm(" ".join(started + name[:n]))):
                    return n
        return 0

    def parse(self, key: str, raw: str | None = None) -> Parsed:
        """Greedy leftmost-longest scan of a normalised mention for registry names
        (states, institutions, organisations) and place words (demonyms, capitals). With the mention as
        written (`raw`), a body's initials match only a word in capitals: "Song Tao" names no "TAO"."""
        key = self.titles.singular(key)
        lowered = _not_in_capitals(raw) if raw else frozenset()
        toks = key.split()
        out = Parsed(key=key, tokens=toks, trim=self._trim)
        i = 0
        blockers = self.countries.blocker_keys
        while i < len(toks):
            for j in range(min(len(toks), i + 8), i, -1):
                phrase = " ".join(toks[i:j])
                if phrase in blockers:  # "South American" is not the US
                    out.blocked.append((i, j))
                    i = j
                    break
                hit = next(
                    (
                        a
                        for a in self.registry.by_alias(phrase)
                        if a.kind in _SPAN_KINDS and not (phrase in lowered and _initials_of(a, phrase))
                    ),
                    None,
                )
                via = "alias"
                if hit is not None and hit.kind == "international_organisation" and i and toks[i - 1] in self._namesake:
                    hit = None  # "national security council": a state's body, not the UN's
                if hit is None:
                    hit, via = self.places.state(phrase), "place"
                if hit is not None:
                    out.spans.append(Span(i, j, hit, via))
                    i = j
                    break
            else:
                i += 1
        return out
