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


def test_an_outlet_after_a_joined_said_passes_on_the_subjects_words(run):
    """ "The X president refrained from naming anyone but said …, Euronews reported": the president
    said it; the outlet reported it."""
    text = (
        "The Latvian president refrained from providing any names but said the envoy ought to come from a "
        'big European country and have "credibility on both sides," Euronews reported.'
    )
    st = find(run(text), "big European country")
    assert st.speaker == "The Latvian president"


def test_an_outlet_after_a_clause_with_no_speech_verb_keeps_it(run):
    text = "The Latvian president refrained from providing any names on Monday, Euronews reported."
    sts = [s for s in run(text) if "providing any names" in s.text]
    assert not sts or sts[0].speaker == "Euronews"
