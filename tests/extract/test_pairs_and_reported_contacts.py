"""Contacts and joint statements a spokesperson or a pair carries: a comment on a call between
others is that call (a contact of its first party), "the two heads of state" are the pair who
spoke last when no pair is named nearby, and "the Brazilian side" is one state. Every sentence
is written for the test."""

from __future__ import annotations

import datetime as dt

import pytest

from app.pipeline.types import ArticleInput
from tests.extract.conftest import find


@pytest.fixture
def run_real(make_extractor, project_resolver):
    ex = make_extractor(project_resolver)
    return lambda text: ex.extract(ArticleInput(text=text, published=dt.date(2024, 5, 1)))


def test_a_comment_on_a_call_between_others_is_that_call(run_real):
    text = (
        "Peskov commented on the video call between Russian leader Vladimir Putin and Turkish "
        "President Recep Tayyip Erdogan, held on Thursday.\n\n"
        "He said the call had been requested by Ankara."
    )
    out = run_real(text)
    call = find(out, "video call between")
    assert call.kind == "contact" and call.actor.name == "Vladimir Putin"
    assert not [s for s in out if s.actor.name == "Dmitry Peskov" and "video call" in s.text]
    assert find(out, "requested by Ankara").actor.name == "Dmitry Peskov"  # "he" is still the commenter


def test_a_comment_with_its_own_words_stays_the_commenters(run_real):
    out = run_real("Peskov commented on the call, saying it had been businesslike.")
    assert all(s.actor.name == "Dmitry Peskov" for s in out)


def test_the_two_heads_of_state_are_the_pair_who_spoke_last(run_real):
    text = (
        "Chinese leader Xi Jinping held talks with South African President Cyril Ramaphosa in Beijing.\n\n"
        "Xi said the partnership had never been stronger.\n\n"
        "Ramaphosa said South Africa wanted closer ties with the African Union, the G20 and BRICS.\n\n"
        "The two heads of state then exchanged views on the drought in the Horn of Africa."
    )
    st = find(run_real(text), "exchanged views")
    assert st.kind == "contact" and st.actor.name == "Xi Jinping"
    assert [a.name for a in st.co_actors] == ["Cyril Ramaphosa"]


def test_one_side_named_by_its_country_is_that_state(run_real):
    text = (
        "Xi held talks with Ramaphosa on Friday.\n\n"
        "In a joint communique, the South African side restated its backing for the one-China policy."
    )
    st = find(run_real(text), "restated its backing")
    assert st.actor.name == "South Africa" and st.actor.country == "ZA"


def test_the_text_of_an_adopted_resolution_is_the_adopting_bodys(run_real):
    text = (
        "The Security Council later adopted a resolution drafted by Ghana, Kenya and Norway. "
        "The text stresses that the ceasefire must be respected by all parties."
    )
    st = find(run_real(text), "ceasefire must be respected")
    assert "Security Council" in st.actor.name


def test_the_committee_is_the_committee_named_long_before(run_real):
    filler = " ".join(["The delegates debated the fisheries question at length in the afternoon session."] * 40)
    text = (
        "Minister Ana Reis spoke to the Special Committee on Decolonization on Tuesday.\n\n"
        f"{filler}\n\n"
        "The Foreign Ministry said the session had gone well.\n\n"
        "The committee later adopted a resolution drafted by Peru and Ecuador. The text stresses "
        "that the dispute must be settled through negotiations."
    )
    st = find(run_real(text), "settled through negotiations")
    assert st.actor.name.startswith("Special Committee")  # not the ministry that spoke in between


def test_their_statement_is_the_named_subjects_and_so_is_the_statement_added(run_real):
    text = (
        "Earlier, the Nigerien army said one of its patrols had been ambushed.\n\n"
        "In their joint statement on Monday, the leaders of the Alliance of Sahel States "
        "denounced the ambush as a provocation.\n\n"
        "\"The confederation will answer any aggression together,\" the statement added."
    )
    out = run_real(text)
    for fragment in ("denounced the ambush", "answer any aggression"):
        assert find(out, fragment).actor.name == "Alliance of Sahel States"


def test_his_account_of_a_pair_stays_the_last_speakers(run_real):
    text = (
        "Department spokesman Tom Avery said in a statement that the minister welcomed the progress.\n\n"
        "In his account, Lopes and Reis also reviewed \"fisheries, shipping and tourism.\""
    )
    st = find(run_real(text), "fisheries, shipping and tourism")
    assert st.actor.name == "Tom Avery"


def test_a_surname_the_tagger_took_for_a_product_can_be_a_party(nlp, lex):
    from spacy.tokens import Doc

    from app.pipeline.extract.joint import joint_parties

    words = ["Sato", "and", "Wang", "met", ".", "The", "two", "ministers", "agreed", "."]
    doc = Doc(
        nlp.vocab,
        words=words,
        spaces=[True, True, True, False, True, True, True, True, False, False],
        pos=["PROPN", "CCONJ", "PROPN", "VERB", "PUNCT", "DET", "NUM", "NOUN", "VERB", "PUNCT"],
        tags=["NNP", "CC", "NNP", "VBD", ".", "DT", "CD", "NNS", "VBD", "."],
        heads=[3, 0, 0, 3, 3, 7, 7, 8, 8, 8],
        deps=["nsubj", "cc", "conj", "ROOT", "punct", "det", "nummod", "nsubj", "ROOT", "punct"],
        ents=["B-PRODUCT", "O", "B-ORG", "O", "O", "O", "O", "O", "O", "O"],
        sent_starts=[True, False, False, False, False, True, False, False, False, False],
    )
    assert [t.text for t in joint_parties(doc[7], lex)] == ["Sato", "Wang"]
