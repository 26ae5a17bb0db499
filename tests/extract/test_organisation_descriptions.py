"""A loose description of an organisation ("the alliance", "the 15-member body", "the regional
bloc") is the nearest organisation the article named before it, even one that has not spoken,
and never a body the article only described. Every sentence is written for the test; the
project's registry resolves the names (`project_resolver`)."""

from __future__ import annotations

import datetime as dt

import pytest

from app.pipeline.types import ArticleInput
from tests.extract.conftest import find


@pytest.fixture
def run_real(make_extractor, project_resolver):
    ex = make_extractor(project_resolver)
    return lambda text: ex.extract(ArticleInput(text=text, published=dt.date(2024, 5, 1)))


def test_a_numbered_body_is_the_council_named_before(run_real):
    text = "The UN Security Council met on Monday about the shelling. Later the 15-member body condemned the attack."
    st = find(run_real(text), "condemned the attack")
    assert st.actor.name == "United Nations Security Council"


def test_the_alliance_is_the_organisation_named_before_not_the_last_body_that_spoke(run_real):
    text = (
        "The UN Security Council said it would meet again on Friday.\n\n"
        "NATO leaders gathered in Vilnius on Tuesday. The alliance said it would raise its spending target."
    )
    st = find(run_real(text), "raise its spending target")
    assert st.actor.name == "North Atlantic Treaty Organization"


def test_a_description_that_names_its_organisation_is_that_organisation(run_real):
    text = "The European Commission said it was ready. The North Atlantic alliance said it was deeply worried."
    st = find(run_real(text), "deeply worried")
    assert st.actor.name == "North Atlantic Treaty Organization"


@pytest.mark.parametrize("description", ["the body", "the alliance", "the organisation"])
def test_no_organisation_named_leaves_the_description_unknown(run_real, description):
    text = f"Delegates gathered in Geneva on Monday. Later {description} called for calm on the border."
    st = find(run_real(text), "calm on the border")
    assert not st.actor.known
