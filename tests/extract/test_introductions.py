"""Issue 14, kind 2: the article's own introduction of a name beats a registry namesake,
in every form (title before, apposition after, surname first or last), also when the
introduction sits in a paragraph with no statement.  Sentences written for the test."""

from __future__ import annotations

import datetime as dt

import pytest

from app.pipeline.types import ArticleInput
from tests.extract.conftest import find


@pytest.fixture
def run_real(make_extractor, project_resolver):
    ex = make_extractor(project_resolver)
    return lambda text: ex.extract(ArticleInput(text=text, published=dt.date(2024, 5, 1)))


def test_surname_first_introduction_beats_a_registry_namesake(run_real):
    # "Cho" alone is also Taiwan's premier Cho Jung-tai in the registry
    text = "South Korean Foreign Minister Cho Tae-yul landed in Tokyo on Monday.\n\nCho said the launches were a provocation."
    st = find(run_real(text), "launches were a provocation")
    assert st.actor.name == "Cho Tae-yul" and st.actor.country == "KR"


def test_apposition_introduction_beats_a_registry_namesake(run_real):
    # "Wang" alone is a registry name (Wang Yi); the article introduced someone else
    text = "Wang Lin, a spokeswoman for the ministry, told reporters the talks had gone well.\n\nWang said the delegation would return in June."
    st = find(run_real(text), "return in June")
    assert st.actor.name == "Wang Lin"


def test_introduction_as_object_of_a_meeting(run_real):
    text = "The premier met Li Na, a spokeswoman for the trade ministry. Li said the delegation would return in June."
    st = find(run_real(text), "return in June")
    assert st.actor.name == "Li Na"


def test_a_bare_name_with_no_introduction_still_uses_the_registry(run_real):
    st = find(run_real("Lavrov said the talks would go on."), "talks would go on")
    assert st.actor.name == "Sergey Lavrov"


@pytest.mark.parametrize(
    "intro, surname, name",
    [
        (
            "The ministry on Monday summoned French Ambassador to Brazil Pierre Dumont over a leaked memo.",
            "Dumont",
            "Pierre Dumont",
        ),
        (
            "Officials in Moscow praised Russian Ambassador to South Africa Ilya Petrov for the visit.",
            "Petrov",
            "Ilya Petrov",
        ),
        ("Kenyan Envoy in Chad Amos Kirui arrived at the palace late on Friday.", "Kirui", "Amos Kirui"),
    ],
)
def test_the_place_of_a_post_is_no_part_of_the_holders_name(run_real, intro, surname, name):
    # "Ambassador to Brazil Pierre Dumont": the place after "to" / "in" is where the post is held
    text = intro + f"\n\n{surname} told the officials that his government respected the ruling."
    st = find(run_real(text), "respected the ruling")
    assert st.actor.name == name
