"""A person's name the entity recognizer cut in two ("Ursula von der" a person, "Leyen" a place) is one
person again, so a later "she said" finds her; "called out X for Y" is criticism, not a summons. Names
other than public figures' are invented."""

from spacy.tokens import Doc

from app.pipeline.extract.nlp import _person_name_tails
from tests.extract.conftest import find


def _doc(nlp, words, heads, deps, pos, ents):
    return Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, ents=ents)


def test_a_place_tail_on_a_persons_name_joins_the_name(nlp):
    doc = _doc(
        nlp,
        ["Ilse", "van", "der", "Molen", "visited", "Velora", "."],
        [3, 3, 3, 4, 4, 4, 4],
        ["compound", "compound", "compound", "nsubj", "ROOT", "dobj", "punct"],
        ["PROPN", "PROPN", "PROPN", "PROPN", "VERB", "PROPN", "PUNCT"],
        ["B-PERSON", "I-PERSON", "I-PERSON", "B-GPE", "O", "B-GPE", "O"],
    )
    doc = _person_name_tails(doc)
    assert [(e.text, e.label_) for e in doc.ents] == [("Ilse van der Molen", "PERSON"), ("Velora", "GPE")]


def test_a_place_after_a_name_that_does_not_head_it_stays_a_place(nlp):
    # "Ivo Brandt Velora" with the name hanging on the verb, not on the place: no merge
    doc = _doc(
        nlp,
        ["met", "Ivo", "Brandt", "Velora", "officials"],
        [0, 2, 0, 4, 0],
        ["ROOT", "compound", "dobj", "compound", "dobj"],
        ["VERB", "PROPN", "PROPN", "PROPN", "NOUN"],
        ["O", "B-PERSON", "I-PERSON", "B-GPE", "O"],
    )
    doc = _person_name_tails(doc)
    assert [(e.text, e.label_) for e in doc.ents] == [("Ivo Brandt", "PERSON"), ("Velora", "GPE")]


def test_she_said_after_a_name_the_recognizer_cut_in_two_is_that_person(run):
    sts = run(
        "BRUSSELS — The European Union has hardened its tone.\n\n"
        "Ursula von der Leyen visited Beijing on Monday. “We know the origin of the attacks,” she told reporters.\n\n"
        "The visit ended on Tuesday."
    )
    st = find(sts, "We know the origin")
    assert st.kind == "direct"
    assert "Leyen" in st.speaker


def test_called_out_a_state_is_criticism(run):
    sts = run(
        "VELORA — The dispute deepened on Monday.\n\n"
        "Foreign Minister Ana Lopes called out Sylvania for blocking the border crossing.\n\n"
        "The crossing stayed closed."
    )
    st = find(sts, "blocking the border")
    assert st.kind == "indirect"
    assert "Ana Lopes" in st.speaker


def test_a_bare_quote_paragraph_after_a_report_is_the_reported_speakers_next_statement(run):
    sts = run(
        "VELORA — The talks ended on Monday.\n\n"
        "Ana Lopes, the Sylvanian foreign minister, reiterated the need to conclude the talks.\n\n"
        '"We affirm the need for the regional bloc to lead a new initiative, but this cannot last for ever."\n\n'
        "The officials agreed to meet again."
    )
    report = find(sts, "the need to conclude the talks")
    quote = find(sts, "We affirm the need")
    assert quote.kind == "direct" and report.kind == "indirect"
    assert "Ana Lopes" in quote.speaker
    assert quote is not report


def test_a_bare_quote_paragraph_after_a_quotation_continues_that_quotation(run):
    sts = run(
        "VELORA — The talks ended on Monday.\n\n"
        "“We are open to dialogue with the other side,” Ana Lopes told reporters.\n\n"
        "“Should they withdraw their troops, we will meet them at the table.”\n\n"
        "The officials agreed to meet again."
    )
    find(sts, "open to dialogue")
    # one statement (GUIDELINES' '"A," he said. "B."'), not a second one for the bare quote
    assert not any(st.text.startswith("Should they withdraw") for st in sts)


def test_a_quote_opening_a_paragraph_that_goes_on_is_not_taken_for_a_bare_quote(run):
    sts = run(
        "VELORA — The talks ended on Monday.\n\n"
        "Ana Lopes, the Sylvanian foreign minister, reiterated the need to conclude the talks.\n\n"
        '"Operation Dawn" was the name the army gave to the offensive, which began in May.\n\n'
        "The officials agreed to meet again."
    )
    assert all("Operation Dawn" not in st.text for st in sts)
