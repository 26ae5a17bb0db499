"""Shared helpers: run the extractor with a resolver that knows nobody, so the
tests check detection and speaker mentions independently of the registry."""

from __future__ import annotations

import datetime as dt

import pytest

from app.pipeline.types import ArticleInput


class NullResolver:
    """Knows no actor: the extractor falls back to the mention's name. Records
    the mentions it was asked about."""

    def __init__(self):
        self.asked: list[str] = []

    def for_article(self, published):
        return self

    def resolve(self, mention: str):
        self.asked.append(mention)
        return None


@pytest.fixture
def run():
    from app.pipeline.extract import extract

    def _run(text: str, published: dt.date | None = None, resolver=None):
        return extract(ArticleInput(text=text, published=published), resolver=resolver or NullResolver())

    return _run


def find(statements, fragment: str):
    """The statement whose text contains `fragment` (exactly one expected)."""
    hits = [s for s in statements if fragment in s.text]
    assert len(hits) == 1, f"{fragment!r}: {[s.text for s in statements]}"
    return hits[0]
