"""Contacts and joint statements a spokesperson or a pair carries: a comment on a call between
others is that call (a contact of its first party), "the two heads of state" are the pair who
spoke last when no pair is named nearby, and "the Brazilian side" is one state. Every sentence
is written for the test."""

from __future__ import annotations

import datetime as dt

import pytest

from app.pipeline.types import ArticleInput
from tests.extract.conftest import find


@pytest.fixture
def run_real(make_extractor, project_resolver):
    ex = make_extractor(project_resolver)
    return lambda text: ex.extract(ArticleInput(text=text, published=dt.date(2024, 5, 1)))


def test_a_comment_on_a_call_between_others_is_that_call(run_real):
    text = (
        "Peskov commented on the phone call between Russian President Vladimir Putin and French "
        "President Emmanuel Macron, held on Monday.\n\n"
        "He said the call had been arranged at the French side's request."
    )
    out = run_real(text)
    call = find(out, "phone call between")
    assert call.kind == "contact" and call.actor.name == "Vladimir Putin"
    assert not [s for s in out if s.actor.name == "Dmitry Peskov" and "phone call" in s.text]
    assert find(out, "arranged at the French").actor.name == "Dmitry Peskov"  # "he" is still the commenter


def test_a_comment_with_its_own_words_stays_the_commenters(run_real):
    out = run_real("Peskov commented on the call, saying it had been businesslike.")
    assert all(s.actor.name == "Dmitry Peskov" for s in out)


def test_the_two_heads_of_state_are_the_pair_who_spoke_last(run_real):
    text = (
        "Chinese President Xi Jinping held talks with Brazilian President Luiz Inacio Lula da Silva in Beijing.\n\n"
        "Xi said the partnership had never been stronger.\n\n"
        "Lula said Brazil wanted closer ties with the United Nations, the G20 and BRICS.\n\n"
        "The two heads of state also exchanged views on the situation in the Middle East."
    )
    st = find(run_real(text), "exchanged views")
    assert st.kind == "contact" and st.actor.name == "Xi Jinping"
    assert [a.name for a in st.co_actors] == ["Luiz Inácio Lula da Silva"]


def test_one_side_named_by_its_country_is_that_state(run_real):
    text = (
        "Xi held talks with Lula on Friday.\n\n"
        "In the joint statement, the Brazilian side reiterated its support for the one-China principle."
    )
    st = find(run_real(text), "reiterated its support")
    assert st.actor.name == "Brazil" and st.actor.country == "BR"
