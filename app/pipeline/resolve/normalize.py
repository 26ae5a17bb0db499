"""Text normalisation shared by every lookup in the resolve stage.

Why one function: aliases are indexed and mentions are looked up through the
same `norm`, so "the U.S.", "US", "United States" and "the United States'"
meet on one key, and "Çavuşoğlu"/"Cavusoglu" or "Vučić"/"Vucic" fold together.
It follows the scorer's folding (accents, case, punctuation, leading "the")
and adds what news text needs on top: possessives and dotted acronyms.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Letters NFKD does not decompose into a base letter plus an accent.
_FOLD = str.maketrans(
    {
        "ı": "i",
        "ø": "o",
        "Ø": "O",
        "æ": "ae",
        "Æ": "AE",
        "ß": "ss",
        "đ": "d",
        "Đ": "D",
        "ł": "l",
        "Ł": "L",
        "œ": "oe",
        "Œ": "OE",
        "ð": "d",
        "þ": "th",
        "’": "'",
        "‘": "'",
        "ʼ": "'",
        "`": "'",
        "´": "'",
        "ʻ": "'",
        "‐": "-",
        "‑": "-",
        "–": "-",
        "—": "-",
    }
)
_DOTTED = re.compile(r"\b[A-Za-z](?:\.[A-Za-z])+\.?(?!\w)")  # U.S.  U.N.  E.U.  U.S.A.  "U.S" (cut)
# Written in capitals these are the country, in lower case "us" is a pronoun,
# so they are expanded before case folding.
_CODES = ((re.compile(r"\bUS(?:A)?\b"), "United States"), (re.compile(r"\bUK\b"), "United Kingdom"))
_POSSESSIVE = re.compile(r"(\w)'s\b")
_PLURAL_POSSESSIVE = re.compile(r"(\w)s'(?=\s|$|[^\w])")
_POSSESSIVE_END = re.compile(r"['’]s$")
_NON_WORD = re.compile(r"[^\w\s]|_")
# A generational suffix closing a person's name is written several ways ("Teodoro Locsin Jr.",
# "Locsin Jnr", "Locsin Junior"): they meet on one key.
_GENERATION = {"jnr": "jr", "junior": "jr", "snr": "sr", "senior": "sr"}
# "E.P.", "J.": a name's initials, written dotted (an acronym such as "EP" is not)
DOTTED_INITIALS = re.compile(r"(?:[A-Z]\.){1,3}")
GENERATION_SUFFIXES = frozenset({"jr", "sr"})  # not "II": "Pope John Paul II" is no "Paul"
# "OPEC+" is not OPEC: a plus sign closing a name is read as the word "plus".
_TRAILING_PLUS = re.compile(r"(?<=\w)\+(?!\w)")


def fold(text: str) -> str:
    """Strip accents and map special letters to ASCII-ish forms; keeps case."""
    text = text.translate(_FOLD)
    if text.isascii():
        return text
    # only the runs of other letters need decomposing (an English article is mostly ASCII, and a
    # combining mark is never ASCII, so it falls in the run that holds it)
    return _NON_ASCII_RUN.sub(_fold_run, text)


_NON_ASCII_RUN = re.compile(r"[^\x00-\x7f]+")


def _fold_run(m: re.Match[str]) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", m.group(0)) if not unicodedata.combining(c))


@lru_cache(maxsize=1 << 16)
def norm(text: str | None) -> str:
    """The lookup key of a name or mention: folded, lower case, no possessive,
    no punctuation, no leading "the", single spaces.

    Kept for the last 65,536 texts: the resolver's rules normalise the same mention, title and
    word over and over (three calls in four in an article repeat one before), and each call runs
    seven substitutions and a Unicode decomposition. The key depends on the text alone."""
    if not text:
        return ""
    s = _DOTTED.sub(lambda m: m.group(0).replace(".", ""), text.translate(_FOLD))
    for pattern, repl in _CODES:
        s = pattern.sub(repl, s)
    s = fold(s).casefold()
    s = _POSSESSIVE.sub(r"\1", s)
    s = _PLURAL_POSSESSIVE.sub(r"\1s", s)
    s = _TRAILING_PLUS.sub(" plus", s)
    tokens = _NON_WORD.sub(" ", s).split()
    while tokens and tokens[0] == "the":
        tokens = tokens[1:]
    if len(tokens) >= 3 and tokens[-1] in _GENERATION:
        tokens[-1] = _GENERATION[tokens[-1]]
    return " ".join(tokens)


def without_possessive(text: str) -> str:
    """The text without the possessive ending of its last word, straight or curly ("Iran's" →
    "Iran", "the Coast Guard’s" → "the Coast Guard"): a name written as an owner is still the
    name. A plural's bare apostrophe ("the ministers'") is left as it is; `norm` folds that too."""
    return _POSSESSIVE_END.sub("", text)


def kebab(text: str) -> str:
    """ASCII lower-case kebab slug ("Côte d'Ivoire" -> "cote-d-ivoire")."""
    s = fold(text).casefold()
    s = re.sub(r"[^a-z0-9]+", "-", s)
    return s.strip("-")
