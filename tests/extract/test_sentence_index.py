"""The sentence index reads spaCy's arrays instead of `doc.sents` and `token.idx` (for
speed): it must give exactly what spaCy gives, and take a parsed text only when it is the doc's."""

from __future__ import annotations

import pytest

from app.pipeline.extract.sentences import Sentences, doc_text, known_text

TEXTS = [
    "",
    "One sentence only",
    "The minister spoke. “We will not yield,” she said.\n\nA second paragraph, with Dr. Lee in it.",
    "  Leading spaces. Trailing spaces.  ",
]


@pytest.mark.parametrize("text", TEXTS)
def test_the_index_gives_spacys_sentences_and_offsets(nlp, text):
    doc = nlp(text)
    index = Sentences(doc)
    assert [(s.start, s.end) for s in index.spans] == [(s.start, s.end) for s in doc.sents]
    assert index.starts == [t.idx for t in doc]
    assert all(index.spans[index.of_token[t.i]].start <= t.i < index.spans[index.of_token[t.i]].end for t in doc)
    assert index.text == doc.text


def test_a_known_text_is_kept_only_when_it_is_the_parsed_one(nlp):
    doc = nlp("The ministry said talks would resume.")
    known_text(doc, "Another text of another length entirely.")
    assert doc_text(doc) == doc.text
    doc = nlp("The ministry said talks would resume.")
    known_text(doc, doc.text)
    assert doc_text(doc) == "The ministry said talks would resume."
