"""The short forms an article defines for itself: "the Philippine Coast Guard (PCG)".

Why: news introduce a body once in full with its acronym in brackets and then write only the
acronym ("the PCG said", "CCG spokesperson Liu Dejun"). The full name tells whose body it is
(Philippine → PH, Royal Canadian → CA); the acronym alone tells nothing, or worse, is another
body's in the registry (a Pakistani "National Security Committee (NSC)" is not the US National
Security Council). So the article's own definition is read before any registry look-up.

A bracketed run of capitals counts as a definition only when its letters can be spelt from the
initials of the words before it (each capitalised word gives its first letter or a few more, a
small link word of the name's own — "of", "and" — may give its first letter or none):
"Economic Community of West African States (ECOWAS)" counts, "Lai said (AFP)" does not.
"""

from __future__ import annotations

import re
from functools import cache

from app.pipeline.resolve.normalize import without_possessive

# Words of a name before the bracket: capitalised words, hyphenated parts and the small links.
_WORD = re.compile(r"[A-Z][\w’'.-]*|[a-z]+")
_DEFINITION = re.compile(r"((?:\b[\w’'.-]+\s+){1,9}?)(?:the\s+)?(?:['’]s?\s*)?\(\s*([A-Z][A-Za-z&]{1,7})\s*\)")
_ACRONYM_WORD = re.compile(r"(?<!\()\b[A-Z][A-Za-z&]{1,7}\b(?!\))")  # not the definition's own "(PCG)"
# The bracket that closes every `_DEFINITION`, and how many runs of non-space characters before it the
# definition can reach back at most: nine words, "the" and a possessive ending are eleven (`_definitions`).
_BRACKET = re.compile(r"\(\s*[A-Z][A-Za-z&]{1,7}\s*\)")
_REACH = 16


def _reach_back(text: str, at: int) -> int:
    """Where the `_REACH`-th run of non-space characters before `at` starts (0 at the text's start)."""
    i = at
    for _ in range(_REACH):
        while i > 0 and text[i - 1].isspace():
            i -= 1
        while i > 0 and not text[i - 1].isspace():
            i -= 1
        if i == 0:
            break
    return i


def _definitions(text: str):
    """`_DEFINITION.finditer(text)`, the same matches, found without trying the pattern at every word
    of the text (which was most of an article's acronym time): a definition ends at a bracketed
    acronym (`_BRACKET`), and its words before the bracket hold no "(" of their own, so each bracket's
    definition, if any, starts within `_REACH` runs before it and after the previous definition,
    and is searched for there only, ending at the bracket's end."""
    pos = 0
    for bracket in _BRACKET.finditer(text):
        if bracket.start() < pos:
            continue
        m = _DEFINITION.search(text, max(pos, _reach_back(text, bracket.start())), bracket.end())
        if m is not None:
            yield m
            pos = m.end()


def _spelt_by(letters: str, words: list[str], links: frozenset[str]) -> bool:
    """True when `letters` (upper case) are the words' initials in order, every capitalised word
    giving its first letter and maybe a few more of its start ("Co" of "Community" in "ECOWAS"),
    every link word its first letter or nothing."""

    @cache
    def fits(i: int, j: int) -> bool:
        if j == len(words):
            return i == len(letters)
        word = words[j]
        if word.lower() in links:
            return fits(i, j + 1) or (i < len(letters) and letters[i] == word[0].upper() and fits(i + 1, j + 1))
        if i >= len(letters) or letters[i] != word[0].upper():
            return False
        upper = word.upper()
        k = 1
        while True:
            if fits(i + k, j + 1):
                return True
            if k >= 3 or i + k >= len(letters) or k >= len(upper) or letters[i + k] != upper[k]:
                return False
            k += 1

    return fits(0, 0)


def defined_acronyms(text: str, links: frozenset[str], where: dict[str, int] | None = None) -> dict[str, str]:
    """Acronym → the full name the article defined it with, first definition winning ("PCG" →
    "Philippine Coast Guard"). `links` are the small words a name may hold ("of", "and");
    `where`, when given, is filled with the offset each definition's full name starts at."""
    found: dict[str, str] = {}
    for m in _definitions(text):
        acronym = m.group(2)
        letters = acronym.upper().replace("&", "")
        if acronym in found or sum(c.isupper() for c in acronym) < 2:
            continue
        spans = list(_WORD.finditer(m.group(1)))
        words = [without_possessive(w.group(0)) for w in spans]  # "Iran's" spells with its I
        # the shortest run of trailing words that spells the acronym and starts capitalised, as written
        for start in range(len(words) - 1, -1, -1):
            run = words[start:]
            if run[0][:1].isupper() and _spelt_by(letters, run, links):
                written = m.group(1)[spans[start].start() : spans[-1].end()]
                found[acronym] = without_possessive(written)  # "the Coast Guard's (CG) ship"
                if where is not None:
                    where[acronym] = m.start(1) + spans[start].start()
                break
    return found


def expand(mention: str, acronyms: dict[str, str]) -> str | None:
    """The mention with each acronym the article defined written in full ("The PCG" → "The
    Philippine Coast Guard"); None when it holds none."""
    if not acronyms:
        return None
    changed = False

    def full(m: re.Match[str]) -> str:
        nonlocal changed
        name = acronyms.get(m.group(0))
        if name is None:
            return m.group(0)
        changed = True
        return name

    out = _ACRONYM_WORD.sub(full, mention)
    if changed and re.match(r"(?i)the\s+\S+['’]s\s", out):
        out = out.split(None, 1)[1]  # "The Iran's Revolutionary Guards Corps": the possessive is determiner enough
    return out if changed else None
