"""Frames the extractor read wrongly on wire, analysis and UN-agency copy: an infinitive of commitment
the parser took for a purpose clause, 'according to X' after the second of two verbs sharing a subject,
a contact whose subject the parser coordinated away, a comparison made by an analyst, and pronouns
that name nobody. Every sentence is written for the test."""

from __future__ import annotations

import pytest

from tests.extract.conftest import find


def test_an_infinitive_of_commitment_after_a_date_is_what_was_committed_to(run):
    st = find(
        run("Kigali and Kinshasa committed on March 3 to refrain from hostile propaganda along their border."),
        "to refrain from hostile propaganda",
    )
    assert st.kind == "indirect" and st.speaker == "Kigali and Kinshasa"


def test_a_purpose_clause_after_another_verb_stays_out(run):
    out = run("The minister said on Monday that troops arrived in the north to secure the roads.")
    assert len(out) == 1 and "troops arrived" in out[0].text


@pytest.mark.parametrize(
    "text",
    [
        "The fighting has killed hundreds of civilians and driven 300,000 people out of their homes, according to the United Nations.",
        "The conflict has killed thousands of civilians and driven two million people out of their homes, according "
        "to the Red Cross, and has left the north close to famine.",
    ],
)
def test_according_to_after_two_verbs_sharing_a_subject_covers_both(run, text):
    st = find(run(text), "people out of their homes")
    assert st.text.startswith("The ") and "has killed" in st.text
    assert "according to" not in st.text and "famine" not in st.text


def test_a_contact_reads_from_a_subject_the_parser_coordinated_away(run):
    out = run(
        "Mensah met Foreign Minister Kowalski twice in May, in Warsaw and in Accra, Ghana, and delegations from "
        "both capitals have since held three rounds of talks on visas."
    )
    st = find(out, "held three rounds of talks")
    assert st.text.startswith("delegations from both capitals")


def test_a_comparison_an_analyst_draws_is_a_statement(run):
    st = find(
        run("Analyst Ruth Mwangi compared the quarrel with the 2009 spat between Kenya and Tanzania over an island."),
        "compared the quarrel",
    )
    assert st.kind == "indirect"


@pytest.mark.parametrize(
    "text",
    [
        "Prices rose sharply compared with last year.",
        "Not everyone in the capital welcomed the deal.",
        "Nobody answered the phone at the embassy on Sunday.",
    ],
)
def test_no_statement_without_a_source(run, text):
    assert run(text) == []


def test_a_pronoun_that_names_nobody_does_not_stand_for_the_last_speaker(run):
    out = run(
        "Foreign Minister Lea Moran said the treaty would bring stability. Not everyone on the islands "
        "welcomed the deal."
    )
    assert len(out) == 1 and out[0].speaker == "Foreign Minister Lea Moran"


def test_what_a_named_party_asked_for_inside_an_act_is_its_own_statement(run):
    out = run(
        "The tribunal on Monday ordered Serbia to halt the evictions, in a decision that did not grant the "
        "full compensation Croatia had asked for."
    )
    st = find(out, "full compensation Croatia had asked for")
    assert st.speaker == "Croatia"
    assert any(s.speaker == "The tribunal" for s in out)


def test_a_relative_clause_inside_what_a_speaker_said_stays_the_speakers(run):
    out = run("Foreign Minister Ivo Petrov said the plan, which Kyiv proposed in May, was dead.")
    assert len(out) == 1 and out[0].speaker == "Foreign Minister Ivo Petrov"
