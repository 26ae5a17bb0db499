"""Groups an article does not name ("Critics said …", "Opponents have called the plan reckless") are
sources (GUIDELINES: anonymous or collective sources are statements), and "were quick to hail" did
hail. Every sentence is invented."""

from tests.extract.conftest import find

OPENING = "VELORA — The new border policy has divided the region.\n\n"


def test_critics_and_opponents_are_sources(run):
    sts = run(OPENING + "Critics said the approach was reckless.\n\nOpponents have called the plan a gamble.")
    assert find(sts, "the approach was reckless").speaker == "Critics"
    assert find(sts, "the plan a gamble").speaker == "Opponents"


def test_quick_to_hail_is_a_statement_of_the_subject(run):
    sts = run(OPENING + "In Sylvania, officials were quick to hail the agreement.")
    st = find(sts, "hail the agreement")
    assert st.speaker == "officials"


def test_keen_to_stress_is_not_yet_said(run):
    sts = run(OPENING + "The minister is expected to stress the deal's merits on Monday.")
    assert not any("merits" in st.text for st in sts)


def test_maintaining_contacts_is_a_deed_not_a_claim(run):
    sts = run(
        "VELORA — Foreign Minister Ana Lopes spoke on Monday.\n\n"
        "According to her, Velora maintains contacts with both sides.\n\n"
        "Sylvania has long maintained that the talks are a sham."
    )
    assert "Ana Lopes" in find(sts, "maintains contacts with both sides").speaker
    assert find(sts, "the talks are a sham").speaker == "Sylvania"


def test_a_plural_title_opening_a_sentence_is_not_the_last_minister(run):
    sts = run(
        "VELORA — Foreign Minister Ana Lopes said on Monday that the border must stay open.\n\n"
        '"We cannot be naive," Lopes told reporters after the meeting of the regional council.\n\n'
        "Ministers also spoke about the situation in Sylvania."
    )
    st = find(sts, "the situation in Sylvania")
    assert "Lopes" not in st.speaker and "Lopes" not in st.actor.name
