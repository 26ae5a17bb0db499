"""Regular expressions built from long word lists.

A pattern written as one alternation of many words, longest first (`a|b|c…`), makes Python's
regex engine try the words one by one at every position it tests: with a thousand words, that
was most of the time of the country scan and of the test for paragraphs worth parsing.
`alternation(words)` writes the same alternation as a trie, one branch per next letter, so the
engine follows one path through the words.
"""

from __future__ import annotations

import re
from collections.abc import Iterable


def alternation(words: Iterable[str]) -> str:
    """A regular expression (without a group around it) matching what the alternation of
    `words`, escaped and longest first, matches, at the same positions and with the same length:
    where one word is the start of another ("South Sudan", "South Sudanese") the longer part is an
    optional greedy group, so the longest word that fits (and lets the rest of the pattern match)
    is tried first, as it is in the longest-first alternation."""
    trie: dict[str, dict] = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}  # a word ends here

    def branch(node: dict[str, dict]) -> str:
        paths = [re.escape(ch) + branch(rest) for ch, rest in node.items() if ch]
        if not paths:
            return ""
        body = paths[0] if len(paths) == 1 else "(?:" + "|".join(paths) + ")"
        return f"(?:{body})?" if "" in node else body

    return branch(trie)
