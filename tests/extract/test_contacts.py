"""Reported contacts between named parties; planned meetings are not contacts."""

import pytest

from tests.extract.conftest import find


def test_phone_call_with_counterpart(run):
    st = find(run("Foreign Minister Ana Ruiz held a phone call with her Chilean counterpart Luis Mora."), "phone call")
    assert st.kind == "contact" and st.actor.name == "Ana Ruiz"
    assert "Luis Mora" in st.targets
    assert st.category_code == "041"


def test_joint_subject_meeting(run):
    st = find(run("Chancellor Eva Lind and President Omar Haddad met in Geneva on Friday."), "met in Geneva")
    assert st.kind == "contact" and st.actor.name == "Eva Lind"


def test_the_two_met(run):
    text = "Minister Ola Berg would not say what he had offered to Minister Ivo Kral when the two met in Oslo."
    st = find(run(text), "met in Oslo")
    assert st.actor.name == "Ola Berg"


def test_planned_and_cancelled_meetings_are_not_contacts(run):
    text = (
        "President Ana Ruiz and Premier Luis Mora were due to hold talks in Lima on Monday. "
        "The two leaders will meet again next year."
    )
    assert [s for s in run(text) if s.kind == "contact"] == []


def test_signing_by_two_parties(run):
    st = find(run("The accord was signed on Monday by Premier Luis Mora and President Ana Ruiz."), "signed")
    assert st.kind == "contact" and st.actor.name == "Luis Mora"


def test_resumptive_pronoun_after_a_name(run):
    text = "Foreign Minister Ana Ruiz she also spoke about the drought with her Chilean counterpart Luis Mora."
    st = find(run(text), "spoke about the drought")
    assert st.kind == "contact" and st.actor.name == "Ana Ruiz"
    assert "Luis Mora" in st.targets


def test_resumptive_pronoun_after_a_titled_name(run):
    text = "President of Chile Luis Mora he also talked about the drought with the prime minister of Peru Ana Ruiz."
    st = find(run(text), "talked about the drought")
    assert st.kind == "contact" and st.actor.name == "Luis Mora"


def test_signing_an_agreement_together_is_a_contact(run):
    (st,) = run("Prime Minister Jan Kowal and his Tuvaluan counterpart, Tavita Lemu, signed the agreement on Friday.")
    assert st.kind == "contact" and "Kowal" in st.actor.name
    (st,) = run("Berg signed a memorandum of understanding with Aliyev in Baku on Monday.")
    assert st.kind == "contact" and st.actor.name == "Berg"


def test_signing_alone_or_in_future_is_no_contact(run):
    assert run("The president signed a decree on Monday.") == []
    assert run("The president signed the agreement into law.") == []
    assert run("The two leaders are due to sign a treaty next week.") == []


def test_speaking_to_reporters_is_no_contact(run):
    sts = run("Speaking to reporters after the talks, Prime Minister Jan Kowal said the dam would be finished in May.")
    assert [s.kind for s in sts] == ["indirect"]


def test_observe_and_maintain_report_only_with_a_clause(run):
    assert run("The office observes elections across the region.") == []
    assert run("Only a dozen countries maintain diplomatic relations with the island.") == []
    (st,) = run("The minister observed that the ceasefire was holding.")
    assert "ceasefire was holding" in st.text


def test_phoning_a_counterpart_is_a_contact(run):
    for sentence in (
        "Foreign Minister Ana Lopes phoned her Sylvanian counterpart Ivo Brandt on Monday.",
        "Foreign Minister Ana Lopes telephoned Ivo Brandt and Jan Kowal on Monday.",
        "Foreign Minister Ana Lopes had phoned Prime Minister Ivo Brandt to greet him on his election.",
    ):
        (st,) = run(sentence)
        assert st.kind == "contact" and st.speaker == "Foreign Minister Ana Lopes", sentence


def test_meeting_with_a_visiting_minister_is_a_contact(run):
    (st,) = run("Foreign Minister Ana Lopes met with visiting Sylvanian Foreign Minister Ivo Brandt in Velora.")
    assert st.kind == "contact" and st.speaker == "Foreign Minister Ana Lopes"


@pytest.mark.parametrize(
    "sentence",
    [
        "Talks between Ana Reis and Ivo Brandt were held in Velora on Monday.",
        "The first meeting of Ana Reis and Ivo Brandt took place in New York.",
    ],
)
def test_a_contact_noun_as_the_subject_of_happened_is_a_contact(run, sentence):
    sts = run(sentence)
    assert [s.kind for s in sts] == ["contact"]
    assert "Ana Reis" in sts[0].speaker


@pytest.mark.parametrize(
    "sentence",
    [
        "Talks between Ana Reis and Ivo Brandt will take place in Velora.",
        "Talks between Ana Reis and Ivo Brandt were not held.",
        "The meeting of the council took place on Monday.",
    ],
)
def test_planned_or_unheld_or_partyless_meetings_are_no_contact(run, sentence):
    assert run(sentence) == []
