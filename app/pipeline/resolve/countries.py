"""Country names, demonyms, capitals and codes → ISO 3166-1 alpha-2.

`Countries.country_code(name)` answers for one name the caller already
isolated ("Armenian", "Moscow", "Türkiye", "USA", "RU").
`Countries.find_countries(text)` finds the countries named in running text
(the extractor's statement targets); it is stricter: case-sensitive proper
nouns only, plain ISO codes never ("IN", "IT" are words), and places in
`AMBIGUOUS_PLACES` (Brussels, Victoria...) skipped.

Why an object built once: the name index and the text pattern are large
(every name, capital and demonym of ~250 states); the caller builds them once
(the resolver does, `resolver.countries`) instead of a hidden module cache.
The static tables (`country_data.py`, pycountry) are read through plain
functions below (`short_name`, `names_of`...), which need no language pack;
the pack adds how names sit in text (blockers, "the Philippines").
"""

from __future__ import annotations

import re
from functools import cache

import pycountry

from app.lang.patterns import alternation
from app.lang.resolve_schema import CountryWords

from .country_data import (
    AMBIGUOUS_PLACES,
    CAPITALS,
    DEMONYMS,
    DROP_NAMES,
    EXTRA_NAMES,
    PROSE_ABBREVIATIONS,
    PROSE_CODES,
    SHORT_NAMES,
)
from .normalize import fold, norm

KOSOVO = "XK"


def short_name(code: str) -> str | None:
    """The canonical short name of a state ("KR" -> "South Korea")."""
    code = code.upper()
    if code in SHORT_NAMES:
        return SHORT_NAMES[code]
    c = pycountry.countries.get(alpha_2=code)
    return c.name if c else None


def all_codes() -> list[str]:
    """Every alpha-2 code we know: ISO 3166-1 plus XK (Kosovo)."""
    return [c.alpha_2 for c in pycountry.countries] + [KOSOVO]


def _usable(name: str) -> bool:
    return "(" not in name  # "Dominican (Dominica)" documents, never matches


def names_of(code: str) -> list[str]:
    """Every name of a state, canonical first: short, ISO, official, other names."""
    c = pycountry.countries.get(alpha_2=code)
    out = [short_name(code) or code]
    if c is not None:
        out += [c.name, getattr(c, "common_name", None), getattr(c, "official_name", None)]
    out += EXTRA_NAMES.get(code, [])
    seen: list[str] = []
    for n in out:
        if n and _usable(n) and n not in seen and n not in DROP_NAMES.get(code, ()):
            seen.append(n)
    return seen


@cache
def _names_with_and() -> frozenset[str]:
    """ "trinidad and tobago", "antigua and barbuda": the (normalised) state names that hold an "and"."""
    return frozenset(norm(n) for code in all_codes() for n in names_of(code) if " and " in n.lower())


NAME_WORDS_AROUND_AND = 3  # words of a state's name on either side of its "and" ("Saint Vincent and the Grenadines")


def and_inside_state_name(before: list[str], after: list[str]) -> bool:
    """The "and" between the words `before` and `after` belongs to a state's name ("Trinidad" and
    "Tobago's ambassador X"): a mention joining it names one party, not two."""
    names = _names_with_and()
    return any(
        norm(f"{' '.join(before[-i:])} and {' '.join(after[:j])}") in names
        for i in range(1, min(NAME_WORDS_AROUND_AND, len(before)) + 1)
        for j in range(1, min(NAME_WORDS_AROUND_AND, len(after)) + 1)
    )


def capitals_of(code: str) -> list[str]:
    return list(CAPITALS.get(code, []))


def demonyms_of(code: str) -> list[str]:
    return [d for d in DEMONYMS.get(code, []) if _usable(d)]


def _plural(demonym: str) -> str | None:
    """Russians, Israelis, Pakistanis; none for Chinese, Swiss, Dutch."""
    if demonym.endswith(("an", "i", "ean")) and " " not in demonym:
        return demonym + "s"
    return None


def _name_index() -> dict[str, str]:
    """norm(name) -> code.  Names beat capitals beat demonyms on a clash."""
    index: dict[str, str] = {}

    def add(name: str, code: str) -> None:
        key = norm(name)
        if key and key not in index:
            index[key] = code

    codes = all_codes()
    for code in codes:
        for n in names_of(code):
            add(n, code)
    for code in codes:
        for n in capitals_of(code):
            add(n, code)
    for code in codes:
        for d in demonyms_of(code):
            add(d, code)
            if p := _plural(d):
                add(p, code)
    for text, code in PROSE_CODES.items():
        add(text, code)
    return index


def _demonym_keys() -> frozenset[str]:
    """norm(demonym) for every state, plurals included: words that describe, never name."""
    out: set[str] = set()
    for code in all_codes():
        for d in demonyms_of(code):
            out.add(norm(d))
            if p := _plural(d):
                out.add(norm(p))
    names = {norm(n) for code in all_codes() for n in names_of(code) + capitals_of(code)}
    return frozenset(out - names)


