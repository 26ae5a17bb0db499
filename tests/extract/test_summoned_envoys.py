"""A summons in the passive: "the Sylvanian ambassador was summoned to the foreign ministry" is the
ministry's act, however the sentence names it (by "by", or by the place the envoy was summoned to);
and the summoned envoy's state, acted on, never places that ministry: the dateline does. Names are
invented but for the UK's Foreign Office."""

import datetime as dt

import pytest

from tests.extract.conftest import find


@pytest.fixture
def real(run, project_resolver):
    return lambda text: run(text, published=dt.date(2026, 1, 30), resolver=project_resolver)


@pytest.mark.parametrize(
    "sentence",
    [
        "The Myanmar ambassador was summoned by the foreign ministry on Sunday over the shelling.",
        "The Myanmar ambassador to Dhaka was summoned to the foreign ministry on Sunday over the shelling.",
        "The Myanmar ambassador to Dhaka was summoned at the office of the foreign ministry's director general Ana Lopes "
        "on Sunday over the shelling.",
    ],
)
def test_the_ministry_that_summoned_is_the_datelines(real, sentence):
    st = find(real("DHAKA — " + sentence), "summoned")
    assert st.actor.name == "Ministry of Foreign Affairs of Bangladesh"


def test_summoned_to_a_named_office(real):
    st = find(real("LONDON — The Russian ambassador was summoned to the Foreign Office on Monday."), "summoned")
    assert st.actor.country == "GB"


def test_only_an_envoy_summoned_to_a_body_makes_that_body_speak(real):
    sts = real("Opposition lawmakers were summoned to an emergency session of parliament on Monday.")
    assert not any("session" in (s.speaker or "") for s in sts)


def test_other_passives_keep_their_subjects_state(real):
    st = find(
        real("LONDON (Reuters) - Iran's condolences were conveyed by the foreign ministry on Monday."), "conveyed"
    )
    assert st.actor.country == "IR"
