"""A body whose own name holds "and" ("the Ministry of Foreign Affairs and Foreign Trade") is one
body, placed as a bare body is (the outlet's state), not two parties. Sentences written for the test."""

from __future__ import annotations

import pytest

from app.pipeline.types import ArticleInput


def test_a_ministry_named_with_and_is_one_body_of_the_outlets_state(real_with_source):
    text = (
        "The Ministry of Foreign Affairs and Foreign Trade has confirmed that the governments of Jamaica and "
        "the United States (US) are in talks over a new agreement."
    )
    (st,) = real_with_source(text, "The Kingston Courier (Jamaica)")
    assert st.actor.country == "JM" and st.actor.kind == "institution"
    assert st.speaker == "The Ministry of Foreign Affairs and Foreign Trade"


def test_two_bodies_joined_by_and_stay_two_parties(run):
    (st,) = run("The Ministry of Defence and the Foreign Ministry said the talks would resume.")
    assert st.actor.name == "Ministry of Defence"  # the first party, not one body glued from both


@pytest.mark.parametrize(
    "text, state",
    [
        ("Putin's Russia has warned that it will respond to any attack on its territory.", "Russia"),
        ("Milei’s Argentina said it will always stand by its allies.", "Argentina"),
    ],
)
def test_a_state_named_after_its_leaders_possessive_is_the_state(make_extractor, project_resolver, text, state):
    (st,) = make_extractor(project_resolver).extract(ArticleInput(text=text))
    assert st.actor.name == state and st.actor.kind == "state"


def test_a_person_after_a_states_possessive_stays_the_person(make_extractor, project_resolver):
    (st,) = make_extractor(project_resolver).extract(ArticleInput(text="Russia's Lavrov said the talks went well."))
    assert st.actor.kind == "person"