def _one_slip(typed: str, name: str) -> bool:
    """`typed` is `name` with one letter dropped, one added or two neighbours swapped, inside the
    word ("Ethopia", "Quatar", "Britian"). A changed letter, or a slip at either end, is not one:
    those make other names ("Roland", "Olivia", "Hollande", "Giorgia" are people, not states)."""
    if typed == name or typed[0] != name[0] or typed[-1] != name[-1]:
        return False
    a, b = len(typed), len(name)
    if a == b:  # a swap of two neighbours
        diff = [i for i in range(a) if typed[i] != name[i]]
        return (
            len(diff) == 2
            and diff[1] == diff[0] + 1
            and typed[diff[0]] == name[diff[1]]
            and typed[diff[1]] == name[diff[0]]
        )
    short, long_ = (typed, name) if a < b else (name, typed)
    if len(long_) - len(short) != 1:
        return False
    return any(long_[:i] + long_[i + 1 :] == short for i in range(1, len(long_) - 1))


def _code_index() -> dict[str, str]:
    out = {c.alpha_2: c.alpha_2 for c in pycountry.countries}
    out.update({c.alpha_3: c.alpha_2 for c in pycountry.countries})
    out.update({KOSOVO: KOSOVO, "XKX": KOSOVO})
    return out


def _variants(name: str) -> set[str]:
    out = {name, fold(name)}
    for v in list(out):
        out.add(v.replace("'", "’"))
        out.add(v.replace("’", "'"))
        if v.startswith("The "):
            out.add("the " + v[4:])
    return out


class Countries:
    """The country tables plus the language pack's words, indexed once."""

    def __init__(self, words: CountryWords):
        self._words = words
        self.blocker_keys: frozenset[str] = frozenset(norm(b) for b in words.blockers)
        self.region_keys: frozenset[str] = frozenset(norm(r) for r in words.regions)
        self.name_index: dict[str, str] = _name_index()
        self._demonyms = _demonym_keys()
        self._codes = _code_index()
        self._pattern, self._surface = self._text_pattern()
        # One-word names and demonyms a misspelt word is checked against (`misspelt`).
        self._spellings: dict[str, list[str]] = {}
        for code in all_codes():
            for w in names_of(code) + demonyms_of(code):
                if w.isalpha() and w[0].isupper() and not w.isupper() and len(w) >= 5:
                    self._spellings.setdefault(w.lower()[0], []).append(w)

    def _text_pattern(self) -> tuple[re.Pattern[str], dict[str, str | None]]:
        surface: dict[str, str | None] = {}
        for code in all_codes():
            words = names_of(code) + capitals_of(code) + demonyms_of(code)
            words += [p for d in demonyms_of(code) if (p := _plural(d))]
            for w in words:
                if w in AMBIGUOUS_PLACES or (w.isupper() and len(w) <= 4 and w not in PROSE_CODES):
                    continue
                for v in _variants(w):
                    surface.setdefault(v, code)
        for text, code in PROSE_CODES.items():
            surface[text] = code
        for dotted, code in self._words.dotted.items():
            surface[dotted] = code
        for b in self._words.blockers:  # matched so the scan skips them, never reported
            surface[b] = None
        body = alternation(surface)  # the longest name that fits, as a trie (fast)
        # Dotted forms end in "." so the right boundary only forbids a letter.
        pattern = re.compile(rf"(?<![\w.])(?:{body})(?![^\W_])")
        return pattern, surface

    @staticmethod
    def short_name(code: str) -> str | None:
        """The canonical short name of a state ("KR" -> "South Korea")."""
        return short_name(code)

    def with_article(self, name: str) -> str:
        """ "the United States", "the Philippines", but "Russia": for "Government of X"."""
        if name.startswith(tuple(self._words.the_prefixes)) or name in self._words.with_the:
            return "the " + name
        return name

    def country_code(self, name: str | None) -> str | None:
        """ISO alpha-2 for a country name, short name, demonym, capital or code.

        Case-insensitive for names; codes must be written in capitals ("RU",
        "RUS"), since "in"/"it"/"am" are words."""
        if not name:
            return None
        raw = name.strip()
        if raw.isupper() and raw.isalpha() and len(raw) in (2, 3):
            if raw in PROSE_CODES:
                return PROSE_CODES[raw]
            if raw in self._codes and raw not in PROSE_ABBREVIATIONS:
                return self._codes[raw]
        return self.name_index.get(norm(raw))

    def misspelt(self, word: str) -> str | None:
        """The country name or demonym a capitalised word of at least six letters misspells by
        one slip inside it (`_one_slip`): "Ethopia" → "Ethiopia", "Quatar" → "Qatar"; None for a
        word that is a name already, or could be more than one."""
        if len(word) < 6 or not word.isalpha() or not word[0].isupper() or norm(word) in self.name_index:
            return None
        low = word.lower()
        hits = {w for w in self._spellings.get(low[0], ()) if _one_slip(low, w.lower())}
        return hits.pop() if len(hits) == 1 else None

    def is_country_word(self, key: str) -> bool:
        """True when an already-normalised string is a country name/demonym/capital."""
        return key in self.name_index

    def is_place_name(self, key: str) -> bool:
        """True when an already-normalised word names a country or a capital ("jordan", "douglas"),
        not when it only describes one ("jordanian"): only a name can also be a person's given name."""
        return key in self.name_index and key not in self._demonyms

    def find_countries(self, text: str) -> list[tuple[int, int, str]]:
        """(start, end, code) for each country name, demonym or capital in `text`,
        left to right, longest match first ("South Sudanese" is SS, not SD)."""
        if not text:
            return []
        out: list[tuple[int, int, str]] = []
        for m in self._pattern.finditer(text):
            word = m.group(0)
            code = self._surface.get(word)
            if code is None:
                continue
            if word[0].islower() and not word.startswith("the "):
                continue
            out.append((m.start(), m.end(), code))
        return out
