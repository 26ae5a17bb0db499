"""Statements the extractor used to miss on unseen news: a that-clause the parser hung on a noun,
new cue verbs and frames, contacts in forms not known before. Every sentence is written for the test."""

from __future__ import annotations

import pytest

from tests.extract.conftest import find


@pytest.mark.parametrize(
    ("text", "speaker", "fragment"),
    [
        (
            "The premier told a parliamentary committee on foreign affairs that the country had no evidence of "
            "outside interference in the vote.",
            "The premier",
            "had no evidence of outside interference",
        ),
        (
            "A foreign ministry spokeswoman said in reply to a question from a local broadcaster that the embassy "
            "would stay open through the holidays.",
            "A foreign ministry spokeswoman",
            "the embassy would stay open",
        ),
        (
            "Spokesman Arif Demir said the same evening that Ankara was ready to mediate between the two sides.",
            "Spokesman Arif Demir",
            "Ankara was ready to mediate",
        ),
        (
            "The envoy told him through an interpreter that his government was grateful for the aid.",
            "The envoy",
            "his government was grateful",
        ),
        (
            "Okafor told journalists after the ceremony that the accord settled the issues raised by the court and "
            "that flights would resume.",
            "Okafor",
            "the accord settled the issues",
        ),
    ],
)
def test_a_that_clause_hung_on_the_last_noun_is_what_was_said(run, text, speaker, fragment):
    st = find(run(text), fragment)
    assert st.kind == "indirect" and st.speaker == speaker


def test_a_clause_giving_a_nouns_content_stays_with_the_noun(run):
    st = find(run("The minister told reporters about claims that the army had shelled the town."), "shelled")
    assert "claims" in st.text


def test_receiving_a_document_is_no_contact_and_leaves_the_statement_whole(run):
    out = run(
        "Delegation head Maria Lenko said her side had received the draft memorandum and needed time to study "
        "it, adding that a new round of talks was possible."
    )
    assert not any(s.kind == "contact" for s in out)
    st = find(out, "received the draft memorandum")
    assert st.speaker == "Delegation head Maria Lenko"
