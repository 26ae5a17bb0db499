"""Plural subjects: a bare plural title ("the ministers") speaks for the organisation whose members
the article introduced with that same noun; "the three sides" are the states whose delegations the
article named together ("Greek, Turkish and Cypriot delegations"), the first-named as the actor."""

from __future__ import annotations

import datetime as dt

import pytest

from app.pipeline.types import ArticleInput

from .conftest import find


@pytest.fixture
def run_real(make_extractor, project_resolver):
    ex = make_extractor(project_resolver)
    return lambda text: ex.extract(ArticleInput(text=text, published=dt.date(2024, 5, 1)))


def test_the_ministers_are_the_body_whose_ministers_the_article_introduced(run_real):
    text = (
        "NATO defence ministers gathered in Brussels on Thursday for two days of talks.\n\n"
        "Dutch Defence Minister Ruben Brekelmans said the alliance had to spend more on air defence.\n\n"
        "The ministers also called on Iran to stop supplying drones to Russia."
    )
    st = find(run_real(text), "stop supplying drones")
    assert st.actor.name == "North Atlantic Treaty Organization"


def test_the_leaders_after_leaders_of_a_named_bloc(run_real):
    text = (
        "Leaders of the African Union met in Addis Ababa on Sunday to discuss the war in Sudan.\n\n"
        "Kenyan President William Ruto told the summit that there was no military solution.\n\n"
        "The leaders also demanded the reopening of the airport in Khartoum."
    )
    st = find(run_real(text), "reopening of the airport")
    assert st.actor.name == "African Union"


def test_the_ministers_after_ministers_of_two_states_are_not_a_body(run_real):
    text = (
        "The foreign ministers of Kenya and Uganda met in Kampala on Monday.\n\n"
        "The ministers agreed to reopen the border crossing at Busia."
    )
    st = find(run_real(text), "reopen the border")
    assert st.actor.kind != "international_organisation"


def test_the_three_sides_after_three_states_delegations(run_real):
    text = (
        "On Monday, Foreign Minister Ana Berg chaired a trilateral meeting of Greek, Turkish and Cypriot "
        "delegations in Vienna.\n\nThe three sides agreed to reopen the border crossings by June."
    )
    st = find(run_real(text), "reopen the border crossings")
    assert st.actor.name == "Greece"
    assert {a.name for a in st.co_actors} == {"Türkiye", "Cyprus"}


def test_the_ministers_after_two_states_ministers_are_the_first_states_minister(run_real):
    text = (
        "Peace talks resume in Geneva\n\n"
        "On Tuesday, the Swiss foreign minister brought the Armenian and Azerbaijani foreign ministers together "
        "for a fresh round of talks in Geneva. The ministers said they had agreed to meet again in June."
    )
    st = find(run_real(text), "meet again in June")
    assert st.actor.name == "Ararat Mirzoyan"
    assert [a.name for a in st.co_actors] == ["Jeyhun Bayramov"]


def test_two_diplomats_are_not_the_one_diplomat_quoted_before(run_real):
    text = (
        "A senior European diplomat said the meeting in Brussels had been tense.\n\n"
        "Ministers were still haggling over the wording of the final text on Thursday, two diplomats said."
    )
    st = find(run_real(text), "haggling over the wording")
    assert "senior" not in st.actor.name
