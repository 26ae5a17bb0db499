"""A part of a group as a source ("one of the sources said") and hyphens typed as dialogue dashes
(December 2026 detection round). Sentences are our own."""

from app.lang import load_lexicon
from app.pipeline.extract.quotes import find_quotes
from app.pipeline.extract.segments import split_paragraphs

LEX = load_lexicon("en").extract


def test_one_of_a_group_of_sources_is_a_source(run):
    text = "“There is much anger here. This is the outcome everybody had feared,” one of the sources said, speaking privately."
    (st,) = run(text)
    assert st.kind == "direct" and st.speaker == "the sources"
    (st,) = run("Several of the diplomats said the vote would be delayed.")
    assert st.kind == "indirect"


def test_a_part_of_things_is_no_source(run):
    assert run("One of the bridges said nothing about the weather.") == []


def test_hyphens_typed_as_dialogue_dashes_close_the_quotation():
    text = "- The best way out is a solution made by the region itself, - the spokeswoman stressed."
    quotes = find_quotes(text, split_paragraphs(text, LEX), LEX)
    assert [text[q.start : q.end] for q in quotes] == ["The best way out is a solution made by the region itself,"]


def test_a_hyphen_dash_quotation_is_a_direct_statement(run):
    (st,) = run("- If they start a new race, we will ensure our safety, make no mistake, - the diplomat warned.")
    assert st.kind == "direct" and st.text.startswith("If they start") and "warned" not in st.text


def test_a_participle_framing_what_the_sources_said_is_no_contact(run):
    text = "The two officials said the vote would be delayed, speaking on condition of anonymity."
    assert [s.kind for s in run(text)] == ["indirect"]
