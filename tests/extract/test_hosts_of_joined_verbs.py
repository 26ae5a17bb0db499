"""A contact told with two verbs under one subject ("Amina Tolbert, Chairperson of the AU
Commission, met and held talks with Kofi Mensah") has its host in the first verb's subject: a
later "the two officials" speaks for that pair, first the host. Sentences and names written for
the tests; the project registry."""

from __future__ import annotations

import datetime as dt

import pytest

from app.pipeline.types import ArticleInput
from tests.extract.conftest import find


@pytest.fixture
def run_real(make_extractor, project_resolver):
    ex = make_extractor(project_resolver)
    return lambda text: ex.extract(ArticleInput(text=text, published=dt.date(2025, 3, 1), source="Xinhua"))


def test_the_two_officials_after_met_and_held_talks(run_real):
    text = (
        "ADDIS ABABA — On Sunday, Amina Tolbert, Chairperson of the AU Commission, met and held talks "
        "with Kofi Mensah, Foreign Minister of Ghana, in Addis Ababa.\n\n"
        "During their meeting, the two officials discussed the situation in the Sahel."
    )
    st = find(run_real(text), "situation in the Sahel")
    assert st.actor.name == "Amina Tolbert"
    assert [a.name for a in st.co_actors] == ["Kofi Mensah"]


def test_the_two_ministers_after_arrived_and_held_a_meeting(run_real):
    text = (
        "LIMA — Foreign Minister Rosa Quispe arrived in Santiago on Monday and held a meeting with "
        "her Chilean counterpart, Tomás Irarrázaval.\n\n"
        "The two ministers agreed to reopen the border crossing at Chacalluta."
    )
    st = find(run_real(text), "reopen the border crossing")
    assert st.actor.name == "Rosa Quispe"
    assert [a.name for a in st.co_actors] == ["Tomás Irarrázaval"]
