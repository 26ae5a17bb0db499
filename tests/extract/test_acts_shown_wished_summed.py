"""More verbs that report what a party said or did in words: "concurred on", "singled out",
"summed up", "showed disappointment", "poured scorn on", "gave details of", "broke her silence",
"spoke out against"; an act whose object is negated ("gave no details") reports nothing.
Sentences written for the test."""

import pytest

from tests.extract.conftest import find


@pytest.mark.parametrize(
    "sentence, cue",
    [
        ("Minister Aba concurred on continuing to work closely together.", "concurred"),
        ("Minister Aba singled out the importance of peace in the strait.", "singled"),
        ("Minister Aba summed up the results of the meeting.", "summed"),
        ("Minister Aba showed disappointment at Ruritania's inaction.", "showed"),
        ("Minister Aba poured scorn on the proposal on Monday.", "poured"),
        ("Minister Aba gave details of the current situation.", "gave"),
        ("Minister Aba broke her silence on the brewing controversy.", "broke"),
        ("Minister Aba has spoken out against the political turmoil.", "spoken"),
    ],
)
def test_the_verb_reports_a_statement(run, sentence, cue):
    st = find(run(sentence), cue)
    assert st.speaker == "Minister Aba" and st.cue == cue


@pytest.mark.parametrize(
    "sentence",
    [
        "The ministry gave no further details.",
        "Minister Aba gave no details of the arrangement.",
        "The guide showed visitors around the palace.",
    ],
)
def test_no_statement(run, sentence):
    assert run(sentence) == []


def test_a_judging_adjective_after_a_long_object_makes_call_a_cue(run):
    sts = run("Minister Aba called the ties between the two countries excellent and friendly.")
    assert find(sts, "excellent").cue == "called"


def test_calling_someone_home_is_still_no_statement(run):
    assert run("Minister Aba called the ambassador home.") == []


def test_conveyed_takes_a_clause_as_well_as_an_object(run):
    sts = run("Minister Aba conveyed that the government is following the situation with grave concern.")
    assert find(sts, "grave concern").cue == "conveyed"
    assert find(run("Minister Aba conveyed his condolences."), "condolences").cue == "conveyed"
