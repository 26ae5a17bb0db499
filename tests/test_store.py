"""Storing articles: once per article, all or nothing."""

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from app.models import Actor, Article, Statement
from app.pipeline.ingest import ArticleDraft
from app.pipeline.types import ExtractedStatement, ResolvedActor
from app.store import store_article, unit_of_work

BODY = "The minister said the border would reopen on Monday."
ENVOY = ResolvedActor(slug="test-minister", name="Test Minister", kind="person", country="AM", known=False)


def _statement(start=18, end=51):
    return ExtractedStatement(
        text=BODY[start:end], start=start, end=end, kind="indirect", speaker="The minister", actor=ENVOY, targets=["AZ"]
    )


def _count(session_factory, model):
    with session_factory() as s:
        return s.scalar(select(func.count()).select_from(model))


def test_same_article_twice_is_stored_once(session_factory):
    for expected in (True, False):
        with unit_of_work(session_factory) as s:
            assert store_article(s, ArticleDraft(text=BODY), [_statement()], "t").created is expected
    # Whitespace differences do not make a new article; the same URL does not either.
    with unit_of_work(session_factory) as s:
        assert not store_article(s, ArticleDraft(text=BODY.replace(" ", "  ")), [], "t").created
    assert _count(session_factory, Article) == 1 and _count(session_factory, Statement) == 1
    assert _count(session_factory, Actor) == 1


def test_a_bad_statement_rolls_the_whole_article_back(session_factory):
    with pytest.raises(IntegrityError):
        with unit_of_work(session_factory) as s:
            store_article(s, ArticleDraft(text=BODY), [_statement(), _statement(start=30, end=10)], "t")
    assert _count(session_factory, Article) == 0 and _count(session_factory, Statement) == 0
