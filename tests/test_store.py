"""Storing articles: once per article, all or nothing."""

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from app.auth import verify_token
from app.models import Actor, Article, Statement
from app.pipeline.ingest import ArticleDraft
from app.pipeline.types import ExtractedStatement, ResolvedActor
from app.store import actor_by_slug, create_token, merge_actors, revoke_tokens, store_article, unit_of_work

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


def test_a_failure_after_the_article_was_flushed_leaves_nothing(session_factory):
    """The unit of work, not the store, decides: store functions flush, only a successful block commits."""
    with pytest.raises(RuntimeError):
        with unit_of_work(session_factory) as s:
            store_article(s, ArticleDraft(text=BODY), [_statement()], "t")
            assert s.scalar(select(func.count()).select_from(Statement)) == 1  # flushed, visible inside
            raise RuntimeError("the batch failed later")
    assert _count(session_factory, Article) == 0 and _count(session_factory, Actor) == 0


def test_statements_naming_a_merged_actor_go_to_the_survivor(session_factory):
    survivor = ResolvedActor(slug="test-ministry", name="Test Ministry", kind="institution", country="AM", known=True)
    with unit_of_work(session_factory) as s:
        store_article(s, ArticleDraft(text=BODY), [_statement()], "t")
        s.add(Actor(slug=survivor.slug, name=survivor.name, kind=survivor.kind, country=survivor.country))
    with unit_of_work(session_factory) as s:
        assert merge_actors(s, ENVOY.slug, survivor.slug, by="test").statements_moved == 1
    later = "The minister said on Tuesday the border would stay open."
    again = ExtractedStatement(
        text=later[18:], start=18, end=len(later), kind="indirect", actor=ENVOY, targets=[ENVOY.slug, "AZ"]
    )
    with unit_of_work(session_factory) as s:
        stored = store_article(s, ArticleDraft(text=later), [again], "t").article
        (statement,) = stored.statements
        assert statement.actor.slug == survivor.slug
        assert [(t.actor.slug if t.actor else t.country) for t in statement.targets] == [survivor.slug, "AZ"]
    with session_factory() as s:
        assert s.scalar(select(func.count()).select_from(Actor).where(Actor.slug == ENVOY.slug)) == 0
        assert actor_by_slug(s, ENVOY.slug).slug == survivor.slug


def test_tokens_are_issued_and_revoked_by_name(session_factory):
    with unit_of_work(session_factory) as s:
        secret = create_token(s, "editor")
        create_token(s, "editor")
    with session_factory() as s:
        assert verify_token(s, secret).name == "editor"
    with unit_of_work(session_factory) as s:
        assert revoke_tokens(s, "editor") == 2
        assert revoke_tokens(s, "editor") == 0
    with session_factory() as s:
        assert verify_token(s, secret) is None
