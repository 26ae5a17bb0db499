"""Readout verbs that report what a party said without a clause: "expounded its stance", "valued
the support", "ratified its willingness" (translated Latin American copy), "brought up the situation",
"made clear its position". Their senses outside speech ("valued the painting", "ratified the budget")
report nothing. Sentences written for the test."""

import pytest

from tests.extract.conftest import find


@pytest.mark.parametrize(
    "sentence, cue, words",
    [
        ("Minister Aba expounded Ruritania's stance on the tests.", "expounded", "stance on the tests"),
        ("Minister Aba valued Ruritania's continuous support in all fields.", "valued", "continuous support"),
        ("Minister Aba ratified her willingness to take part in the meeting.", "ratified", "willingness"),
        ("Minister Aba brought up the situation in the border region.", "brought", "border region"),
        ("Minister Aba made clear Ruritania's position on food security.", "made", "position on food security"),
    ],
)
def test_the_verb_reports_a_statement(run, sentence, cue, words):
    st = find(run(sentence), words)
    assert st.speaker == "Minister Aba" and st.cue == cue


@pytest.mark.parametrize(
    "sentence",
    [
        "The museum valued the painting at two million dollars.",
        "Parliament ratified the budget on Monday.",
        "The ruling made clear the limits of the court's power.",
        "The envoy made clear the costs to the partnership.",
        "The storm brought down power lines across the region.",
    ],
)
def test_no_statement(run, sentence):
    assert run(sentence) == []
