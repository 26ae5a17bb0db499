"""A quote anywhere in an article that only declines to comment is no statement (GUIDELINES:
"refusals to comment"), as a transcript answer that only declines is none; a quote that declines
and then says something stays. Every sentence here is invented."""

import pytest

from tests.extract.conftest import find


@pytest.mark.parametrize(
    "text",
    [
        '"I will not go into the details of the talks," the spokesman said on Monday.',
        '"We are not going to comment on that," Maria Lopes told reporters in Lisbon.',
        '"My response is -- we are not responding to that question of whether there is a foreign minister in the '
        'delegation," Ana Reis told lawmakers.',
    ],
)
def test_a_quote_that_only_declines_is_no_statement(run, text):
    assert [s for s in run(text) if s.kind == "direct"] == []


def test_a_quote_that_declines_and_then_speaks_stays(run):
    sts = run('"I will not go into the details, but the border will stay closed," the spokesman said on Monday.')
    assert find(sts, "border will stay closed").kind == "direct"


def test_a_long_quote_holding_a_refusal_phrase_stays(run):
    text = (
        '"We have no comment on rumours, and we say again that the treaty remains in force for every '
        'party that signed it in Vienna last year," the spokesman said.'
    )
    assert find(run(text), "treaty remains in force").kind == "direct"


def test_not_going_to_get_into_it_is_a_refusal(run):
    assert [
        s
        for s in run('"I\'m not going to get into hypotheticals," the spokesman told reporters.')
        if s.kind == "direct"
    ] == []


def test_what_was_done_without_saying_is_no_statement(run):
    sts = run("The ministry blamed the attack on the rebels, without offering any evidence for the claim.")
    assert not [s for s in sts if "offering any evidence" in s.text and "blamed" not in s.text]
