"""Issue 14, kind 8: "X met Y in Z, where he underlined that …" is a contact and a statement,
both X's; the place is not what was said.  Sentences written for the test."""

from __future__ import annotations

from tests.extract.conftest import find


def test_meeting_then_where_clause_is_a_contact_and_a_statement(run):
    sts = run(
        "President Tomas Varga met Prime Minister Ana Lopes in Porto, where he underlined that tariffs must fall."
    )
    contact = find(sts, "met Prime Minister Ana Lopes")
    said = find(sts, "tariffs must fall")
    assert contact.kind == "contact" and said.kind == "indirect"
    assert said.actor.name == contact.actor.name == "Tomas Varga"
    assert "Porto" not in said.text and "where" not in contact.text


def test_where_clause_after_a_visit_is_the_visitors_statement(run):
    st = find(
        run("Minister Ana Lopes visited Porto on Monday, where she stressed that the bridge must reopen."),
        "bridge must reopen",
    )
    assert st.actor.name == "Ana Lopes" and st.text.startswith("that the bridge")


def test_a_relative_clause_on_a_noun_still_reports_that_noun(run):
    st = find(run("Minister Ana Lopes laid out principles that she said should guide the talks."), "guide the talks")
    assert "principles" in st.text


# --- must-show 4: confidence that means something ---------------------------------------------


def test_fragment_rule_reads_the_first_word_and_the_length(nlp):
    from app.pipeline.extract.statements import _fragment

    doc = nlp("The ministry said were already under way and that the border would reopen soon.")
    text = doc.text
    lo = text.index("were")
    assert _fragment(doc, "indirect", lo, lo + len("were already under way"))
    lo = text.index("the border")
    assert not _fragment(doc, "indirect", lo, lo + len("the border would reopen soon"))
    assert not _fragment(doc, "contact", text.index("said"), len(text))
    lo = text.index("under way")
    assert _fragment(doc, "indirect", lo, lo + len("under way"))
