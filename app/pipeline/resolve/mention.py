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

from . import countries, titles
from .normalize import norm
from .registry import PARTICLES, Actor, Registry

_EDGE = " \t\n\r,.;:!?\"“”«»„‘’'()[]{}-–—"
_LEADING = re.compile(r"^(?:according to|said|says|told)\s+", re.I)
_POSSESSIVE_END = re.compile(r"['’]s?$")
# Name words that are really organisation words ("International Cooperation").
ORG_WORDS = frozenset(
    {
        "international",
        "cooperation",
        "development",
        "united",
        "nations",
        "union",
        "european",
        "african",
        "support",
        "relations",
        "republic",
        "federation",
        "kingdom",
        "states",
        "islamic",
        "democratic",
        "people",
        "peoples",
        "popular",
        "liberation",
        "revolutionary",
        "socialist",
        "federal",
        "central",
        "organization",
        "organisation",
        "association",
        "foundation",
        "institute",
        "university",
        "news",
        "times",
        "post",
        "press",
        "radio",
        "tv",
        "network",
        "group",
        "company",
        "corporation",
        "inc",
        "ltd",
        "bank",
        "fund",
        "watch",
        "amnesty",
        "red",
        "cross",
        "crescent",
        "health",
        "ministry",
        "affairs",
    }
)
CONNECTORS = frozenset({"of", "in", "from", "for", "at", "to", "on", "and", "with", "by"})


def clean(mention: str | None) -> str:
    """Trim spaces, quotes and edge punctuation; drop "according to"."""
    if not mention:
        return ""
    text = " ".join(str(mention).split())
    text = _LEADING.sub("", text)
    return text.strip(_EDGE)


def strip_determiners(key: str) -> tuple[str | None, str]:
    """("a", "state department spokesman") from "a state department spokesman"."""
    toks = key.split()
    first = None
    while toks and toks[0] in titles.DETERMINERS:
        first = first or toks[0]
        toks = toks[1:]
    return first, " ".join(toks)


def strip_determiners_raw(raw: str) -> str:
    toks = raw.split()
    while toks and norm(toks[0]) in titles.DETERMINERS | {""}:
        toks = toks[1:]
    return " ".join(toks)


def _upper_initial(word: str) -> bool:
    for ch in word:
        if ch.isalpha():
            return ch.isupper()
    return False


def _is_particle(word: str) -> bool:
    low = word.lower()
    return low in PARTICLES or low.startswith(("al-", "el-", "bin-", "ibn-", "ould-"))


def _prefixed_name(word: str) -> bool:
    """ "al-Burhan", "el-Sisi": a particle glued to a capitalised name."""
    head, _, tail = word.partition("-")
    return head.lower() in PARTICLES and tail[:1].isupper()


def ends_with_place(registry: Registry, raw: str) -> bool:
    """True when the mention ends in a state, organisation or institution name
    ("Prime Minister of Saint Vincent and the Grenadines")."""
    toks = norm(raw).split()
    for n in range(1, min(7, len(toks)) + 1):
        tail = " ".join(toks[-n:])
        if registry.place(tail) is not None or countries.is_country_word(tail):
            return True
        if any(a.kind != "person" for a in registry.by_alias(tail)):
            return True
    return False


def split_name(registry: Registry, raw: str) -> tuple[str | None, str]:
    """(name, title prefix): the capitalised tail of the mention that is a
    person's name, and what stands before it.  No name when the tail is a
    title, a country, an organisation or an organisation-like phrase."""
    text = _POSSESSIVE_END.sub("", raw.strip()) if raw.strip().endswith(("'s", "’s")) else raw.strip()
    toks = text.split()
    for n in range(min(4, len(toks)), 1, -1):  # a known full name first: "Prime Minister Luís Montenegro"
        if any(a.kind == "person" for a in registry.by_alias(norm(" ".join(toks[-n:])))):
            return " ".join(toks[-n:]), " ".join(toks[:-n])
    if ends_with_place(registry, text):
        return None, raw
    name: list[str] = []
    i = len(toks)
    while i > 0:
        word = toks[i - 1].strip(_EDGE)
        if not word:
            break
        key = norm(word)
        if name and _is_particle(word):
            name.insert(0, word)
            i -= 1
            continue
        if not (_upper_initial(word) or _prefixed_name(word)) or not key:
            break
        parts = key.split()
        if any(
            p in titles.TITLE_WORDS or p in ORG_WORDS or p in titles.INSTITUTION_HEADS or p in titles.COLLECTIVE
            for p in parts
        ):
            break
        if countries.is_country_word(key) or registry.place(key) is not None or titles.institution_kind(key):
            break
        if any(a.kind != "person" for a in registry.by_alias(key)):
            break
        name.insert(0, word)
        i -= 1
        if len(name) > 5:
            return None, raw
    if not name or not any(len(norm(w)) >= 2 for w in name):
        return None, raw
    return " ".join(name), " ".join(toks[:i])


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
        while toks and toks[0] in CONNECTORS | titles.DETERMINERS:
            toks = toks[1:]
        while toks and toks[-1] in CONNECTORS | titles.DETERMINERS:
            toks = toks[:-1]
        return " ".join(t for t in toks if t not in {"the", "s"})


_SPAN_KINDS = ("state", "institution", "international_organisation", "media", "group")


def parse(registry: Registry, key: str) -> Parsed:
    """Greedy leftmost-longest scan of a normalised mention for registry names
    (states, institutions, organisations) and place words (demonyms, capitals)."""
    key = titles.singular(key)
    toks = key.split()
    out = Parsed(key=key, tokens=toks)
    i = 0
    blockers = countries.blocker_keys()
    while i < len(toks):
        for j in range(min(len(toks), i + 8), i, -1):
            phrase = " ".join(toks[i:j])
            if phrase in blockers:  # "South American" is not the US
                out.blocked.append((i, j))
                i = j
                break
            hit = next((a for a in registry.by_alias(phrase) if a.kind in _SPAN_KINDS), None)
            via = "alias"
            if hit is None:
                hit, via = registry.place(phrase), "place"
            if hit is not None:
                out.spans.append(Span(i, j, hit, via))
                i = j
                break
        else:
            i += 1
    return out
