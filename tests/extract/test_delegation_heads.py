"""A state's delegation speaks by the head the article names for it ("the head of the Georgian
delegation, X", "the Georgian delegation, headed by X"), before or after the statement; a
delegation's head is no head of state."""

from __future__ import annotations

import datetime as dt

import pytest

from app.pipeline.types import ArticleInput

from .conftest import find


@pytest.fixture
def run_real(make_extractor, project_resolver):
    ex = make_extractor(project_resolver)
    return lambda text: ex.extract(ArticleInput(text=text, published=dt.date(2024, 5, 1)))


def test_the_delegation_is_its_head_named_with_it(run_real):
    text = (
        "Georgia proposes a new schedule for the Vienna talks\n\n"
        "The Georgian delegation, headed by Deputy Foreign Minister Levan Dvali, arrived in Vienna on Monday.\n\n"
        "The Georgian delegation said it had proposed a new schedule for the talks."
    )
    st = find(run_real(text), "proposed a new schedule")
    assert st.actor.name == "Levan Dvali"
    assert st.actor.country == "GE"


def test_two_delegations_are_the_first_ones_head_named_later(run_real):
    text = (
        "Georgian and Armenian delegations agreed on Friday to reopen the rail link between the two countries.\n\n"
        "Speaking afterwards, the head of the Georgian delegation, Levan Dvali, said the talks had been useful."
    )
    st = find(run_real(text), "reopen the rail link")
    assert st.actor.name == "Levan Dvali"
    assert st.actor.country == "GE"
    later = find(run_real(text), "had been useful")
    assert later.actor.name == "Levan Dvali" and later.actor.country == "GE"


def test_a_delegation_head_is_not_the_head_of_state(run_real):
    text = "Georgia's delegation head, Economy Minister Levan Dvali, said the talks in Vienna had been useful."
    st = find(run_real(text), "had been useful")
    assert st.actor.name == "Levan Dvali"
