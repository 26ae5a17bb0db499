"""A post written in full before its holder's name ("the Minister of Information and National
Orientation, Ana Reis", "the Special Adviser to the President on Policy Communication, Tom
Lima,") is a title, and the name in apposition after it is the speaker; a form of address
("Cde") and a clause's opening word ("While") are no part of a name. Sentences and names written
for the tests; the project registry."""

from __future__ import annotations

import datetime as dt

import pytest

from app.pipeline.types import ArticleInput
from tests.extract.conftest import find


@pytest.fixture
def run_real(make_extractor, project_resolver):
    ex = make_extractor(project_resolver)
    return lambda text: ex.extract(ArticleInput(text=text, published=dt.date(2025, 3, 1), source="Premium Times"))


def test_a_portfolio_ending_in_a_noun_is_no_surname(run_real):
    text = (
        "ABUJA — The Minister of Information and National Orientation, Obinna Chukwudike, said the "
        "reports of a secret base were false.\n\n“We have nothing to hide,” Mr Chukwudike said."
    )
    out = run_real(text)
    st = find(out, "secret base")
    assert st.actor.name == "Obinna Chukwudike" and st.actor.country == "NG"
    later = find(out, "nothing to hide")
    assert later.actor.name == "Obinna Chukwudike" and later.actor.country == "NG"


def test_the_holder_named_after_a_post_with_on_is_the_speaker(run_real):
    text = (
        "ABUJA — On Friday, the Special Adviser to the President on Policy Communication, Danjuma "
        "Olabisi, described the junta leader's remarks as cheap propaganda in a video."
    )
    st = find(run_real(text), "cheap propaganda")
    assert st.actor.name == "Danjuma Olabisi" and st.actor.country == "NG"


def test_a_field_of_a_post_is_not_the_first_word_of_the_name(run_real):
    text = "WASHINGTON — US Director of National Intelligence Marla Quennell said the agencies had been told to act."
    assert find(run_real(text), "had been told").actor.name == "Marla Quennell"


def test_comrade_is_a_form_of_address(run_real):
    text = "HARARE — Zanu PF director for information Cde Tendai Mushonga said the sanctions had failed."
    assert find(run_real(text), "sanctions had failed").actor.name == "Tendai Mushonga"


@pytest.mark.parametrize("opening", ["While", "Although", "Whereas"])
def test_a_clause_s_opening_word_is_no_part_of_a_state_s_name(project_resolver, opening):
    ctx = project_resolver.for_article(dt.date(2025, 3, 1))
    found = ctx.resolve(f"{opening} Nigeria")
    assert found is not None and found.name == "Nigeria"


def test_an_acronym_the_article_defined_keeps_the_country_of_its_definition(run_real):
    text = (
        "Beijing said the Philippine ship rammed its vessel. In Manila, the Department of Foreign Affairs "
        "(DFA) opted for restraint.\n\nThe Chinese foreign ministry said Manila had provoked the incident. "
        "Washington sent warships to the area.\n\nThe DFA said on Wednesday night that it was aware of the "
        "operations conducted by US warships near the shoal."
    )
    st = find(run_real(text), "aware of the operations")
    assert st.actor.country == "PH" and "Philippines" in st.actor.name


def test_the_four_countries_are_the_four_just_named(run_real):
    text = (
        "In a joint statement released after the talks at the Elysee Palace, France, Germany, Russia and "
        "Ukraine said they supported the ceasefire.\n\nThe four countries also said their advisers would "
        "meet again in Berlin in two weeks."
    )
    st = find(run_real(text), "meet again in Berlin")
    assert st.actor.name == "France" and st.actor.country == "FR"


def test_an_abbreviated_given_name_does_not_end_the_sentence(run_real):
    text = (
        "MANILA — “This incident undermines efforts to strengthen trust between our peoples,” Ma. Lourdes "
        "Villaraza, the agency's spokesperson, said on Monday."
    )
    st = find(run_real(text), "undermines efforts")
    assert st.kind == "direct" and "Villaraza" in st.actor.name
