"""A surname that opens a sentence, which the tagger reads as a common noun, is a name when the
article has tagged it as part of a person's name before ("Foreign Minister Ivan Petrovsky … ¶
Petrovsky described the attack as …"); a capitalised common word opening a sentence is not.
Sentences written for the test."""

from __future__ import annotations

from tests.extract.conftest import find


def test_a_surname_met_in_full_speaks_at_a_sentences_start(run):
    text = (
        "Foreign Minister Ayman Safadi condemned the attack on Monday.\n\n"
        "Safadi described the attack as a “provocative step” that blatantly violates international law."
    )
    st = find(run(text), "blatantly violates")
    assert "Safadi" in st.speaker


def test_a_common_word_opening_a_sentence_is_no_speaker(run):
    assert run("Diplomacy described the attack as a provocative step that violates the law.") == []
