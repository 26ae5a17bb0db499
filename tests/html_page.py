"""A page as its reader meets it: the text shown, the headings, the links, the form's state.

The page tests ask these questions instead of searching the HTML for exact strings, so they
follow what a person (or a browser, a screen reader, a feed reader) gets from the page, and a
change of class names, attribute order or whitespace does not break them.
"""

from __future__ import annotations

import re

import lxml.html


class Page:
    def __init__(self, html: str):
        self.tree = lxml.html.fromstring(html)

    @property
    def text(self) -> str:
        """Everything shown on the page as text, whitespace collapsed (no scripts or styles)."""
        shown = self.tree.xpath("//body")[0].text_content() if self.tree.xpath("//body") else ""
        return re.sub(r"\s+", " ", shown).strip()

    @property
    def heading(self) -> str:
        """The page's title as shown: its first h1."""
        return _text(self.tree.xpath("//h1")[0])

    def day_headings(self) -> list[str]:
        """The dates (ISO) of the day sections a timeline is split into."""
        return self.tree.xpath("//h2/time/@datetime")

    def statements(self) -> dict[int, str]:
        """The statements listed, in order: id (the anchor their permalinks point to) -> shown text."""
        return {int(node.get("id")[1:]): _text(node) for node in self.tree.xpath("//article[starts-with(@id, 's')]")}

    def highlighted(self) -> list[tuple[int | None, str]]:
        """The passages highlighted in a text: (the statement a link can jump to, or None; the text)."""
        return [
            (int(node.get("id")[1:]) if node.get("id") else None, _text(node)) for node in self.tree.xpath("//mark")
        ]

    def links(self) -> list[str]:
        return self.tree.xpath("//a/@href")

    def link_to(self, words: str) -> str | None:
        """Where the link whose text starts with `words` leads (None when there is none)."""
        for node in self.tree.xpath("//a"):
            if _text(node).startswith(words):
                return node.get("href")
        return None

    def alternate(self, media_type: str) -> str | None:
        """The address a client finds the page's content at in another format."""
        found = self.tree.xpath("//link[@rel='alternate'][@type=$t]/@href", t=media_type)
        return found[0] if found else None

    def selected(self, field: str) -> list[str]:
        """The values chosen in the form for `field`: options selected in its select box, or its ticked checkboxes."""
        return self.tree.xpath(
            "//select[@name=$f]/option[@selected]/@value | //input[@type='checkbox'][@name=$f][@checked]/@value",
            f=field,
        )

    def count(self, element: str) -> int:
        """How many `element`s the page has (e.g. 'svg', 'script')."""
        return len(self.tree.xpath(f"//*[local-name()='{element}']"))

    def scripts(self) -> list[str]:
        """The inline code of every script element: what a browser would run."""
        return [node.text or "" for node in self.tree.xpath("//script")]


def _text(node) -> str:
    return re.sub(r"\s+", " ", node.text_content()).strip()
