"""Detection round of 5 December 2026: statements missed entirely and contacts reported where there was
none. "made clear" without "that", a body that "resolved to" act, a meeting chaired (not in a relative
clause describing the chair), and no contact from a framing "Speaking to <audience> after the meeting",
from "his meeting with X" named again after a preposition, or from hosting an event. Sentences are our own."""

import pytest

from tests.extract.conftest import find


@pytest.mark.parametrize(
    ("text", "speaker", "fragment"),
    [
        ("Norway, for its part, made clear it would not back the embargo.", "Norway", "would not back the embargo"),
        (
            "The Chilean government made it plain the border crossing would stay shut.",
            "The Chilean government",
            "crossing would stay shut",
        ),
    ],
)
def test_made_clear_without_that_reports_its_clause(run, text, speaker, fragment):
    st = find(run(text), fragment)
    assert st.kind == "indirect" and st.speaker == speaker


def test_made_clear_with_a_condition_reports_no_clause(run):
    assert run("The envoy made clear the costs to the partnership if the vote is not held.") == []


def test_a_body_that_resolved_to_act(run):
    st = find(run("The regional council resolved to send a fact-finding mission to the border towns."), "mission")
    assert st.kind == "indirect" and st.speaker == "The regional council"


def test_resolving_a_dispute_is_no_statement(run):
    assert run("The two neighbours resolved the dispute over the river last year.") == []


def test_chairing_a_meeting_is_a_contact(run):
    (st,) = run("On Monday, Lopes chaired a four-way meeting of Peruvian, Chilean and Bolivian envoys in Lima.")
    assert st.kind == "contact" and st.speaker == "Lopes" and "four-way meeting" in st.text


def test_who_chaired_the_talks_describes_the_speaker(run):
    statements = run("Ana Lopes, who chaired the talks, told reporters that the river accord was within reach.")
    assert [s.kind for s in statements] == ["indirect"]


@pytest.mark.parametrize(
    "text",
    [
        "Speaking to reporters after the meeting, Trade Minister Ana Lopes and Deputy Ivo Brandt said the accord held.",
        "Speaking to IRIB after the session, Lopes said the river accord was within reach.",
    ],
)
def test_speaking_to_an_audience_frames_a_statement_without_a_contact(run, text):
    assert [s.kind for s in run(text)] == ["indirect"]


def test_speaking_with_a_counterpart_is_still_a_contact(run):
    statements = run("Speaking with Brandt by phone on Monday, Lopes said the accord held.")
    assert sorted(s.kind for s in statements) == ["contact", "indirect"]


def test_his_meeting_with_x_names_a_contact_again(run):
    text = "After his meeting with Brandt, Lopes told reporters that the river accord was within reach."
    assert [s.kind for s in run(text)] == ["indirect"]


def test_talks_with_x_after_a_preposition_remain_a_contact(run):
    text = "After talks with Brandt in Lima, Lopes told reporters that the river accord was within reach."
    assert sorted(s.kind for s in run(text)) == ["contact", "indirect"]


def test_hosting_a_summit_meets_no_one(run):
    text = "President Ana Lopes, hosting her first summit since taking office, said the bloc had delivered."
    assert [s.kind for s in run(text)] == ["indirect"]


def test_receiving_a_delegation_is_still_a_contact(run):
    (st,) = run("President Ana Lopes received the Bolivian delegation at the palace on Monday.")
    assert st.kind == "contact"


def test_a_dash_after_a_dateline_opens_no_quotation(run):
    text = (
        "LIMA, PERU DEPT. – Andean foreign ministers wrapped up two days of talks in Lima on Friday, "
        "pledging to reopen the border crossings."
    )
    st = find(run(text), "reopen the border crossings")
    assert st.kind == "indirect" and st.speaker == "Andean foreign ministers"


