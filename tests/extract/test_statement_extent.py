"""How far a statement reaches: an act with its purpose and its second act, a reported clause the parser
cut short, a second question, a first clause before a trailing attribution. A statement's span must
hold its evidence, or the statement counts as missed. Sentences are our own."""

from tests.extract.conftest import find


def test_an_act_reads_with_its_purpose_clause(run):
    st = find(
        run("Norway on Monday summoned Iceland's ambassador to protest a fishing ban imposed by Reykjavik."), "summoned"
    )
    assert "to protest a fishing ban" in st.text


def test_an_act_reads_with_a_second_act_of_the_same_subject(run):
    st = find(
        run("Tensions rose in May, when Portugal announced the quotas and tied them to the fishing dispute."), "quotas"
    )
    assert st.text.endswith("tied them to the fishing dispute")


def test_a_second_act_that_is_a_contact_stays_a_statement_of_its_own(nlp, lex):
    from app.pipeline.extract.reported import content_tokens

    doc = nlp("Lopes announced the quotas and met the Danish minister in Oslo.")
    verb = next(t for t in doc if t.lower_ == "announced")
    words = {t.lower_ for t in content_tokens(verb, doc[0], lex)}
    assert "quotas" in words and "met" not in words


def test_a_second_question_the_verb_reports_belongs_to_the_statement(run):
    st = find(
        run("Foreign Minister Lena Hoff explains what Oslo wants in exchange, and what happens if Reykjavik refuses."),
        "Oslo wants",
    )
    assert st.text.endswith("what happens if Reykjavik refuses")


def test_a_trailing_attribution_reports_both_joined_clauses(run):
    text = (
        "France keeps to the one-Europe policy, and this position has not changed, Lopes said, "
        "adding that France hopes to settle the dispute through dialogue."
    )
    st = find(run(text), "position has not changed")
    assert st.text.startswith("France keeps to the one-Europe policy")


def test_a_bare_answer_before_a_proposal_is_one_statement(run):
    text = (
        "When the reporters asked how long the embargo should last, the minister Jonas Vik answered “forever” "
        "before proposing a year."
    )
    st = find(run(text), "proposing a year")
    assert st.text.startswith("answered “forever”")


def test_a_participle_the_parser_made_a_verb_carries_the_clause_on(nlp, lex):
    from spacy.tokens import Doc

    from app.pipeline.extract.reported import content_tokens

    words = "Holm revealed that he had met detained former leader Petrov in Sofia .".split()
    doc = Doc(
        nlp.vocab,
        words=words,
        spaces=[True] * 11 + [False, False],
        pos="PROPN VERB SCONJ PRON AUX VERB VERB ADJ NOUN PROPN ADP PROPN PUNCT".split(),
        tags="NNP VBD IN PRP VBD VBN VBN JJ NN NNP IN NNP .".split(),
        lemmas="Holm reveal that he have meet detain former leader Petrov in Sofia .".split(),
        heads=[1, 1, 5, 5, 5, 1, 1, 9, 9, 6, 6, 10, 1],
        deps="nsubj ROOT mark nsubj aux ccomp conj amod compound dobj prep pobj punct".split(),
    )
    text = " ".join(t.text for t in content_tokens(doc[1], doc[0], lex))
    assert text == "that he had met detained former leader Petrov in Sofia"
