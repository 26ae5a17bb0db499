"""A joint mention whose sentence points back at the contact itself ("At the end of the
conversation, the parties …", "During their meeting, the two sides …") speaks for the pair of the
contact the article reported, however many sentences of what each said came between. Sentences
and names written for the tests; the project registry."""

from __future__ import annotations

import datetime as dt

import pytest

from app.pipeline.types import ArticleInput
from tests.extract.conftest import find


@pytest.fixture
def run_real(make_extractor, project_resolver):
    ex = make_extractor(project_resolver)
    return lambda text: ex.extract(ArticleInput(text=text, published=dt.date(2025, 3, 1), source="Kabar"))


_TEXT = (
    "BISHKEK — President of Kyrgyzstan Almazbek Toktorov had a telephone conversation with President "
    "of Tajikistan Farrukh Nazarzoda on Monday.\n\n"
    "Almazbek Toktorov congratulated Farrukh Nazarzoda on the national holiday. The Kyrgyz President "
    "wished the people of Tajikistan peace and prosperity.\n\n"
    "The head of state praised the work of the joint border commission. He noted the opening of two new "
    "crossings as an example of good neighbourliness. He also informed about the government's decision "
    "to send fuel to the affected districts.\n\n"
    "At the end of the conversation, the parties expressed their intention to continue close "
    "coordination on water sharing."
)


def test_the_parties_at_the_end_of_the_conversation(run_real):
    st = find(run_real(_TEXT), "coordination on water sharing")
    assert st.actor.name == "Almazbek Toktorov"
    assert [a.name for a in st.co_actors] == ["Farrukh Nazarzoda"]


def test_the_two_sides_during_their_call(run_real):
    text = _TEXT.replace("At the end of the conversation, the parties", "During their call, the two sides")
    st = find(run_real(text), "coordination on water sharing")
    assert st.actor.name == "Almazbek Toktorov"
