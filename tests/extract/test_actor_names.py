"""The actor's name formed from the speaker mention in running text: forms of address and title
chains before a name, a name looked up earlier in the article without the sentence before it, and
unnamed sources without their clauses. Sentences written for the test; the project registry."""

from __future__ import annotations

import datetime as dt

import pytest

from app.pipeline.types import ArticleInput
from tests.extract.conftest import find


@pytest.fixture
def run_real(make_extractor, project_resolver):
    ex = make_extractor(project_resolver)
    return lambda text: ex.extract(ArticleInput(text=text, published=dt.date(2025, 3, 1)))


def test_an_honorific_chain_before_a_long_gulf_name(run_real):
    text = (
        "DOHA — His Excellency Minister of State for Trade Dr Khalid bin Nasser bin Hamad Al Marri "
        "said the new port agreement would double shipping between the two emirates."
    )
    st = find(run_real(text), "double shipping")
    assert st.actor.name == "Khalid bin Nasser bin Hamad Al Marri"


def test_prof_before_a_surname_resolves_like_the_bare_surname(run_real):
    text = "DHAKA — Prof Yunus told the visiting delegation that Bangladesh wanted steady ties with its neighbours."
    st = find(run_real(text), "steady ties")
    assert st.actor.name == "Muhammad Yunus"


def test_a_name_met_earlier_is_not_glued_to_the_word_ending_the_sentence_before(run_real):
    text = (
        'TAIPEI — Chen said the exercises followed a speech that unsettled the Taiwan Strait.  Lai had "recklessly" '
        "pushed his line, Chen said.\n\nLai, in his address on Monday, urged Beijing to stop its threats."
    )
    st = find(run_real(text), "stop its threats")
    assert "Strait" not in st.actor.name


def test_an_unnamed_diplomat_drops_the_clauses_after_the_head(run_real):
    text = (
        "A Nordic diplomat stationed in Tallinn, who spoke on condition of anonymity, said the treaty "
        "would survive the coming election."
    )
    st = find(run_real(text), "treaty")
    assert st.actor.name == "Nordic diplomat"


# The article's own spelling of a known person, wherever it stands: the name it introduced
# (a letter apart, one more given name, or without a particle-led family name) names every
# statement, the bare surname's too; the slug stays the registry's.


def test_a_bare_surname_takes_the_spelling_the_article_introduced(run_real):
    text = (
        "WARSAW — Volodymyr Zelensky arrived for a two-day visit on Tuesday.\n\n"
        "Zelensky told reporters in the capital that air defence remained his first request."
    )
    st = find(run_real(text), "air defence")
    assert (st.actor.slug, st.actor.name) == ("volodymyr-zelenskyy", "Volodymyr Zelensky")


def test_a_middle_name_the_article_writes_is_kept(run_real):
    text = (
        "GENEVA — Russian Foreign Minister Sergei Viktorovich Lavrov landed late on Sunday.\n\n"
        "Lavrov said Moscow saw no reason to extend the grain corridor."
    )
    st = find(run_real(text), "grain corridor")
    assert (st.actor.slug, st.actor.name) == ("sergey-lavrov", "Sergei Viktorovich Lavrov")


def test_a_given_name_two_letters_apart_is_the_articles_spelling(run_real):
    text = (
        "ATHENS — Libyan Foreign Minister Mohamed Taher Siala met his Greek counterpart on Friday.\n\n"
        "Siala said the visit violated no decision of the council."
    )
    st = find(run_real(text), "violated no decision")
    assert st.actor.slug == "mohamed-taha-siala" and st.actor.name == "Mohamed Taher Siala"


def test_a_middle_initial_is_no_other_spelling(run_real):
    text = (
        "TOKYO — Secretary of State Antony J. Blinken began an Asian tour on Monday.\n\n"
        "Blinken said the alliance had never been stronger."
    )
    st = find(run_real(text), "never been stronger")
    assert st.actor.name == "Antony Blinken"


def test_a_name_written_without_its_dynasty_name_keeps_the_full_name(run_real):
    text = (
        "RIYADH — Foreign Minister Faisal bin Farhan received his Omani counterpart.\n\n"
        "Faisal bin Farhan said the kingdom would host the coming session in April."
    )
    st = find(run_real(text), "host the coming session")
    assert (st.actor.slug, st.actor.name) == ("faisal-bin-farhan", "Faisal bin Farhan Al Saud")


def test_a_speaker_printed_in_capitals_with_a_middle_initial(run_real):
    text = (
        "NEW YORK — Delegates debated the draft late into the night.\n\n"
        "SERGEY V. LAVROV (Russian Federation) stressed that Moscow would abstain on the amendment."
    )
    st = find(run_real(text), "abstain")
    assert (st.actor.slug, st.actor.name, st.actor.country) == ("sergey-lavrov", "Sergey Lavrov", "RU")


