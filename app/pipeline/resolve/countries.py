"""Country names, demonyms, capitals and codes → ISO 3166-1 alpha-2.

`country_code(name)` answers for one name the caller already isolated
("Armenian", "Moscow", "Türkiye", "USA", "RU").  `find_countries(text)` finds
the countries named in running text (the extractor's statement targets); it is
stricter: case-sensitive proper nouns only, plain ISO codes never ("IN", "IT"
are words), and places in `AMBIGUOUS_PLACES` (Brussels, Victoria...) skipped.
Tables live in `country_data.py`; pycountry adds formal names and codes.
"""

from __future__ import annotations

import re
from functools import lru_cache

import pycountry

from .country_data import (
    AMBIGUOUS_PLACES,
    CAPITALS,
    DEMONYMS,
    DROP_NAMES,
    EXTRA_NAMES,
    PROSE_CODES,
    SHORT_NAMES,
)
from .normalize import fold, norm

KOSOVO = "XK"

# Phrases that contain a country word but name something else; matched so the
# scan skips them, never reported.
_BLOCKERS = (
    "New Jersey",
    "New Mexico",
    "New Guinea",
    "Latin America",
    "Latin American",
    "South America",
    "South American",
    "North America",
    "North American",
    "Central America",
    "Central American",
    "Native American",
    "Indian Ocean",
    "Washington Post",
    "George Washington",
    "Gulf of Mexico",
    "New South Wales",
    "Georgia Tech",
    "Turkish Airlines",
    "Chinese Taipei",
    "American Airlines",
)


@lru_cache(maxsize=1)
def blocker_keys() -> frozenset[str]:
    """Normalised phrases that contain a country word but name no country."""
    return frozenset(norm(b) for b in _BLOCKERS)


def short_name(code: str) -> str | None:
    """The canonical short name of a state ("KR" -> "South Korea")."""
    code = code.upper()
    if code in SHORT_NAMES:
        return SHORT_NAMES[code]
    c = pycountry.countries.get(alpha_2=code)
    return c.name if c else None


_THE = frozenset(
    {
        "Philippines",
        "Netherlands",
        "Bahamas",
        "Gambia",
        "Maldives",
        "Comoros",
        "Seychelles",
        "Marshall Islands",
        "Solomon Islands",
        "Czech Republic",
        "Cayman Islands",
        "Falkland Islands",
        "Faroe Islands",
        "British Virgin Islands",
        "United States Virgin Islands",
        "Cook Islands",
        "Northern Mariana Islands",
        "Turks and Caicos Islands",
        "Cocos (Keeling) Islands",
        "Caribbean Netherlands",
        "Holy See",
        "Åland Islands",
    }
)


def with_article(name: str) -> str:
    """ "the United States", "the Philippines", but "Russia": for "Government of X"."""
    if (
        name.startswith(("United ", "Republic ", "Democratic ", "Central African", "Dominican Republic"))
        or name in _THE
    ):
        return "the " + name
    return name


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


def capitals_of(code: str) -> list[str]:
    return list(CAPITALS.get(code, []))


def demonyms_of(code: str) -> list[str]:
    return [d for d in DEMONYMS.get(code, []) if _usable(d)]


def _plural(demonym: str) -> str | None:
    """Russians, Israelis, Pakistanis; none for Chinese, Swiss, Dutch."""
    if demonym.endswith(("an", "i", "ean")) and " " not in demonym:
        return demonym + "s"
    return None


@lru_cache(maxsize=1)
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


@lru_cache(maxsize=1)
def _code_index() -> dict[str, str]:
    out = {c.alpha_2: c.alpha_2 for c in pycountry.countries}
    out.update({c.alpha_3: c.alpha_2 for c in pycountry.countries})
    out.update({KOSOVO: KOSOVO, "XKX": KOSOVO})
    return out


def country_code(name: str | None) -> str | None:
    """ISO alpha-2 for a country name, short name, demonym, capital or code.

    Case-insensitive for names; codes must be written in capitals ("RU",
    "RUS"), since "in"/"it"/"am" are words."""
    if not name:
        return None
    raw = name.strip()
    if raw.isupper() and raw.isalpha() and len(raw) in (2, 3):
        if raw in PROSE_CODES:
            return PROSE_CODES[raw]
        if raw in _code_index():
            return _code_index()[raw]
    return _name_index().get(norm(raw))


def is_country_word(key: str) -> bool:
    """True when an already-normalised string is a country name/demonym/capital."""
    return key in _name_index()


def name_index() -> dict[str, str]:
    """The normalised name -> code table (read-only use)."""
    return _name_index()


def _variants(name: str) -> set[str]:
    out = {name, fold(name)}
    for v in list(out):
        out.add(v.replace("'", "’"))
        out.add(v.replace("’", "'"))
        if v.startswith("The "):
            out.add("the " + v[4:])
    return out


@lru_cache(maxsize=1)
def _text_pattern() -> tuple[re.Pattern[str], dict[str, str | None]]:
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
    for dotted, code in (("U.S.", "US"), ("U.S.A.", "US"), ("U.K.", "GB")):
        surface[dotted] = code
    for b in _BLOCKERS:
        surface[b] = None
    alternatives = sorted(surface, key=len, reverse=True)
    body = "|".join(re.escape(a) for a in alternatives)
    # Dotted forms end in "." so the right boundary only forbids a letter.
    pattern = re.compile(rf"(?<![\w.])(?:{body})(?![^\W_])")
    return pattern, surface


def find_countries(text: str) -> list[tuple[int, int, str]]:
    """(start, end, code) for each country name, demonym or capital in `text`,
    left to right, longest match first ("South Sudanese" is SS, not SD)."""
    if not text:
        return []
    pattern, surface = _text_pattern()
    out: list[tuple[int, int, str]] = []
    for m in pattern.finditer(text):
        word = m.group(0)
        code = surface.get(word)
        if code is None:
            continue
        if word[0].islower() and not word.startswith("the "):
            continue
        out.append((m.start(), m.end(), code))
    return out
