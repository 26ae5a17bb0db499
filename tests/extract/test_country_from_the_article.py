"""Issue 14, kind 5: a speaker's country from what the article itself says about it: a title in
apposition whose place the parser hung on the name ("X, Principal Adviser to the US President,"), a
title before a name the small model took for a body, a body the article gave an owner earlier
("Ruritania's Audit Chamber" … "The Audit Chamber said"), a dateline over a country named only
inside a quotation, and a palace that stands for its ministry. Every sentence here is invented."""

import datetime as dt

import pytest

from tests.extract.conftest import find

DAY = dt.date(2024, 5, 14)


@pytest.fixture
def real(run, project_resolver):
    return lambda text: run(text, published=DAY, resolver=project_resolver)


def test_a_place_hung_on_the_name_after_an_apposed_title(real):
    st = find(
        real("Talia Brandt, Principal Adviser to the US President for Energy Questions, said the tariffs would stay."),
        "tariffs would stay",
    )
    assert (st.actor.name, st.actor.country) == ("Talia Brandt", "US")


def test_an_office_served_in_apposition(real):
    sts = real(
        "Netanyahu's office said the crossing would stay shut.\n\n"
        '"No trucks will pass this week," Avi Ronen, a spokesman for the prime minister, told reporters.'
    )
    assert find(sts, "No trucks will pass").actor.country == "IL"


def test_a_title_before_a_name_taken_for_a_body(real):
    st = find(
        real("Kenya's ambassador to the United Nations, Wanjiru Odhiambo, said the vote was a mistake."),
        "vote was a mistake",
    )
    assert (st.actor.name, st.actor.country) == ("Wanjiru Odhiambo", "KE")


def test_a_body_the_article_gave_an_owner_earlier(real):
    sts = real(
        "Officials said Anatoly Kuzmin, head of Russia's Audit Chamber, had met the governor.\n\n"
        "Police detained two officials. The Audit Chamber said the accounts of the port had been frozen."
    )
    assert find(sts, "accounts of the port").actor.country == "RU"


def test_a_dateline_beats_a_country_named_only_inside_a_quotation(real):
    sts = real(
        "SEOUL, March 3 (Yonhap) -- The fisheries ministry said on Monday the new quota would take effect in May.\n\n"
        '"North Korea seems to be fishing well beyond the agreed line, and that will only deepen the dispute," '
        "ministry spokesperson Park Minsu told reporters."
    )
    assert find(sts, "agreed line").actor.country == "KR"


def test_a_country_in_narration_still_places_the_speaker(real):
    sts = real(
        "SEOUL, March 3 (Yonhap) -- The fisheries ministry said on Monday the new quota would take effect in May.\n\n"
        "Japan protested on Tuesday. Its foreign ministry spokesperson Aiko Mori said the quota broke the 1998 accord."
    )
    assert find(sts, "1998 accord").actor.country == "JP"


@pytest.mark.parametrize(("palace", "country"), [("The San Martín Palace", "AR"), ("The Miraflores Palace", "VE")])
def test_a_palace_stands_for_its_ministry_or_presidency(real, palace, country):
    st = find(real(f"{palace} said on Monday that the talks on the river border would resume in June."), "river border")
    assert st.actor.country == country


def test_the_leader_of_a_national_delegation_speaks_for_its_country(real):
    sts = real(
        "OSLO -- Norway hosted the talks. The Bolivian delegation, headed by deputy minister Mateo Quispe Rojas, "
        "met the Peruvian negotiators.\n\nQuispe Rojas told reporters that La Paz had handed over a draft treaty."
    )
    assert find(sts, "draft treaty").actor.country == "BO"


def test_a_half_named_state_the_article_named_in_full(real):
    sts = real(
        "SEOUL -- North Korea launched a satellite on Monday.\n\n"
        "A spokesman for the North's defence ministry described the naval exercise as a reckless provocation."
    )
    assert find(sts, "naval exercise").actor.country == "KP"


def test_a_half_named_state_needs_the_full_name_in_the_article(real):
    sts = real("SEOUL -- Heavy rain fell on Monday.\n\nA spokesperson for the North's water board said the dams held.")
    assert find(sts, "dams held").actor.country != "KP"


def test_with_a_dateline_the_country_a_trailing_attribution_reports_is_not_the_speakers(real):
    sts = real("SEOUL -- North Korea fired two missiles into the sea on Monday, the military said.")
    assert find(sts, "two missiles").actor.country == "KR"


def test_with_a_dateline_a_country_acted_on_is_not_the_speakers(real):
    sts = real(
        "ISLAMABAD -- Relations with India soured further. In Lahore, the Foreign Office said the talks were over."
    )
    assert find(sts, "talks were over").actor.country == "PK"


def test_a_name_the_small_model_did_not_tag_before_a_possessive_title(real):
    st = find(
        real("Marta Ruiz, Kenya's foreign affairs cabinet secretary, said the deployment would go ahead."),
        "deployment would go ahead",
    )
    assert (st.actor.name, st.actor.country) == ("Marta Ruiz", "KE")


def test_a_place_before_a_title_in_apposition_is_not_a_person(real):
    st = find(real("Chad, the current chair of the bloc, said the summit would go ahead."), "summit would go ahead")
    assert st.actor.kind == "state" and st.actor.country == "TD"
