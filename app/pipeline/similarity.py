"""Do two reports carry the same utterance? Pure text comparison, no database.

Used by grouping (`app/store/groups.py`) and measured by `bench/grouping.py` on our own
gold pairs. Three tests, from the cheapest:
1. identical after folding case, punctuation and quotation style;
2. a partial quote contained in a longer report (at least MIN_CONTAINED characters),
   also when only its quoted fragment is ("said X should “…”");
3. near-identical wording (translation and editing differences): rapidfuzz's
   ratio at or above THRESHOLD, unless each text names a place, person or body
   the other does not ("concerned about Gaza" / "concerned about Sudan").
"""

from __future__ import annotations

import re
import unicodedata

from rapidfuzz import fuzz

THRESHOLD = 85.0  # measured on tests/fixtures/grouping_pairs.jsonl (see bench/grouping.py)
MIN_CONTAINED = 30
_NON_WORD = re.compile(r"[^\w\s]+")
_SPACE = re.compile(r"\s+")


def fold(text: str) -> str:
    """Lower case, no accents, no punctuation or quotation marks, single spaces."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    return _SPACE.sub(" ", _NON_WORD.sub(" ", text)).strip()


_NAME = re.compile(r"\b[A-Z][\w'’-]*")


def _names(text: str) -> list[str]:
    """Capitalised words after the first: the places, people and bodies a statement is about."""
    words = _NAME.findall(text)
    if words and text.lstrip(" “\"«„'‘").startswith(words[0]):
        words = words[1:]
    return [fold(w).replace(" ", "") for w in words]


def _explains(name: str, others: list[str]) -> bool:
    """A name is matched by the same name, or an abbreviation by the initials of a run of names."""
    if name in others:
        return True
    for i in range(len(others)):
        for j in range(i + 2, len(others) + 1):
            initials = "".join(w[0] for w in others[i:j])
            if initials == name or name == "".join(others[i:j]):
                return True
    return False


def names_conflict(a: str, b: str) -> bool:
    """Each side names something the other does not ("in Gaza" / "in Sudan"): not the same words."""
    na, nb = _names(a), _names(b)
    return any(not _explains(n, nb) for n in na) and any(not _explains(n, na) for n in nb)


QUOTE_MARKS = re.compile(r"[“”„‟\"«»‘’‚‛]")


def _quoted_piece_contained(text: str, other_folded: str) -> bool:
    """'said both sides should “exercise restraint … without delay”': a quoted fragment of one
    report found word for word in the other."""
    if not QUOTE_MARKS.search(text):
        return False
    pieces = [fold(piece) for piece in QUOTE_MARKS.split(text)]
    longest = max(pieces, key=len)
    return len(longest) >= MIN_CONTAINED and longest in other_folded


def similarity(a: str, b: str) -> float:
    """0–100: how likely the two texts report the same words."""
    fa, fb = fold(a), fold(b)
    if not fa or not fb:
        return 0.0
    if fa == fb:
        return 100.0
    short, long_ = sorted((fa, fb), key=len)
    if len(short) >= MIN_CONTAINED and short in long_:
        return 99.0
    if _quoted_piece_contained(a, fb) or _quoted_piece_contained(b, fa):
        return 98.0
    if names_conflict(a, b):
        return min(fuzz.ratio(fa, fb), THRESHOLD - 1)
    return fuzz.ratio(fa, fb)


def same_utterance(a: str, b: str, threshold: float = THRESHOLD) -> bool:
    return similarity(a, b) >= threshold
