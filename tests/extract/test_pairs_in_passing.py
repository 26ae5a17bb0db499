"""Collective speakers and the people their clause names: "they" after a readout of a call that
recalls an earlier call between two others, and "the leaders" who instruct the pair named just
before. Every sentence is written for the test; the project's registry resolves the names."""

from __future__ import annotations

import datetime as dt

import pytest

from app.pipeline.types import ArticleInput
from tests.extract.conftest import find


@pytest.fixture
def run_real(make_extractor, project_resolver):
    ex = make_extractor(project_resolver)
    return lambda text: ex.extract(ArticleInput(text=text, published=dt.date(2024, 5, 1)))


def test_they_after_a_readout_are_the_two_on_the_call_not_a_pair_it_recalls(run_real):
    text = (
        "Foreign Secretary Alan Grey spoke with Ruritanian Foreign Minister Ivan Petrov today. "
        "Secretary Grey followed up on the March 3 call between President Miller and President Orlov. "
        "They agreed to keep in touch on preparing a summit of the two presidents."
    )
    st = find(run_real(text), "keep in touch")
    assert st.actor.name == "Alan Grey"
    assert [a.name for a in st.co_actors] == ["Ivan Petrov"]


def test_they_after_a_pair_that_spoke_as_subject_stay_that_pair(run_real):
    text = (
        "President Miller and President Orlov held talks in Vienna on Monday. "
        "They agreed to meet again before the winter."
    )
    st = find(run_real(text), "meet again before")
    assert "Orlov" in [a.name.split()[-1] for a in st.co_actors] + [st.actor.name.split()[-1]]


def test_the_leaders_who_instruct_a_pair_are_not_that_pair(run_real):
    text = (
        "The commission chief also said that the mediation by Ghanaian President John Mensah and "
        "Beninese President Paul Agbo would go on during the period.\n\n"
        "The leaders, in the final text, mandated President Mensah and President Agbo to keep talking "
        "with the three juntas and asked the commission to prepare the exit."
    )
    st = find(run_real(text), "keep talking")
    assert st.actor.name not in ("John Mensah", "Paul Agbo")
    assert not st.co_actors
