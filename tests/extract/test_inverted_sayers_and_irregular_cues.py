"""A sayer after its verb at the sentence's end ("…, added the statement.", "…, added the ministry."),
which the parser takes for the verb's object or joins to the clause before as a second verb; and cues
whose past form is irregular ("lent her support", "sent a message"), which the paragraph pre-filter
must know. Sentences written for the test."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text, content",
    [
        (
            "The Foreign Ministry said on Thursday that the truce was a step forward.\n\n"
            "Ruritania stands firm in its principled position that both peoples deserve their own state, "
            "based on the agreed borders, with the old city as a shared capital, added the statement.",
            "Ruritania stands firm in its principled position",
        ),
        (
            "Ruritania stands firm in its position that both peoples deserve their own state, added the ministry.",
            "Ruritania stands firm in its position",
        ),
    ],
)
def test_a_sayer_after_its_verb_at_the_sentence_end_speaks(run, text, content):
    sts = run(text)
    last = sts[-1]
    assert last.text.startswith(content)
    assert "ministry" in last.actor.name.lower() or "ministry" in (last.speaker or "").lower()


def test_a_verb_joined_by_and_is_not_an_inverted_sayer(run):
    assert run("He walked to the podium, and added the sugar.") == []


@pytest.mark.parametrize(
    "text, content",
    [
        ("The foreign secretary also lent her support for the presidency.", "lent her support for the presidency"),
        ("Lavrov sent a message to the Kazakh leader.", "sent a message to the Kazakh leader"),
    ],
)
def test_cues_with_irregular_past_forms(run, text, content):
    (st,) = run(text)
    assert st.text == content
