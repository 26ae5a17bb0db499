"""A known person introduced under the article's own spelling keeps it for later surnames ("Kazakh
President Qasym-Zhomart Toqaev" … "Toqaev said" is the registry's Tokayev), and a post held under
a state body's possessive ("the ministry's spokesperson", "an official in the prime minister's
office") takes the article's state as the bare post does. Names written for the test."""

from __future__ import annotations

import datetime as dt

import pytest

from app.pipeline.resolve.resolver import _respelt


@pytest.fixture
def ctx(resolver):
    return resolver.for_article(dt.date(2024, 3, 1))


def test_a_later_surname_in_the_articles_spelling_is_the_known_person(project_resolver):
    ctx = project_resolver.for_article(dt.date(2025, 11, 12))
    first = ctx.resolve("Kazakh President Qasym-Zhomart Toqaev")
    assert first is not None and first.slug == "kassym-jomart-tokayev"
    later = ctx.met("Toqaev")  # the person the article introduced under that surname
    assert later is not None and later.slug == "kassym-jomart-tokayev" and later.country == "KZ"


def test_respelling_needs_one_person_and_a_like_family_name():
    assert _respelt("Qasym-Zhomart Toqaev", "Kassym-Jomart Tokayev")
    assert not _respelt("Putin and Macron", "Vladimir Putin")
    assert not _respelt("Ana Costa", "Ursula von der Leyen")
    assert not _respelt("Sergey Lavrov", "Sergey Lavrov")
    assert not _respelt("Lavrov", "Sergey Lavrov")


@pytest.mark.parametrize(
    "mention",
    [
        "Mina Rho, the ministry's spokesperson",
        "Omar Saadi, an official in the prime minister's office",
        "the government's spokesman Ivo Marek",
    ],
)
def test_a_post_of_a_state_bodys_own_is_the_home_states(ctx, mention):
    ctx.set_home("KR")
    found = ctx.resolve(mention)
    assert found is not None and found.kind == "person" and found.country == "KR"


@pytest.mark.parametrize("mention", ["Lena Kraft, the company's spokeswoman", "Paul Otto, the court's president"])
def test_a_post_of_another_bodys_own_takes_no_home(ctx, mention):
    ctx.set_home("KR")
    found = ctx.resolve(mention)
    assert found is not None and found.country is None
