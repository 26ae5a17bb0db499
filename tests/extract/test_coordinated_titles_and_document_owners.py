"""Two parse repairs: a title the parser joins to the noun before "and" goes back to the name it
stands before ("… at international fora and Minister of Foreign Affairs Ana Lima has said …"), and a
document's owner hung on the verb ("disclosed in a statement yesterday from the Ministry …") issues
it. Every sentence is written for the test."""

from __future__ import annotations

from tests.extract.conftest import find

_FORA = (
    "Ruritania’s Ambassador here, Ana Lopes, has formally asked the Government for support at "
    "international fora and Minister of Foreign Affairs Carl Greenidge has said that he will transmit "
    "this request."
)


def test_a_title_before_and_belongs_to_the_next_subject(run):
    sts = run(_FORA)
    asked = find(sts, "for support at international fora")
    assert "Minister" not in asked.text
    said = find(sts, "transmit this request")
    assert said.speaker == "Minister of Foreign Affairs Carl Greenidge"


def test_a_documents_owner_after_the_verb_issues_it(run):
    text = (
        "The border talks will resume in May.\n"
        "This was disclosed in a statement yesterday from the Ministry of Foreign Affairs.\n"
        "The statement noted that the two delegations had agreed on a new timetable."
    )
    st = find(run(text), "agreed on a new timetable")
    assert st.speaker == "the Ministry of Foreign Affairs"


def test_a_quotation_glued_to_its_colon_is_the_speakers(run):
    # Copy that lost the space: "He added:“We …”"
    sts = run("Foreign Minister Ana Lima spoke in Velora. He added:“We remember the talks of 2022, which failed.”")
    st = find(sts, "remember the talks of 2022")
    assert "Ana Lima" in st.speaker and "“" not in st.speaker
