"""Fragments that are no statements of their own (December 2026 detection round): the headline
repeated as the text's first line, a participle that only names what a quotation answered.
Sentences are our own."""

import datetime as dt

from app.pipeline.types import ArticleInput


def test_the_headline_repeated_as_the_first_line_is_no_statement(make_extractor):
    from tests.extract.conftest import NullResolver

    title = "Council slams Ruritania over border drills, says region at risk"
    text = title + "\n\nThe Council on Monday condemned the drills near the border, calling them a provocation."
    out = make_extractor(NullResolver()).extract(ArticleInput(text=text, title=title, published=dt.date(2026, 5, 4)))
    assert [s.text for s in out if "slams" in s.text] == []
    assert any("condemned the drills" in s.text for s in out)


def test_a_first_line_other_than_the_headline_is_read(make_extractor):
    from tests.extract.conftest import NullResolver

    text = "The Council slammed Ruritania over the border drills on Monday.\n\nNo one else spoke."
    out = make_extractor(NullResolver()).extract(ArticleInput(text=text, title="Border drills draw protest"))
    assert any("slammed Ruritania" in s.text for s in out)


def test_answering_a_question_after_a_quotation_is_no_statement(run):
    text = '"No, we have not received any such note," Kral said, answering a question on the matter.'
    (st,) = run(text)
    assert st.kind == "direct" and "answering" not in st.text


def test_answered_with_a_clause_is_still_a_statement(run):
    (st,) = run("Minister Ivo Kral answered that the border would stay open.")
    assert st.kind == "indirect" and "border would stay open" in st.text


def test_a_state_declaring_independence_is_history_not_a_statement(run):
    assert run("Freedonia, a former province of Ruritania, declared independence in 1993.") == []
    (st,) = run("The ministry declared the envoy persona non grata on Friday.")
    assert st.kind == "indirect"