def test_a_dash_opening_a_paragraph_still_opens_a_quotation(run):
    text = "The vote was held on Sunday.\n\n– The border will reopen on Monday, whatever happens – Lopes said."
    st = find(run(text), "The border will reopen")
    assert st.kind == "direct"


def test_a_signing_told_in_a_reduced_relative_is_a_contact_whatever_the_main_verb(run):
    text = (
        "The river accord, signed by Peruvian Foreign Minister Ana Lopes and Chilean Foreign Minister Ivo "
        "Brandt, set a deadline for the border survey."
    )
    assert "contact" in [s.kind for s in run(text)]


def test_the_members_of_one_body_at_their_own_meeting_make_no_contact(run, project_resolver):
    text = "NATO foreign ministers met in Oslo on Thursday. The ministers also discussed the war in Ukraine."
    assert [s for s in run(text, resolver=project_resolver) if s.kind == "contact"] == []


def test_a_body_meeting_a_named_counterpart_is_a_contact(run, project_resolver):
    text = "NATO foreign ministers met Ukrainian Foreign Minister Andrii Sybiha in Oslo on Thursday."
    assert [s.kind for s in run(text, resolver=project_resolver)] == ["contact"]


def test_joining_the_ministers_by_video_link_is_a_contact(run):
    text = "Peruvian Foreign Minister Ana Lopes, who joined the ministers by video link, urged the bloc to act."
    assert sorted(s.kind for s in run(text)) == ["contact", "indirect"]


def test_joining_a_body_is_no_contact(run):
    assert run("Ruritania joined the regional bloc in 2004 after a referendum.") == []


def test_joining_by_video_link_without_a_party_is_no_contact(run):
    text = "President Ana Lopes, who joined by video link, said the bloc had to act."
    assert [s.kind for s in run(text)] == ["indirect"]


def test_a_co_chaired_meeting_is_a_contact_of_its_chairs(run):
    (st,) = run("On Monday, Lopes and Brandt co-chaired a border dialogue in Lima, the first in ten years.")
    assert st.kind == "contact" and st.speaker.startswith("Lopes")


def test_a_co_verb_is_one_token_with_its_base_lemma(nlp):
    doc = nlp("Peru and Chile co-hosted the talks; the co-founders of co-operation stayed away.")
    (verb,) = [t for t in doc if t.text == "co-hosted"]
    assert verb.lemma_ == "host" and verb.pos_ == "VERB"
    assert "co-founders" not in [t.text for t in doc] and "co-operation" not in [t.text for t in doc]


def test_an_unfamiliar_name_read_as_an_adverb_is_the_subject(nlp, lex):
    from spacy.tokens import Doc

    from app.pipeline.extract.reported import subject_of

    words = ["Ndayizeye", "said", "the", "talks", "failed", "."]
    doc = Doc(
        nlp.vocab,
        words=words,
        heads=[1, 1, 3, 4, 1, 1],
        deps=["advmod", "ROOT", "det", "nsubj", "ccomp", "punct"],
        pos=["PROPN", "VERB", "DET", "NOUN", "VERB", "PUNCT"],
        tags=["NNP", "VBD", "DT", "NNS", "VBD", "."],
        sent_starts=[True, False, False, False, False, False],
    )
    assert subject_of(doc[1], lex).text == "Ndayizeye"


def test_a_confederation_speaks(run):
    st = find(run("The confederation announced on Saturday that the border would stay open."), "border would stay")
    assert st.speaker == "The confederation"


def test_returned_before_the_cameras_to_say(run):
    text = "Minister Ana Lopes returned before the cameras late at night to say there had been repeated violations."
    st = find(run(text), "repeated violations")
    assert st.speaker == "Minister Ana Lopes"


def test_a_role_named_for_a_person_speaks(run):
    text = "The bloc's troubleshooter, Ana Lopes, wrote on Monday that every clause had been agreed."
    st = find(run(text), "every clause had been agreed")
    assert "Ana Lopes" in st.speaker
