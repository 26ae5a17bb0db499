"""Fuzzy person matching for transliterations (Pashinian/Pashinyan, Zelenskiy/Zelensky).

Why so guarded: a fuzzy hit that merges two different people corrupts every
statement attributed to them, while a miss only creates an unknown actor the
lead can merge later.  So a candidate must pass rapidfuzz's ratio AND a
token check: surnames alike (>= SURNAME_MIN) and, when both names have one,
given names alike or one an initial of the other.  "Abdel Fattah al-Sisi"
never becomes "Abdel Fattah al-Burhan", nor "Dan Sullivan" "Jake Sullivan".
"""

from __future__ import annotations

from rapidfuzz import fuzz, process

from .normalize import norm
from .record import Actor

FULL_CUTOFF = 85.0  # whole-name ratio to consider a candidate
SURNAME_MIN = 85.0  # surname-to-surname ratio to accept one
GIVEN_MIN = 75.0  # given-name ratio when both names have one
MIN_SURNAME_LEN = 5  # shorter single names are too easy to confuse


def _core(tokens: list[str], particles: frozenset[str]) -> list[str]:
    return [t for t in tokens if t not in particles]


def _another_family(a: str, b: str) -> bool:
    """Fuentes/Fuente, Reyes/Rey, Williams/William: an added -s or -es makes another surname;
    so does any letter added to a short one (Brown/Browne, Khan/Khana)."""
    short, long_ = sorted((a, b), key=len)
    return long_ in (short + "s", short + "es") or (len(short) <= 5 and long_.startswith(short))


def _alike(a: str, b: str, cutoff: float) -> bool:
    return a == b or (a[:1] == b[:1] and fuzz.ratio(a, b) >= cutoff and not _another_family(a, b))


def _given_alike(a: str, b: str) -> bool:
    """Given names spelt two ways (Josep/Joseph, Sergei/Sergey). A letter added to a longer name is a
    spelling, not another name; to a short one it may be another person (Ivan/Ivana, Ali/Alia)."""
    short = min(a, b, key=len)
    if len(short) >= 5 and a[:1] == b[:1] and fuzz.ratio(a, b) >= GIVEN_MIN:
        return True
    return _alike(a, b, GIVEN_MIN)


def names_compatible(a: str, b: str, particles: frozenset[str]) -> bool:
    """Could these two normalised full names be one person spelt two ways?
    (`particles`: name particles left out of the comparison, "al", "van".)"""
    ta, tb = _core(a.split(), particles), _core(b.split(), particles)
    if not ta or not tb or not _alike(ta[-1], tb[-1], SURNAME_MIN):
        return False
    ga, gb = ta[:-1], tb[:-1]
    if ga and gb:
        x, y = ga[0], gb[0]
        if len(x) == 1 or len(y) == 1:
            return x[0] == y[0]
        return _given_alike(x, y)
    return True


class PersonMatcher:
    """Prebuilt candidate lists (full names and surnames) over registry persons."""

    def __init__(self, persons: list[Actor], particles: frozenset[str]):
        self._particles = particles
        self._full: list[str] = []
        self._full_slug: list[str] = []
        surname: dict[str, set[str]] = {}
        for p in persons:
            for n in p.names:
                key = norm(n)
                toks = _core(key.split(), particles)
                if len(key.split()) >= 2:
                    self._full.append(key)
                    self._full_slug.append(p.slug)
                if toks:
                    surname.setdefault(toks[-1], set()).add(p.slug)
        self._surname = surname
        self._surname_keys = list(surname)

    def match(self, key: str, exclude: frozenset[str] = frozenset()) -> str | None:
        """The slug of the one registry person `key` (normalised) may denote, else None."""
        toks = key.split()
        if not toks:
            return None
        if len(toks) == 1:
            return self._match_surname(toks[0], exclude)
        found: set[str] = set()
        for cand, _score, i in process.extract(key, self._full, scorer=fuzz.ratio, score_cutoff=FULL_CUTOFF, limit=8):
            slug = self._full_slug[i]
            if slug not in exclude and names_compatible(key, cand, self._particles):
                found.add(slug)
        return found.pop() if len(found) == 1 else None

    def _match_surname(self, word: str, exclude: frozenset[str]) -> str | None:
        if len(word) < MIN_SURNAME_LEN:
            return None
        found: set[str] = set()
        for cand, _score, _ in process.extract(
            word, self._surname_keys, scorer=fuzz.ratio, score_cutoff=SURNAME_MIN, limit=8
        ):
            if cand[:1] == word[:1] and not _another_family(cand, word):
                found |= self._surname[cand] - exclude
        return found.pop() if len(found) == 1 else None
