"""A spokesperson's trailing attribution of what a named person did ("Pelosi voiced concern about …,
presidential spokesman X said") reports that person's statement; a person giving their own account
keeps it. Sentences written for the test; the project registry."""

from __future__ import annotations

import datetime as dt

import pytest

from app.pipeline.types import ArticleInput
from tests.extract.conftest import find


@pytest.fixture
def run_real(make_extractor, project_resolver):
    ex = make_extractor(project_resolver)
    return lambda text: ex.extract(ArticleInput(text=text, published=dt.date(2025, 3, 1)))


def test_a_trailing_spokesperson_relays_the_named_person(run_real):
    text = (
        "TAIPEI — Vice President Lai Ching-te held a video call with U.S. lawmakers on Friday.\n\n"
        "Lai expressed gratitude for Washington's steady support, presidential office spokesman "
        "Xavier Chang said."
    )
    st = find(run_real(text), "steady support")
    assert st.actor.name == "Lai Ching-te" and st.actor.country == "TW"


def test_a_person_giving_their_own_account_keeps_it(run_real):
    text = "KYIV — Ukraine has warned that the strikes will not break its resolve, Zelensky said on Sunday."
    st = find(run_real(text), "will not break its resolve")
    assert st.actor.name.startswith("Volodymyr Zelensk")


def test_a_ministry_relays_the_titled_person_it_names(run_real):
    """ "…, the Armenian diplomat expressed the hope …, the Ministry of Foreign Affairs informed X": the
    diplomat (met before by name) said it; the ministry carries it."""
    text = (
        "YEREVAN — Armenia’s Ambassador Ruben Sadoyan on Thursday met with new Foreign Minister David "
        "Zalkaliani of Georgia.\n\n"
        "Congratulating the Georgian minister on assuming office, the Armenian diplomat expressed the hope "
        "that relations will grow deeper, the Ministry of Foreign Affairs of Armenia informed reporters."
    )
    st = find(run_real(text), "grow deeper")
    assert st.actor.name == "Ruben Sadoyan" and st.actor.country == "AM"
