"""Whose statement it is when one source relays another, and collective speakers: "the two
leaders" after "A and Ruritania's President B", "the three countries" the article listed long
before, a pair of capitals. Every sentence is written for the test; the project's registry
resolves the names (`project_resolver`)."""

from __future__ import annotations

import datetime as dt

import pytest

from app.pipeline.types import ArticleInput
from tests.extract.conftest import find


@pytest.fixture
def run_real(make_extractor, project_resolver):
    ex = make_extractor(project_resolver)
    return lambda text: ex.extract(ArticleInput(text=text, published=dt.date(2024, 5, 1)))


# --- collective speakers ---------------------------------------------------------------------


def test_the_two_leaders_after_a_possessive_second_party(run_real):
    text = (
        "President Samia Suluhu Hassan and Kenya's President William Ruto met in Arusha on Monday, "
        "with the Ugandan president Yoweri Museveni acting as host.\n\n"
        "Museveni first saw each of them alone.\n\n"
        "In the communique released after the talks, the two leaders pledged to settle the fishing dispute."
    )
    st = find(run_real(text), "settle the fishing dispute")
    assert st.actor.name == "Samia Suluhu Hassan"
    assert [a.name for a in st.co_actors] == ["William Ruto"]


def test_the_three_countries_are_the_three_states_listed_first(run_real):
    text = (
        "Regional ministers on Monday accepted the departure of Chad, Sudan and Libya from the trade pact.\n\n"
        "The meeting was held in Nairobi and chaired by Kenya's foreign minister.\n\n"
        "Officials said the move would hurt traders on both sides of the border.\n\n"
        "Kenya's delegation asked for a review of the customs rules.\n\n"
        "Uganda backed the request.\n\n"
        "The three countries announced their decision to quit the pact in March."
    )
    st = find(run_real(text), "quit the pact")
    assert st.actor.name == "Chad"
    assert {a.name for a in st.co_actors} == {"Sudan", "Libya"}


def test_a_list_of_countries_the_parser_chains_is_read_whole(run_real):
    text = "Chad, Sudan and Libya left the pact last year. The three countries said the exit was final."
    st = find(run_real(text), "exit was final")
    assert st.actor.name == "Chad"
    assert {a.name for a in st.co_actors} == {"Sudan", "Libya"}


def test_the_three_countries_are_no_list_of_four(run_real):
    text = (
        "Regional ministers on Monday accepted the departure of Chad, Sudan, Niger and Libya from the trade pact.\n\n"
        "The meeting was held in Nairobi and chaired by Kenya's foreign minister.\n\n"
        "Officials said the move would hurt traders on both sides of the border.\n\n"
        "Kenya's delegation asked for a review of the customs rules.\n\n"
        "Uganda backed the request.\n\n"
        "The three countries announced their decision to quit the pact in March."
    )
    st = find(run_real(text), "quit the pact")
    assert st.actor.name != "Chad"


def test_a_capital_in_another_spelling_is_its_state(run_real):
    text = (
        "The quarrel between Addis Abeba and Mogadishu began in January. "
        "Addis Abeba and Mogadishu said they would resume talks in Ankara."
    )
    st = find(run_real(text), "resume talks in Ankara")
    assert st.actor.name == "Ethiopia"
    assert [a.name for a in st.co_actors] == ["Somalia"]
