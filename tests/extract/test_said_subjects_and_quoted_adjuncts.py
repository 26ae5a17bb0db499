"""A clause's subject the parser read as the object of "said" ("She said Indonesia, as chair, had
held …") is what was said, not a thing; a clause of the article's own words that a quoted
prepositional phrase only ends is reported speech, not a quotation. Every sentence is written for
the test."""

from __future__ import annotations

import pytest

from tests.extract.conftest import find


@pytest.mark.parametrize(
    "text",
    [
        "Foreign Minister Ana Lima spoke on Friday. She said Sylvania, as the bloc's chair, had held more "
        "than 110 meetings with the parties in the north.",
        "Foreign Minister Ana Lima added Sylvania, as a founding member, would keep its seat on the council.",
    ],
)
def test_a_subject_read_as_the_object_of_said_is_what_was_said(run, text):
    st = find(run(text), "Sylvania")
    assert st.kind == "indirect" and "Ana Lima" in st.speaker
    assert st.text.startswith("Sylvania") and ("meetings" in st.text or "seat" in st.text)


@pytest.mark.parametrize(
    "text",
    [
        "Minister Ana Lima said nothing, as she had promised the prime minister.",  # a subordinator: an adverbial
        "Minister Ana Lima said goodbye, having met the delegation.",  # a participle, no finite clause
    ],
)
def test_an_object_before_an_adverbial_clause_stays_an_object(run, text):
    assert not any(s.text.startswith(("nothing", "goodbye")) for s in run(text))


def test_a_clause_ended_by_a_quoted_phrase_is_reported_speech(run):
    text = 'Foreign Minister Ana Lima said that Berg assumed the presidency "in strict adherence to the Sylvanian Constitution."'
    st = find(run(text), "Berg assumed the presidency")
    assert st.kind == "indirect" and "strict adherence" in st.text


def test_a_quoted_complement_stays_a_quotation(run):
    st = find(
        run('Minister Ana Lima said Sylvania remained "committed to the faithful implementation of the truce."'),
        "committed",
    )
    assert st.kind == "direct" and st.text.startswith("committed")


@pytest.mark.parametrize("comma", ["", ","])
def test_a_contrast_joined_to_said_is_the_rest_of_what_was_said(run, comma):
    text = f"Minister Ana Lima said a call for dialogue was welcome{comma} but this could only happen after Sylvania changed course."
    (st,) = run(text)
    assert st.text.startswith("a call for dialogue") and st.text.endswith("changed course")


def test_a_contrast_with_a_verb_of_saying_is_a_statement_of_its_own(run):
    text = "Minister Ana Lima said the text was agreed, but Sylvania insisted the treaty cannot be signed this year."
    sts = run(text)
    assert "Sylvania insisted" not in find(sts, "the text was agreed").text
    assert find(sts, "cannot be signed").speaker == "Sylvania"


def test_a_closing_guillemet_read_as_a_name_is_no_speaker(nlp, lex):
    from app.pipeline.extract.mentions import is_actor_like

    doc = nlp("«Greece is a modern country,» responded Foreign Minister Dora Bakoyannis.")
    (mark,) = [t for t in doc if t.text == "»"]
    assert not is_actor_like(mark, lex)
