"""Unnamed sources in the plural after the clause they report ("…, diplomatic sources said") pass on
what the named person in that clause said or did, also when the clause's verb is an act and its
words follow in "telling …" ("X rejected the note, telling Y that …"). Sentences written for the test."""

from __future__ import annotations

from tests.extract.conftest import find


def test_sources_after_a_named_persons_words_pass_them_on(run):
    text = (
        "Ambassador Okonkwo met the deputy minister in Lagos on Tuesday.\n\n"
        "Okonkwo dismissed the complaint, telling the deputy minister that the visas had been issued lawfully, "
        "diplomatic sources said."
    )
    st = find(run(text), "issued lawfully")
    assert st.speaker == "Okonkwo"
