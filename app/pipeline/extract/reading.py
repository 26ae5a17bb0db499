"""The text as the rules read it: the article's own text with its typing quirks evened out,
character for character, so that every offset still indexes the original.

Articles arrive with hard spaces inside names ("Kim\u00a0Jong\u00a0Un", which the parser cuts
into pieces), typographic apostrophes of elisions ("Chargé d’Affaires", "Côte d’Ivoire", which the
parser reads as a lower-case word or a verb, not as part of the name), HTML entities that a feed left encoded (`&ldquo;`), and quotation marks typed
as two apostrophes or backticks (``like this'' or ''like this''). Each is replaced by what it
stands for, padded with spaces to its own length: an opening mark goes last (next to the words
it opens), a closing mark first. Statements keep the original text (`Extractor._assemble`).
"""

from __future__ import annotations

import re

_HARD_SPACES = str.maketrans({c: " " for c in "\u00a0\u2007\u202f\u2009\u200a"})

# entity (lower case) → (character, role): "open" goes after its padding, "close" before it,
# "either" by its neighbours (like a straight mark), "space" is blank.
_ENTITIES: dict[str, tuple[str, str]] = {
    "ldquo": ("“", "open"),
    "#8220": ("“", "open"),
    "#x201c": ("“", "open"),
    "bdquo": ("„", "open"),
    "#8222": ("„", "open"),
    "laquo": ("«", "open"),
    "#171": ("«", "open"),
    "rdquo": ("”", "close"),
    "#8221": ("”", "close"),
    "#x201d": ("”", "close"),
    "raquo": ("»", "close"),
    "#187": ("»", "close"),
    "quot": ('"', "either"),
    "#34": ('"', "either"),
    "nbsp": (" ", "space"),
    "#160": (" ", "space"),
    "mdash": ("—", "open"),
    "#8212": ("—", "open"),
    "ndash": ("–", "open"),
    "#8211": ("–", "open"),
    "amp": ("&", "close"),
}
# an elision's typographic apostrophe after one letter at the start of a word ("d’Affaires", "l’Est",
# "O’Brien"): the parser knows these names with a plain apostrophe; other apostrophes ("EU’s")
# it reads as they are
_ELISION_RX = re.compile(r"(?<![^\W\d_])([^\W\d_])\u2019(?=[^\W\d_])")
_ENTITY_RX = re.compile(r"&(#x[0-9a-fA-F]+|#\d+|[a-zA-Z]+);")
# ``…'' (typewriter style) and ''…'' (two apostrophes): not a run of three, which is a nested quote
_DOUBLED_RX = re.compile(r"(?<!['`])(``|'')(?!['`])")


def _place(ch: str, role: str, width: int, before: str, after: str) -> str:
    if role == "space":
        return " " * width
    if role == "either":
        role = "open" if (before.isspace() or not before) and after and not after.isspace() else "close"
    return " " * (width - 1) + ch if role == "open" else ch + " " * (width - 1)


# Hard-wrapped copy (wire text or a PDF, "… top European\ndiplomats on Friday …"): most lines stop
# mid-sentence and are short. Such a line break inside a sentence is a space; a line that ends a
# sentence, or a short one (a byline, a date), still ends its paragraph.
_WRAP_MIN_LINES = 8
_WRAP_UNENDED_SHARE = 0.5
_WRAP_MAX_MEAN = 100
_WRAP_MIN_LINE = 35
_SENTENCE_END_RX = re.compile(r"[.!?:;\"”’)\]]\s*$")


def _unwrapped(text: str) -> str:
    """`text` with the line breaks of hard wrapping made spaces, when its lines show it was wrapped."""
    lines = text.split("\n")
    full = [line for line in lines if line.strip()]
    if len(full) < _WRAP_MIN_LINES or sum(len(line) for line in full) / len(full) > _WRAP_MAX_MEAN:
        return text
    if sum(1 for line in full if not _SENTENCE_END_RX.search(line)) / len(full) <= _WRAP_UNENDED_SHARE:
        return text
    out = []
    for line, nxt in zip(lines, lines[1:] + [None], strict=True):
        out.append(line)
        if nxt is None:
            continue
        joins = len(line.strip()) >= _WRAP_MIN_LINE and nxt.strip() != "" and not _SENTENCE_END_RX.search(line)
        out.append(" " if joins else "\n")
    return "".join(out)


def reading_text(text: str) -> str:
    """`text` with hard spaces, elisions' typographic apostrophes, encoded marks, doubled-apostrophe quotes and
    hard line wrapping made plain; same length."""
    out = _unwrapped(text.translate(_HARD_SPACES))
    if "\u2019" in out:
        out = _ELISION_RX.sub(r"\1'", out)
    if "&" in out:
        out = _ENTITY_RX.sub(lambda m: _entity(m, out), out)
    if "``" in out or "''" in out:
        out = _DOUBLED_RX.sub(lambda m: _doubled(m, out), out)
    return out


def _entity(m: re.Match[str], text: str) -> str:
    found = _ENTITIES.get(m.group(1).lower())
    if found is None:
        return m.group()
    before = text[m.start() - 1] if m.start() else ""
    after = text[m.end()] if m.end() < len(text) else ""
    return _place(found[0], found[1], len(m.group()), before, after)


def _doubled(m: re.Match[str], text: str) -> str:
    before = text[m.start() - 1] if m.start() else ""
    after = text[m.end()] if m.end() < len(text) else ""
    if m.group() == "``":
        return " “"
    return _place('"', "either", 2, before, after)
