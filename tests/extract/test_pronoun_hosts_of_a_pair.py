"""A contact whose host is a pronoun ("Varela arrived in Rome. At noon, he held a meeting with the
Canadian Foreign Minister, Helen Marsh.") still names the pair a later "both officials" or "the two
ministers" speaks for: the host is the person "he" stands for, the first party, and the one met is
the other. Sentences and names written for the tests; the project registry."""

from __future__ import annotations

import datetime as dt

import pytest

from app.pipeline.types import ArticleInput
from tests.extract.conftest import find


@pytest.fixture
def run_real(make_extractor, project_resolver):
    ex = make_extractor(project_resolver)
    return lambda text: ex.extract(ArticleInput(text=text, published=dt.date(2025, 3, 1), source="Cancillería"))


def test_both_officials_after_a_meeting_hosted_by_he(run_real):
    text = (
        "Foreign Minister Tomas Varela arrived in Brasília this morning. At noon, he held a working "
        "meeting with the Canadian Foreign Minister, Helen Marsh.\n\n"
        "During the meeting, both officials agreed on strengthening mutual trust."
    )
    st = find(run_real(text), "strengthening mutual trust")
    assert st.actor.name == "Tomas Varela"
    assert [a.name for a in st.co_actors] == ["Helen Marsh"]


def test_the_two_ministers_after_a_call_placed_by_she(run_real):
    text = (
        "Foreign Minister Ilse Brandauer returned from Vienna on Monday. In the evening, she had a "
        "phone call with her Slovak counterpart, Marek Hudec.\n\n"
        "The two ministers discussed the gas transit through Ukraine."
    )
    st = find(run_real(text), "gas transit")
    assert st.actor.name == "Ilse Brandauer"
    assert [a.name for a in st.co_actors] == ["Marek Hudec"]


def test_the_officials_later_are_the_same_pair(run_real):
    text = (
        "Foreign Minister Tomas Varela arrived in Brasília this morning. At noon, he held a working "
        "meeting with the Canadian Foreign Minister, Helen Marsh.\n\n"
        "During the meeting, both officials agreed on strengthening mutual trust.\n\n"
        "The Foreign Minister was joined by Ambassador Jorge Pintos and the Chief of Staff, Luis Ortega.\n\n"
        "The officials discussed the reopening of flights between the two countries."
    )
    st = find(run_real(text), "reopening of flights")
    assert st.actor.name == "Tomas Varela"
