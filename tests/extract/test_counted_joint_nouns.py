"""Counted joint mentions: "both officials" and "the two authorities" speak for the pair just named,
while "two officials familiar with the talks" stay an anonymous group of their own; and "the two
ministers" after a contact whose second party the parser broke go by the person who led the contact.
Names are invented."""

import datetime as dt

import pytest

from tests.extract.conftest import find


@pytest.fixture
def real(run, project_resolver):
    return lambda text: run(text, published=dt.date(2026, 1, 30), resolver=project_resolver)


def test_both_officials_and_the_two_authorities_are_the_first_party(real):
    sts = real(
        "Sylvanian Foreign Minister Ana Lopes held a meeting with her Velorian counterpart Ivo Brandt on Tuesday.\n\n"
        "At their first meeting, both officials highlighted the excellent state of the bilateral relationship.\n\n"
        "The two authorities reaffirmed their agreements on the protection of human rights."
    )
    assert find(sts, "the excellent state").actor.name == "Ana Lopes"
    assert find(sts, "their agreements on the protection").actor.name == "Ana Lopes"


def test_counted_officials_with_a_description_stay_an_anonymous_group(real):
    sts = real(
        "Sylvanian Foreign Minister Ana Lopes held a meeting with her Velorian counterpart Ivo Brandt on Tuesday.\n\n"
        "Two officials familiar with the talks said the envoy had pressed hard for a deal."
    )
    st = find(sts, "pressed hard for a deal")
    assert st.actor.name != "Ana Lopes"
    assert "officials" in st.speaker.lower()


def test_the_two_ministers_after_a_broken_pair_are_the_leading_party(real):
    sts = real(
        "Velora, — Minister of Foreign Affairs, Ana Lopes, held talks with the Minister of Foreign Affairs and "
        "International cooperation of Sylvania, Ambassador Ivo Brandt Houssein.\n\n"
        "The two ministers exchanged views on bilateral and regional matters aimed at further consolidating ties."
    )
    assert find(sts, "exchanged views on bilateral").actor.name == "Ana Lopes"


def test_both_officials_after_two_anonymous_officials_are_those_officials(real):
    sts = real(
        "Sylvanian Foreign Minister Ana Lopes held a meeting with her Velorian counterpart Ivo Brandt on Tuesday. "
        "Lopes said the meeting was constructive.\n\n"
        "Two officials familiar with the talks told reporters the gap was wide. "
        "Both officials said the sides remained far apart."
    )
    assert find(sts, "remained far apart").actor.name != "Ana Lopes"


def test_the_ministers_of_a_group_are_not_the_last_one_who_spoke(real):
    sts = real(
        "Foreign ministers of the Group of Seven met in Velora on Friday. Sylvanian Foreign Minister Ana Lopes said "
        "the group was united.\n\nThe ministers also agreed to extend sanctions."
    )
    assert find(sts, "extend sanctions").actor.name != "Ana Lopes"


def test_the_leading_party_is_looked_for_one_paragraph_back_only(real):
    sts = real(
        "Velora, — Minister of Foreign Affairs, Ana Lopes, held talks with the Minister of Foreign Affairs and "
        "International cooperation of Sylvania, Ambassador Ivo Brandt Houssein.\n"
        "The visit was the first of its kind.\nA dinner followed.\nThe guests left on Friday.\n"
        "The two ministers exchanged views on bilateral and regional matters aimed at further consolidating ties."
    )
    assert find(sts, "exchanged views on bilateral").actor.name != "Ana Lopes"
