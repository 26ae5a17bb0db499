"""A speaker after a state whose name holds an "and" ("Antigua and Barbuda's Permanent
Representative X said") is that person, not a first party "Antigua" of a joint mention.
Sentences written for the test; the project registry."""

from __future__ import annotations

import datetime as dt

import pytest

from app.pipeline.types import ArticleInput
from tests.extract.conftest import find


@pytest.fixture
def run_real(make_extractor, project_resolver):
    ex = make_extractor(project_resolver)
    return lambda text: ex.extract(ArticleInput(text=text, published=dt.date(2024, 3, 1)))


def test_the_person_after_a_state_name_with_and(run_real):
    text = (
        "WASHINGTON — Antigua and Barbuda’s Permanent Representative Sir Ronald Sandersen said the "
        "meeting would serve no useful purpose."
    )
    st = find(run_real(text), "no useful purpose")
    assert st.actor.name == "Ronald Sandersen" and st.actor.country == "AG"


def test_two_states_stay_a_joint_mention(run_real):
    st = find(run_real("Kenya and Uganda said the border would reopen on Monday."), "border would reopen")
    assert st.actor.name == "Kenya"
