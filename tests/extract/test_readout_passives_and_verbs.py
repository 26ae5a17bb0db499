"""Readouts tell what the parties said in the passive ("It was agreed to …", "The importance of X was
noted"): with no agent, the party who last spoke or met in the paragraph or the one before said it;
and the vocabulary of readouts ("extended his gratitude", "presented its position", "recommitted to",
"extolled"). Every name is invented."""

from tests.extract.conftest import find

CALL = "VELORA — Foreign Minister Ivo Brandt held a call with Tomas Reis, the Sylvanian president, on Monday.\n\n"


def test_it_was_agreed_after_a_call_is_the_callers_statement(run):
    sts = run(CALL + "It was agreed to maintain dialogue at various levels.\n\nThe call ended.")
    st = find(sts, "maintain dialogue")
    assert st.kind == "indirect"
    assert "Ivo Brandt" in st.speaker


def test_the_importance_of_x_was_noted_is_the_last_speakers_statement(run):
    sts = run(
        CALL + "Brandt informed Reis about the situation on the border. The importance of creating a checkpoint "
        "at the crossing was noted.\n\nThe call ended."
    )
    st = find(sts, "importance of creating a checkpoint")
    assert "Brandt" in st.speaker


def test_a_passive_with_its_agent_or_in_history_is_no_readout(run):
    sts = run(
        CALL + "The border treaty was signed in 1994 and ratified two years later.\n\n"
        "The deal was announced in 2019.\n\nThe call ended."
    )
    assert not any("1994" in st.text or "2019" in st.text for st in sts)


def test_a_passive_far_from_any_speaker_is_nobodys(run):
    sts = run(
        "VELORA — The border has been quiet for a year.\n\nTrade grew by a tenth.\n\n"
        "The importance of the crossing was noted in a report last year."
    )
    assert sts == []


def test_readout_vocabulary(run):
    sts = run(
        CALL + "Brandt extended his gratitude to Sylvania for its support. He presented Velora’s position on the "
        "demarcation of the border. Reis extolled the efforts of the mediators. The two leaders recommitted to "
        "ensuring that the militants can never again threaten the region.\n\nThe call ended."
    )
    for words in ("his gratitude", "Velora’s position", "efforts of the mediators", "can never again threaten"):
        find(sts, words)
