"""Which earlier speaker a bare noun or title refers to. Sentences written for the test."""

from __future__ import annotations

import datetime as dt

import pytest

from app.pipeline.types import ArticleInput
from tests.extract.conftest import find


@pytest.fixture
def run_real(make_extractor, project_resolver):
    ex = make_extractor(project_resolver)
    return lambda text: ex.extract(ArticleInput(text=text, published=dt.date(2023, 3, 10)))


def test_a_body_its_country_names_is_no_back_reference(run):
    text = (
        "The Freedonian coast guard said the boats had been rammed.\n\n"
        "The Freedonian embassy in Sylvania issued a warning against further resupply missions."
    )
    st = find(run(text), "issued a warning")
    assert st.speaker == "The Freedonian embassy in Sylvania"


def test_the_department_is_the_department_named_before_not_the_last_body(run):
    text = (
        "The coast guard said the boats had been rammed.\n\n"
        "The Department of Foreign Affairs lodged a protest over the incident, its spokeswoman Ana Lopes told reporters. "
        "The department has also reiterated that the ruling is binding on both parties."
    )
    st = find(run(text), "ruling is binding")
    assert st.speaker == "The Department of Foreign Affairs"


# --- speakers the parse hides -----------------------------------------------------------------


def test_a_framing_participle_between_commas_is_no_statement(run):
    sts = run(
        "Spokesman Ivo Brandt, asked to comment on the envoy's remarks, told reporters that the government "
        "had no illusions about the talks."
    )
    (st,) = sts
    assert st.actor.name.endswith("Ivo Brandt") and st.text.startswith("that the government had no illusions")


def test_according_to_a_source_beats_the_document_it_reports(run):
    (st,) = run("According to Lopes, the envoy's statements confirm that the blockade will continue.")
    assert st.actor.name == "Lopes" and st.cue == "according to"


def test_according_to_a_source_leaves_a_named_speaker_his_words(run):
    (st,) = run("According to the ministry, Brandt said the talks had failed.")
    assert st.actor.name == "Brandt"


def test_an_agency_dateline_with_slashes_is_no_speaker(run):
    text = (
        "SYLVANIA, March 3. /FNA/. The sanctions announced by the neighbours on Monday amount to an open "
        "declaration of hostility, Foreign Ministry Spokeswoman Ana Lopes said at a briefing on Thursday.\n\n"
        "«We will answer in kind,» the diplomat said."
    )
    sts = run(text)
    assert len(sts) == 2 and all(s.actor.name.endswith("Ana Lopes") for s in sts)
    assert "SYLVANIA" not in sts[0].text and "declaration of hostility" in sts[0].text


def test_a_body_with_a_name_of_its_own_is_no_back_reference(run):
    text = (
        "Estonia and Latvia have already announced entry bans on the officials.\n\n"
        "The North Atlantic alliance, which Sylvania has sought to join for years, said in a statement that it "
        "was deeply concerned about the violence."
    )
    st = find(run(text), "deeply concerned")
    assert st.speaker == "The North Atlantic alliance"


def test_sources_told_apart_only_by_what_follows_keep_it(run):
    sts = run(
        "Two officials familiar with the talks told reporters that the envoy had pressed hard for the text. "
        "A Sylvanian official familiar with the earlier rounds said the capital had learned of it late."
    )
    assert find(sts, "pressed hard").speaker == "Two officials familiar with the talks"
    assert find(sts, "learned of it late").speaker == "A Sylvanian official"


def test_a_title_the_parser_joined_to_its_holder_is_one_named_speaker(run):
    text = (
        "Brandt said the vote had been fair.\n\n"
        "In Geneva, UN High Commissioner for Human Rights Volker Türk urged the authorities to investigate."
    )
    st = find(run(text), "urged the authorities")
    assert "Volker Türk" in st.speaker and st.co_actors == [] and "Brandt" not in st.actor.name


def test_a_generic_title_with_a_country_word_is_the_last_speaker_of_that_country(run_real):
    text = (
        "Speaking at the session, Wang Yi said the talks were a victory for dialogue.\n\n"
        "“There are many issues bearing on peace that deserve attention,” the senior Chinese diplomat said."
    )
    st = find(run_real(text), "bearing on peace")
    assert st.actor.name == "Wang Yi"


def test_a_generic_title_of_another_country_is_not_the_last_speaker(run_real):
    text = (
        "Speaking at the session, Wang Yi said the talks were a victory for dialogue.\n\n"
        "“There are many issues bearing on peace that deserve attention,” a senior Russian diplomat said."
    )
    st = find(run_real(text), "bearing on peace")
    assert st.actor.name != "Wang Yi"


def test_a_pronoun_opening_a_paragraph_is_the_person_the_paragraph_before_introduced(run_real):
    text = (
        "10.12 GMT\nVladimir Putin said the delegations had worked late into the night.\n\n"
        "09.40 GMT\nSergei Lavrov took the floor first at the closing session, an unusual order for the forum.\n\n"
        "He said the grain corridor should reopen before the winter."
    )
    st = find(run_real(text), "grain corridor")
    assert st.actor.name == "Sergei Lavrov"


def test_a_pronoun_after_a_speaker_in_the_paragraph_before_stays_with_that_speaker(run_real):
    text = (
        "Sergei Lavrov arrived at the closing session.\n\n"
        "Vladimir Putin said the delegations had worked late into the night.\n\n"
        "He said the grain corridor should reopen before the winter."
    )
    st = find(run_real(text), "grain corridor")
    assert st.actor.name == "Vladimir Putin"


def test_a_bare_title_opening_a_paragraph_fits_the_person_the_paragraph_before_introduced(run_real):
    text = (
        'Volodymyr Zelenskyy wrote on Telegram that "the talks must include Kyiv".\n\n'
        'Sergei Lavrov arrived in the city late on Thursday with a "small team".\n\n'
        'Asked about his plans, the foreign minister said: "We will set out our position calmly and clearly."'
    )
    st = find(run_real(text), "set out our position")
    assert st.actor.name == "Sergei Lavrov"


def test_it_heading_a_sentence_is_the_body_that_headed_the_sentence_before(run_real):
    text = (
        "Kenya's Foreign Ministry published a longer version. "
        "It said the two delegations agreed to reopen the consulates before the rainy season."
    )
    st = find(run_real(text), "reopen the consulates")
    assert st.actor.kind == "institution" and st.actor.country == "KE"
