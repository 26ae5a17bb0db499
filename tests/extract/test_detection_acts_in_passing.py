"""Formal acts news tells in passing (December 2026 detection round): censure ("chided X for"),
credit ("credited X with"), refusals ("rebuffed offers of"), deadlines, expulsions of envoys.
Sentences are our own."""

import pytest

from tests.extract.conftest import find


@pytest.mark.parametrize(
    "sentence, fragment, code",
    [
        (
            "The Russian ministry also credited Norway for its quiet mediation in freeing the hostages.",
            "quiet mediation",
            "051",
        ),
        ("Maduro credited Norway with easing the talks with Madrid.", "easing the talks", "051"),
        ("The ministry chided Lisbon for publishing the results alone.", "publishing the results", "111"),
        ("The senator rebuked the envoy for his remarks on the election.", "his remarks", "111"),
        ("Quito rebuffed offers of outside mediation despite growing calls for a truce.", "offers of outside", "120"),
        ("The government set a deadline of Friday for the rebels to disarm.", "rebels to disarm", "100"),
        (
            "Relations soured when Peru recalled its ambassador and expelled Chile’s envoy.",
            "expelled Chile’s envoy",
            None,
        ),
    ],
)
def test_acts_of_censure_credit_refusal_and_deadlines(run, sentence, fragment, code):
    st = find(run(sentence), fragment)
    assert st.kind == "indirect"
    if code is not None:
        assert st.category_code == code


@pytest.mark.parametrize(
    "sentence",
    [
        "The committee will set a date for the vote.",
        "The team set a new record in the relay.",
        "The school expelled two students for cheating.",
        "The bank was credited with the funds on Monday.",
    ],
)
def test_the_same_verbs_without_an_act_are_no_statements(run, sentence):
    assert run(sentence) == []


def test_briefing_someone_on_a_matter_reports_it(run):
    st = find(
        run("Kral, for his part, briefed Soto on the Peruvian side’s views on the river dispute."), "river dispute"
    )
    assert st.kind == "indirect" and st.cue == "briefed"
    st = find(run("The envoy briefed the council about the situation in the north."), "situation in the north")
    assert st.kind == "indirect"


def test_briefing_without_a_topic_or_on_condition_of_anonymity_reports_nothing(run):
    assert run("The minister briefed reporters after the meeting.") == []
    text = (
        "A senior official, who briefed reporters on condition of anonymity, denied that the clause gave Rome a veto."
    )
    assert [s.cue for s in run(text)] == ["denied"]


def test_a_decision_to_act_is_a_statement(run):
    st = find(run("The two presidents decided to coordinate their positions on the dam."), "coordinate their positions")
    assert st.kind == "indirect" and st.category_code == "030"


def test_deciding_without_an_infinitive_reports_nothing(run):
    assert run("The court decided the case on Monday.") == []
    assert run("It is up to the voters, who will decide.") == []


def test_the_object_of_a_causative_verb_did_what_its_infinitive_says(run):
    text = (
        "Ties had soured after Lanz questioned the vote, prompting Lima to declare the Chilean envoy persona non grata."
    )
    st = find(run(text), "persona non grata")
    assert st.kind == "indirect" and st.speaker == "Lima"
    st = find(run("The scandal forced the minister to apologise to the victims."), "apologise to the victims")
    assert st.speaker == "the minister"


def test_an_infinitive_under_other_verbs_is_not_yet_done(run):
    assert run("The cabinet plans to declare the envoy persona non grata.") == []


def test_mandating_someone_to_act_is_a_directive(run):
    st = find(run("The summit mandated the two mediators to keep talking to the juntas."), "keep talking")
    assert st.kind == "indirect" and st.category_code == "020"
