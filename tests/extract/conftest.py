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


@pytest.fixture(scope="session")
def nlp():
    """The spaCy pipeline, loaded once for the whole run."""
    from app.config import Settings
    from app.pipeline.extract.nlp import load_nlp

    return load_nlp(Settings().spacy_model)


@pytest.fixture(scope="session")
def lexicon():
    from app.lang import load_lexicon

    return load_lexicon("en")


@pytest.fixture(scope="session")
def lex(lexicon):
    """The extraction half of the English pack."""
    return lexicon.extract


@pytest.fixture(scope="session")
def make_extractor(nlp, lexicon):
    """An extractor over the shared model and pack with the given resolver (and the project's countries)."""
    from app.pipeline.extract import Extractor
    from app.pipeline.resolve import Countries

    countries = Countries(lexicon.resolve.countries)
    return lambda resolver=None, pack=None: Extractor(nlp, pack or lexicon, resolver, countries)


@pytest.fixture(scope="session")
def project_resolver(lexicon):
    """A resolver over the project's actor registry (built once)."""
    from app.config import Settings
    from app.pipeline.resolve import Resolver, load_registry

    return Resolver(load_registry(Settings().actors_dir, strict=True), lexicon.resolve)


@pytest.fixture
def real_with_source(make_extractor, project_resolver):
    """Extract `text` as published by `source` (an outlet's name), with the project's registry."""

    def _run(text: str, source: str | None = None):
        return make_extractor(project_resolver).extract(ArticleInput(text=text, source=source))

    return _run


@pytest.fixture
def run(make_extractor):
    def _run(text: str, published: dt.date | None = None, resolver=None):
        return make_extractor(resolver or NullResolver()).extract(ArticleInput(text=text, published=published))

    return _run


def find(statements, fragment: str):
    """The statement whose text contains `fragment` (exactly one expected)."""
    hits = [s for s in statements if fragment in s.text]
    assert len(hits) == 1, f"{fragment!r}: {[s.text for s in statements]}"
    return hits[0]
