"""How far a contact reaches: the clause that tells when or why it took place, the phrase that opens
its sentence, the main clause that names it. A contact's span must hold its evidence, or it counts as
missed. Sentences are our own."""

from tests.extract.conftest import find


def _contact(sts, word):
    return next(s for s in sts if s.kind == "contact" and word in s.text)


def test_a_contact_reads_with_its_time_clause(run):
    st = _contact(run("The two premiers spoke by phone shortly before the embargo was due to start."), "spoke")
    assert st.text.endswith("before the embargo was due to start")


def test_a_contact_reads_with_its_purpose_clause(run):
    st = _contact(
        run("The foreign minister Ana Lopes met her Danish counterpart on Monday to discuss the border."), "met"
    )
    assert st.text.endswith("to discuss the border")


def test_a_contact_reads_from_the_phrase_that_opens_its_sentence(run):
    st = _contact(run("Before the opening of the summit, Lopes met Brandt and handed him a letter."), "met")
    assert st.text.startswith("Before the opening of the summit, Lopes met Brandt")


def test_a_time_clause_that_reports_a_statement_is_no_part_of_the_contact(nlp, lex):
    from app.pipeline.extract.contacts import _clause_adjunct

    doc = nlp("The two premiers spoke by phone hours after the ministry said the border was closed.")
    clause = next(t for t in doc if t.lower_ == "said")
    assert clause.dep_ == "advcl" and not _clause_adjunct(clause, lex)


def test_a_main_clause_that_names_the_contact_is_part_of_it(run):
    st = _contact(run("When Lopes met Brandt in Oslo on Monday, it was their first meeting in three years."), "met")
    assert st.text.endswith("it was their first meeting in three years")


def test_a_pair_named_in_apposition_reads_the_meeting_from_its_subject(run):
    """ "the foreign ministers of A and B, X and Y, met in Warsaw": the pair is part of the contact's
    span (a subject with a relative clause is not: "X, who had said …, met Y")."""
    text = "On Tuesday, the foreign ministers of Ruritania and Borduria, Ana Lima and Tom Reis, met in Warsaw."
    st = find(run(text), "met in Warsaw")
    assert st.kind == "contact" and "Ana Lima and Tom Reis" in st.text
    text = "Ana Lima, who had said days earlier that the talks were over, met Tom Reis in Warsaw."
    st = find(run(text), "met Tom Reis")
    assert "who had said" not in st.text


def test_talks_wrapped_up_or_concluded_are_a_contact(run):
    st = find(run("Minister Ana Lima wrapped up talks with her Borduria counterpart Tom Reis in Lisbon."), "wrapped up")
    assert st.kind == "contact" and st.speaker.endswith("Ana Lima")
    st = find(run("Minister Ana Lima concluded talks with Tom Reis in Lisbon on Friday."), "concluded talks")
    assert st.kind == "contact"


def test_a_dateline_glued_to_its_agency_is_no_speaker(run):
    text = (
        "LISBON, Portugal (CNN)Foreign Minister Ana Lima wrapped up two days of talks with Borduria's top "
        "diplomats in Lisbon on Friday."
    )
    st = find(run(text), "two days of talks")
    assert st.kind == "contact" and "Lisbon" not in st.speaker and "CNN" not in st.text
