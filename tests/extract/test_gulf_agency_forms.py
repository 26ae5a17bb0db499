"""The house style of Gulf news agencies: a title before an honorific ("President His Highness Sheikh
X"), "His Highness" coming back, and "the two sides" after "X received a phone call from Y". Every
name here is invented."""

from tests.extract.conftest import find

CALL = (
    "President His Highness Sheikh Khalid bin Rashid Al Tamimi received a phone call from President Ivo Brandt "
    "of Sylvania.\n\n"
    "During the call, the two sides discussed the relations between the two countries and ways to strengthen "
    "cooperation.\n\n"
    "His Highness reaffirmed his support for all efforts aimed at a peaceful solution to the crisis."
)


def test_the_name_after_a_title_and_an_honorific_is_the_speaker(run):
    st = find(run(CALL), "received a phone call")
    assert st.speaker == "President His Highness Sheikh Khalid bin Rashid Al Tamimi"


def test_the_two_sides_after_a_call_received_are_its_parties(run):
    st = find(run(CALL), "the two sides discussed")
    assert "Khalid bin Rashid Al Tamimi" in st.speaker


def test_a_place_after_from_is_no_party(run):
    sts = run(
        "President Ana Lopes returned from Sylvania on Monday.\n\n"
        "The two sides discussed ways to strengthen cooperation."
    )
    assert not any("Lopes" in s.speaker for s in sts)


def test_the_two_ministers_after_a_meeting_with_a_counterpart_named_in_apposition(run):
    sts = run(
        "During a meeting with his Sylvanian counterpart Ivo Brandt in Velora, Foreign Minister Ana Lopes warned "
        "of the consequences of the war.\n\n"
        "The two ministers also discussed ways to boost bilateral cooperation."
    )
    assert "Ana Lopes" in find(sts, "boost bilateral cooperation").speaker
