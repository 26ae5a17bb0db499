"""Retorts and hints are speech ("X shot back that …", "“…,” X shot back", "X hinted …"), and a
quotation closed by a full stop is not attributed to the next sentence's verb ("“… a heavy price.”
Ankara replied that …"). Every sentence is written for the test."""

from __future__ import annotations

import pytest

from tests.extract.conftest import find


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("“We will not answer some junior clerk,” Speaker Ana Lima shot back the following day.", "junior clerk"),
        ("Minister Ana Lima fired back that the report was biased against her country.", "report was biased"),
        ("At a press conference, Foreign Minister Ana Lima hinted the real cause behind the meeting.", "real cause"),
        ("Foreign Minister Ana Lima retorted that the sanctions were illegal.", "sanctions were illegal"),
    ],
)
def test_retorts_and_hints_are_speech(run, text, fragment):
    assert "Ana Lima" in find(run(text), fragment).speaker


def test_troops_firing_back_say_nothing(run):
    assert run("The fire spread to the depot and troops fired back at the rebels.") == []


def test_a_quotation_closed_by_a_full_stop_is_not_the_next_sentences(run):
    text = (
        'Defence Minister Ana Lima addressed the president directly: "If you allow hostile forces in, you '
        'will pay a very heavy price." The Ruritanian Foreign Ministry replied that Lima had become "the '
        'biggest threat to the security of our region."'
    )
    sts = run(text)
    assert all(s.speaker != "The Ruritanian Foreign Ministry" or "heavy price" not in s.text for s in sts)
    assert find(sts, "biggest threat").speaker == "The Ruritanian Foreign Ministry"


def test_raising_a_disappointment_is_a_statement(run):
    st = find(
        run("Prime Minister Ana Lima raised Ruritania’s disappointment with the decision on the pipeline."),
        "disappointment",
    )
    assert "Ana Lima" in st.speaker
