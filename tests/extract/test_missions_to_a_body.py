"""A post's "to" phrase naming where it is posted belongs to the speaker mention ("Peru's mission
to the United Nations"), so the mission is named as a state's mission to that body. Sentences
written for the test."""

from __future__ import annotations

import datetime as dt

import pytest

from app.pipeline.types import ArticleInput
from tests.extract.conftest import find


@pytest.fixture
def run_real(make_extractor, project_resolver):
    ex = make_extractor(project_resolver)
    return lambda text: ex.extract(ArticleInput(text=text, published=dt.date(2024, 5, 1)))


def test_a_states_mission_to_the_un_keeps_its_to_phrase(run_real):
    text = "The claims were contested, and Peru's mission to the United Nations rejected the charges late on Monday."
    st = find(run_real(text), "rejected the charges")
    assert st.speaker.endswith("to the United Nations")
    assert st.actor.name == "Permanent Mission of Peru to the United Nations" and st.actor.country == "PE"