# Junk actors: a page's date line, a relative pronoun, a name cut inside its complement.


def test_a_published_line_is_no_speaker_label(run_real):
    text = (
        "By Staff Reporter\nPublished: Mar 3, 2025 08:15 AM\n\n"
        "Beijing has protested to Manila over the new patrols, spokesperson Mao Ning said on Monday.\n\n"
        "Q: Will the talks go ahead next week?\n\n"
        "Mao Ning: We have always held that dialogue is the right path forward.\n\n"
        "Q: Any comment on the naval drills?\n\n"
        "Mao Ning: Please ask the relevant departments, who know the details better."
    )
    st = find(run_real(text), "protested to Manila")
    assert st.actor.name == "Mao Ning"


def test_a_subject_owned_by_whose_speaks_for_the_noun_the_clause_hangs_on(run_real):
    text = (
        "BRUSSELS — The ministers met for three hours. The talks ran late, and the Danish foreign "
        "minister, whose cabinet had pushed for the inquiry since spring, said it should go on."
    )
    st = find(run_real(text), "pushed for the inquiry")
    assert (st.actor.name, st.actor.country) == ("Lars Løkke Rasmussen", "DK")  # the minister, not "whose cabinet"


def test_an_unnamed_source_loses_a_partitive_complement_whole(run_real):
    text = (
        "CAIRO — A senior Western official at one of the guarantor embassies said the ceasefire "
        "would hold through the holiday."
    )
    st = find(run_real(text), "ceasefire")
    assert st.actor.name == "senior Western official"


# An unnamed spokesperson speaks for whom they speak for.


def test_a_spokesperson_for_a_party_is_the_party(run_real):
    text = "JERUSALEM — A spokesman for Yair Lapid's Yesh Atid party said the faction would vote against the budget."
    st = find(run_real(text), "vote")
    assert (st.actor.name, st.actor.country) == ("Yesh Atid", "IL")


def test_an_unnamed_ministry_spokesperson_is_the_ministry_of_the_story_state(run_real):
    text = (
        "TEHRAN — Officials met through the night. Later a foreign ministry spokeswoman told state "
        "television that Iran would skip the Vienna round."
    )
    st = find(run_real(text), "skip the Vienna round")
    assert (st.actor.name, st.actor.country) == ("Ministry of Foreign Affairs of Iran", "IR")


def test_a_delegate_printed_in_capitals_with_the_state_in_brackets(run_real):
    text = (
        "NEW YORK — The Council met again on Thursday.\n\n"
        "TOMAS HALVORSEN (Norway) said the humanitarian pause had to be extended without conditions."
    )
    st = find(run_real(text), "humanitarian pause")
    assert (st.actor.name, st.actor.country, st.speaker) == ("Tomas Halvorsen", "NO", "TOMAS HALVORSEN (Norway)")


def test_a_bracketed_state_the_parser_took_for_the_subject_leaves_the_delegate_speaking(run_real):
    text = (
        "NEW YORK — The delegate of Peru said the ceasefire was fragile. Lima had hoped for more, she added.\n\n"
        "WU HAN (China) welcomed every step that eased tensions and said the draft showed a \"promising turn\" "
        "in the current diplomatic work. \"Beijing backs both capitals in settling their quarrel by talks,\" "
        "he said."
    )
    out = run_real(text)
    for words in ("every step that eased", "settling their quarrel"):
        st = find(out, words)
        assert (st.actor.name, st.speaker) == ("Wu Han", "WU HAN (China)")


def test_the_parse_repair_puts_the_delegate_back_at_the_head_of_the_subject():
    import spacy
    from spacy.tokens import Doc

    from app.pipeline.extract.nlp import _bracketed_delegates

    words = ["WU", "HAN", "(", "China", ")", "welcomed", "the", "step", "."]
    doc = Doc(
        spacy.blank("en").vocab,
        words=words,
        heads=[3, 3, 1, 5, 3, 5, 7, 5, 5],
        deps=["nmod", "nmod", "punct", "nsubj", "punct", "ROOT", "det", "dobj", "punct"],
        pos=["PROPN", "PROPN", "PUNCT", "PROPN", "PUNCT", "VERB", "DET", "NOUN", "PUNCT"],
    )
    doc = _bracketed_delegates(doc)
    name, state = doc[1], doc[3]
    assert (name.dep_, name.head.i) == ("nsubj", 5)
    assert (state.dep_, state.head.i) == ("appos", 1)
    assert (doc[0].head.i, doc[2].head.i, doc[4].head.i) == (1, 1, 1)
