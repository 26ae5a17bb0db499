"""Paragraphs and page furniture.

An article body arrives with captions, credits, bylines and prompts mixed in.
They are recognised here, paragraph by paragraph, so that no rule downstream
ever treats "Photo: AFP" or "Leave a Comment" as prose.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Paragraph:
    start: int
    end: int
    text: str
    furniture: bool


_FURNITURE = [
    re.compile(r"\bPHOTO\s*[|:]", re.I),
    re.compile(r"^(photo|image|picture|video|source|main photo source|credit|caption)s?\s*:", re.I),
    re.compile(r"^(read|read more|read also|also read|see also|related|watch|listen|more)\s*:", re.I),
    re.compile(
        r"^(sign up|subscribe|leave a (comment|reply)|advertisement|share (this|on)|follow us|"
        r"click here|comments?\b|newsletter|all rights reserved|copyright|©)",
        re.I,
    ),
    re.compile(r"your email address will not be published", re.I),
    re.compile(r"^by\s+[A-Z][\w.'’-]+(\s+[A-Z][\w.'’-]+)*(\s*(,|and)\s*[A-Z][\w.'’-]+(\s+[A-Z][\w.'’-]+)*)*\s*$"),
]
# "JOHN THYS / POOL / AFP", "Resul Rehimov / Abaca / PAP": slash-separated credits.
_CREDIT = re.compile(r"\S\s*/\s*\S.*/\s*\S|\b(AFP|AP|Reuters|Getty Images|EPA|PAP|Shutterstock)\s*$")
_TERMINAL = re.compile(r"[.!?…:;\"”“»’')\]]\s*$")


def _is_furniture(text: str) -> bool:
    """True for captions, credits, bylines, headings and page prompts."""
    s = text.strip()
    if any(p.search(s) for p in _FURNITURE):
        return True
    if _TERMINAL.search(s) or s[:1] in "“\"«„–—-":
        return False
    words = s.split()
    if _CREDIT.search(s):
        return True
    letters = [c for c in s if c.isalpha()]
    if letters and sum(c.isupper() for c in letters) / len(letters) > 0.8:
        return True  # ALL-CAPS heading
    return len(words) <= 8  # short unterminated line: heading, dateline or caption


def split_paragraphs(text: str) -> list[Paragraph]:
    """One paragraph per non-blank line, with offsets into `text`."""
    out = []
    for m in re.finditer(r"[^\n]+", text):
        if m.group().strip():
            out.append(Paragraph(m.start(), m.end(), m.group(), _is_furniture(m.group())))
    return out


# "JAKARTA, July 12 — ", "SANTIAGO/LA PAZ, Dec. 1 — ", "MOSCOW (Reuters) - ": a place in capitals,
# an optional date and agency, then a dash, at the start of a paragraph.
_DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Z.'’]+(?:[ /-][A-Z][A-Z.'’]+)*)"
    r"(?P<date>,\s*(?:[A-Z][a-z]{2,}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,}\.?))?"
    r"(?P<agency>\s*\([A-Za-z .&/-]{2,30}\))?(?:\s*[—–]+|\s+-+)\s+"
)  # a hyphen only spaced: not "U.S.-led"


def dateline_length(text: str) -> int:
    """Characters of the dateline that opens `text`, else 0: the parser reads it as a subject."""
    m = _DATELINE.match(text)
    if m is None:
        return 0
    dated = m.group("date") or m.group("agency")
    return m.end() if dated or len(m.group("place").replace(" ", "")) >= 5 else 0  # "EU — the bloc …" is none
