"""Statements the extractor missed on Gulf, South Asian, Latin American and analysis copy: a passive
whose agent acted, formal acts with verbs not known before (delivered a demarche, sent cables, published
a strategy, endorsed, disowned), a title whose typographic apostrophe broke the parse. Every sentence
is written for the test."""

from __future__ import annotations

import pytest

from tests.extract.conftest import find


@pytest.mark.parametrize(
    ("text", "speaker", "fragment"),
    [
        (
            "Judge Maria Okello, the lone dissenter on the panel, was promptly disowned by her own party.",
            "her own party",
            "was promptly disowned by her own party",
        ),
        ("The ceasefire proposal was rejected by Moscow on Monday.", "Moscow", "was rejected by Moscow"),
        (
            "The president's praise for the general has been repeatedly criticised by opposition lawmakers.",
            "opposition lawmakers",
            "has been repeatedly criticised by opposition lawmakers",
        ),
        (
            "The Iranian ambassador was summoned by the foreign ministry on Tuesday.",
            "the foreign ministry",
            "was summoned by the foreign ministry",
        ),
    ],
)
def test_the_agent_of_a_passive_act_is_its_source(run, text, speaker, fragment):
    st = find(run(text), fragment)
    assert st.kind == "indirect" and st.speaker == speaker


@pytest.mark.parametrize(
    "text",
    [
        "The two suspects were questioned by police for several hours.",
        "The war crimes committed by the militia were documented in detail.",
        "Each clause had been approved by every delegation before dawn.",
        "The appeal was dismissed by the court in March.",
    ],
)
def test_a_passive_whose_agent_did_something_else_is_no_statement(run, text):
    assert run(text) == []


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        (
            "The foreign ministry summoned the Indian envoy and delivered a formal demarche, calling for an inquiry "
            "into the shooting.",
            "delivered a formal demarche, calling for an inquiry",
        ),
        (
            "The emir and his deputy were quick to respond, sending cables in which they congratulated "
            "the new president.",
            "sending cables",
        ),
        (
            "Germany published its first Africa strategy in March and endorsed the partnership agenda.",
            "published its first Africa strategy",
        ),
    ],
)
def test_formal_acts_that_communicate(run, text, fragment):
    assert find(run(text), fragment).kind == "indirect"


@pytest.mark.parametrize(
    "text",
    [
        "The courier delivered the parcels to the embassy.",
        "The ministry sent troops to the border.",
        "The newspaper published a photograph of the meeting.",
    ],
)
def test_delivering_sending_or_publishing_other_things_is_no_statement(run, text):
    assert run(text) == []


def test_a_typographic_apostrophe_inside_a_title_keeps_the_name_whole(run):
    st = find(run("The ministry had summoned Iranian Chargé d’Affaires Reza Karimi on Sunday."), "summoned")
    assert "Reza Karimi" in st.text and st.speaker == "The ministry"


def test_a_chain_of_acts_and_its_participle_is_one_statement(run):
    out = run(
        "The foreign ministry summoned the Indian envoy and delivered a formal demarche, calling for an inquiry "
        "into the shooting."
    )
    assert len(out) == 1
    assert out[0].text.startswith("summoned the Indian envoy") and out[0].text.endswith("into the shooting")


@pytest.mark.parametrize(
    ("text", "speaker", "fragment"),
    [
        (
            "Prime Minister Ana Reis of Freedonia gave a warm welcome on Friday to the visiting Ruritanian leader.",
            "Prime Minister Ana Reis of Freedonia",
            "gave a warm welcome",
        ),
        (
            "The Freedonian president extended a cordial welcome to the delegation from Ruritania.",
            "The Freedonian president",
            "extended a cordial welcome",
        ),
    ],
)
def test_a_welcome_given_or_extended_is_a_welcome(run, text, speaker, fragment):
    st = find(run(text), fragment)
    assert st.speaker == speaker
    assert st.category_code == "051"


def test_a_gift_given_is_no_statement(run):
    assert not run("The minister gave a speedboat to the coast guard on Friday.")


def test_reneging_on_a_promise_is_a_rejection(run):
    text = "In a sharp reversal, President Ana Reis has reneged on her promise to hold a referendum on the new charter."
    st = find(run(text), "reneged on her promise")
    assert st.speaker == "President Ana Reis"
    assert st.category_code == "120"


def test_an_indictment_is_a_formal_accusation(run):
    st = find(
        run("A Freedonian court indicted the former interior minister on corruption charges."), "corruption charges"
    )
    assert st.speaker == "A Freedonian court"
    assert st.category_code == "111"


def test_an_indictment_by_a_named_court_in_the_passive_is_the_courts(run):
    st = find(run("The former interior minister has been indicted by the international tribunal."), "indicted")
    assert st.speaker == "the international tribunal"


def test_an_indictment_with_no_one_who_indicted_is_no_statement(run):
    assert not run("The former minister was indicted last year.")
