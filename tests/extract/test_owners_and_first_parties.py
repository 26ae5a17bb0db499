"""Whose words and whose government: a paragraph opened by a person's remarks ("Ana's own
remarks were warmer") makes that person the "he" of the quote after it, even where the small model
takes the name for a body; "his government" is the state of the person the sentence just named,
not the article's home; a first party that names a state by itself ("India and the Maldives") is
that state, never a capitalised phrase the article began with it ("an 'India Out' platform").
Sentences written for the tests; the project registry."""

from __future__ import annotations

import datetime as dt

import pytest

from app.pipeline.types import ArticleInput
from tests.extract.conftest import find


@pytest.fixture
def run_real(make_extractor, project_resolver):
    ex = make_extractor(project_resolver)
    return lambda text: ex.extract(ArticleInput(text=text, published=dt.date(2024, 10, 10), source="Carnegie India"))


def test_he_after_a_paragraph_opened_by_a_persons_remarks(run_real):
    text = (
        "Maldivian President Mohamed Muizzu met Prime Minister Narendra Modi in New Delhi on Monday.\n\n"
        "“India has always been the first responder for the people of Maldives,” Modi said in his statement.\n\n"
        "Muizzu’s own remarks were notable mainly for their warmth. “I am thankful for the Indian "
        "government’s decision to provide support,” he said."
    )
    assert find(run_real(text), "I am thankful").actor.name == "Mohamed Muizzu"


def test_his_government_is_the_state_of_the_person_just_named(run_real):
    text = (
        "NEW DELHI — When Mohamed Muizzu was sworn in as president of the Maldives in November 2023, few "
        "in New Delhi expected him to be received here within a year. Muizzu had campaigned on a "
        "nationalist platform, and within days of taking office his government formally asked India to "
        "withdraw the military personnel stationed in the archipelago."
    )
    st = find(run_real(text), "asked India to withdraw")
    assert st.actor.name == "Maldives" and st.actor.country == "MV"


def test_a_state_as_first_party_is_no_phrase_that_began_with_its_name(run_real):
    text = (
        "Less than a year after winning power on an “India Out” platform, Maldivian President Mohamed "
        "Muizzu came to New Delhi in search of financial relief.\n\nIndia and the Maldives signed two "
        "currency swap agreements on Monday."
    )
    st = find(run_real(text), "currency swap")
    assert st.actor.name == "India" and st.actor.country == "IN"


def test_signing_a_named_declaration_together_is_a_contact(run_real):
    text = "ATHENS — Erdogan and Mitsotakis signed the Athens Declaration on Friendly Relations on Thursday."
    st = find(run_real(text), "signed the Athens Declaration")
    assert st.kind == "contact" and st.actor.name == "Recep Tayyip Erdoğan"


def test_a_declaration_signed_alone_is_no_contact(run_real):
    text = "WASHINGTON — The president signed the Emergency Declaration on Tuesday."
    assert not [s for s in run_real(text) if s.kind == "contact"]


def test_another_known_persons_name_is_no_spelling_of_this_one(make_extractor, project_resolver):
    """ "Aleksandar Vučić" is a letter or two from "Aleksandar Vulin" word by word, but the registry
    knows both: the quote is Vulin's, named as Vulin."""
    ex = make_extractor(project_resolver)
    text = (
        "BELGRADE — Serbian President Aleksandar Vučić said peace mattered.\n\n"
        "“This is revenge,” Aleksandar Vulin told reporters."
    )
    out = ex.extract(ArticleInput(text=text, published=dt.date(2025, 2, 27), source="Balkan Insight"))
    assert find(out, "This is revenge").actor.name == "Aleksandar Vulin"
    assert find(out, "peace mattered").actor.name == "Aleksandar Vučić"


def test_he_after_a_quotation_is_the_person_a_one_line_paragraph_just_introduced(run_real):
    text = (
        "MOSCOW — “It is simply impossible,” Peskov said.\n\n"
        "He added that membership brought dividends to the economy.\n\n"
        "Russian Deputy Prime Minister Alexei Overchuk went further.\n\n"
        "“We view the bill as the start of a withdrawal from the union,” the government’s press service "
        "quoted him as saying."
    )
    assert find(run_real(text), "start of a withdrawal").actor.name == "Alexei Overchuk"


def test_a_name_inside_the_last_quotation_is_no_such_introduction(run_real):
    text = (
        "BRUSSELS — “Kurti was not ready to move forward,” Borrell said. “President Vucic accepted the "
        "EU proposal.”\n\n“Lack of action by each party is a serious breach of their promises,” he added."
    )
    assert find(run_real(text), "Lack of action").actor.name == "Josep Borrell"
