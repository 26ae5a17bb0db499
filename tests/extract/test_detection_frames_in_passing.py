"""Frames of reported speech the parser hides (December 2026 detection round): a clause without "that"
after "said in a statement", a subject the parser joined to a fronted place, "In her words, …", and
the verbs remind, laud and highlight. Sentences are our own."""

from tests.extract.conftest import find


def test_a_clause_without_that_after_said_in_a_statement(run):
    text = "The Northern Border Command said in a statement it had imposed a curfew in four districts."
    st = find(run(text), "imposed a curfew")
    assert st.kind == "indirect" and st.text == "it had imposed a curfew in four districts"


def test_a_clause_describing_the_statement_is_not_what_was_said(run):
    assert run("The ministry said in a statement it issued on Monday.") == []


def test_a_subject_the_parser_joined_to_a_fronted_place(run):
    text = "In Lima, the Peruvian Bankers Association (APB) said the accord was good news for the economy."
    (st,) = run(text)
    assert st.speaker == "the Peruvian Bankers Association" and st.text.startswith("the accord was good news")


def test_in_her_words_gives_her_opinion(run):
    text = "Spokeswoman Maria Lind spoke on Monday. In her words, outside players should help peace rather than divide."
    st = find(run(text), "outside players should help peace")
    assert st.kind == "indirect" and "Lind" in st.speaker


def test_reminded_lauded_and_highlighted(run):
    st = find(run("Spokeswoman Maria Lind reminded that the guards still serve on the border."), "guards still")
    assert st.cue == "reminded"
    st = find(run("The United States lauded the agreement on the river."), "lauded the agreement")
    assert st.category_code == "051"
    st = find(run("The minister highlighted the risks of the plan for the region."), "risks of the plan")
    assert st.kind == "indirect"


def test_reminding_someone_of_something_without_a_clause_reports_nothing(run):
    assert run("The photograph reminded him of his childhood.") == []


def test_in_his_view_alone_is_read(run):
    text = "Spokeswoman Maria Lind spoke on Monday.\n\nIn her view, the sanctions on the port have failed."
    st = find(run(text), "sanctions on the port have failed")
    assert "Lind" in st.speaker


def test_recounted_with_a_clause(run):
    st = find(run("The envoy Ivo Kral recounted that the delegation had left the hall early."), "left the hall")
    assert st.cue == "recounted"
