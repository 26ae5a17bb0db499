"""A federal region speaks from its state ("President of the Kurdistan Region" is placed in Iraq, and
its presidency and government are bodies of their own); agency datelines with the year after a slash
and the agency in slashes ("Velora February 15/2023 /ENA/Deputy …"), or an agency whose name holds
digits ("(Kurdistan24)"), are no part of the speaker; "Deputy Prime Minister and Minister of Foreign
Affairs, X said" is one person. Apart from the Kurdistan Region's bodies, names are invented."""

import datetime as dt

import pytest

from tests.extract.conftest import find


@pytest.fixture
def real(run, project_resolver):
    return lambda text: run(text, published=dt.date(2026, 1, 30), resolver=project_resolver)


def test_the_president_of_a_federal_region_is_placed_in_its_state(real):
    sts = real(
        "1 hour ago\n\n"
        "ERBIL (Kurdistan24) - Ali Rasool, President of the Kurdistan Region, received a phone call on Saturday "
        "from Ivo Brandt, President of Sylvania.\n\n"
        "According to a statement from the Kurdistan Region Presidency, the call took place on Saturday.\n\n"
        "The KRG said it welcomed the call."
    )
    call = find(sts, "received a phone call")
    assert call.actor.name == "Ali Rasool" and call.actor.country == "IQ"
    presidency = find(sts, "the call took place")
    assert presidency.actor.name == "Presidency of the Kurdistan Region" and presidency.actor.country == "IQ"
    assert find(sts, "it welcomed the call").actor.name == "Kurdistan Regional Government"


def test_the_region_speaking_is_its_government_not_the_state(real):
    st = find(real("The Kurdistan Region said on Monday that the border crossing would reopen."), "border crossing")
    assert st.actor.name == "Kurdistan Regional Government" and st.actor.country == "IQ"


@pytest.mark.parametrize(
    "opening",
    ["Velora February 15/2023 /ENA/", "Velora, January 13/2022/ENA/ ", "VELORA (Kurdistan24) - "],
)
def test_an_agency_dateline_is_no_part_of_the_speaker(run, opening):
    sts = run(opening + "Foreign Minister Ana Lopes said that the talks with Sylvania were useful.")
    st = find(sts, "the talks with Sylvania were useful")
    assert st.speaker == "Foreign Minister Ana Lopes"


def test_an_agency_with_digits_opening_the_text_is_no_speaker(real):
    sts = real(
        "ERBIL (Kurdistan24) - Ali Rasool, President of the Kurdistan Region, said on Saturday that talks were useful."
    )
    assert find(sts, "talks were useful").actor.name == "Ali Rasool"


def test_two_titles_of_one_person_before_the_name_are_no_pair(run):
    sts = run(
        "Deputy Prime Minister and Minister of Foreign Affairs, Ana Lopes has conferred with Foreign Affairs "
        "Ministers of various countries."
    )
    assert find(sts, "conferred with").speaker.endswith("Ana Lopes")


def test_a_person_and_his_counterpart_stay_a_pair(run):
    sts = run("President Ana Lopes and her Sylvanian counterpart, Ivo Brandt, have instructed their ministers to meet.")
    assert find(sts, "instructed their ministers").speaker.startswith("President Ana Lopes")


def test_a_spaced_agency_in_slashes_leaves_the_dateline_to_place_the_speaker(real):
    """ "BERLIN, December 29. / TASS /.": the dateline's city places a government spokesperson, not the
    agency's home nor a state named in what he said."""
    sts = real(
        "BERLIN, December 29. / TASS /. The Foreign Minister is likely to meet with her Russian counterpart "
        "Ivo Brandt soon, Deputy Government Spokesperson Ana Lopes stated during a briefing on Wednesday."
    )
    assert find(sts, "likely to meet").actor.country == "DE"
