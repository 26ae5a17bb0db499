"""Attribution errors of four general kinds: a role or party word glued to the name of a person the
registry does not know, a bare surname given to a registry namesake over the person the article
introduced, a modified bare title not read as the holder the article named, and bodies or groups
named with the words around them. Sentences written for the tests; the project registry."""

from __future__ import annotations

import datetime as dt

import pytest

from app.pipeline.types import ArticleInput
from tests.extract.conftest import find


@pytest.fixture
def run_real(make_extractor, project_resolver):
    ex = make_extractor(project_resolver)
    return lambda text: ex.extract(ArticleInput(text=text, published=dt.date(2025, 3, 1)))


# 1. A role or party word written capitalised before a name is no word of the name --------------


def test_a_party_and_a_legislative_role_before_a_name_are_not_the_name(run_real):
    text = (
        "WASHINGTON — Democrat Congressman Tobias Wrenfield-Oakes said the aid package would pass "
        "before the recess.\n\nWrenfield-Oakes said the committee had the votes."
    )
    out = run_real(text)
    assert find(out, "aid package").actor.name == "Tobias Wrenfield-Oakes"
    assert find(out, "had the votes").actor.name == "Tobias Wrenfield-Oakes"


def test_a_capitalised_role_after_a_country_is_not_the_name(run_real):
    text = "NICOSIA — UN Mediator Halvard Brennecke-Sund said both communities had agreed to meet again in May."
    st = find(run_real(text), "meet again")
    assert st.actor.name == "Halvard Brennecke-Sund"


def test_the_portfolio_of_a_post_is_not_the_first_word_of_the_name(run_real):
    text = (
        "TIRANA — The Minister of Foreign Affairs and European Integration Kastriot Velumeni said the "
        "accession chapters would open this year."
    )
    st = find(run_real(text), "accession chapters")
    assert st.actor.name == "Kastriot Velumeni"


def test_a_ministry_s_portfolio_after_of_is_not_the_name(run_real):
    text = "LUSAKA — Minister of Energy and Mines Chanda Mwelwa-Tembo said the new copper licences were fair."
    st = find(run_real(text), "copper licences")
    assert st.actor.name == "Chanda Mwelwa-Tembo"


def test_a_plural_title_before_the_first_of_two_names_is_not_the_name(run_real):
    text = (
        "SARAJEVO — The presidency met visiting US Senators Dana Whitcombe and Rick Olander on Monday. "
        "Whitcombe said the country had to condemn the attacks."
    )
    st = find(run_real(text), "condemn the attacks")
    assert (st.actor.name, st.actor.country) == ("Dana Whitcombe", "US")


def test_the_known_body_a_post_belongs_to_is_not_the_name(run_real):
    text = "IDLIB — Military commander of Hayat Tahrir al-Sham Omar Kadri-Nassar said the front lines had not moved."
    st = find(run_real(text), "front lines")
    assert st.actor.name == "Omar Kadri-Nassar"


def test_a_state_cut_from_its_post_before_a_full_name_is_not_a_given_name(project_resolver):
    # "Foreign Minister of Latvia Ugis Kalnberzins", read from the state on ("Jordan Bardella" keeps its given name)
    article = project_resolver.for_article(dt.date(2025, 3, 1))
    found = article.resolve("Latvia Ugis Kalnberzins")
    assert (found.name, found.country) == ("Ugis Kalnberzins", "LV")
    assert article.resolve("Jordan Bardella").name == "Jordan Bardella"


# 2. A bare surname two people of the article share is the one it introduced first --------------


def test_a_bare_surname_written_without_accents_is_the_registry_person_introduced_first(run_real):
    text = (
        "BELGRADE — Serbian President Aleksandar Vucic arrived in Paris on Monday. Macron greeted Vucic "
        "and his son Danilo Vucic at the Elysee. Vucic said the talks had focused on energy."
    )
    st = find(run_real(text), "focused on energy")
    assert st.actor.slug == "aleksandar-vucic"


def test_a_bare_surname_shared_by_two_speakers_is_the_first_introduced(run_real):
    text = (
        "SANTIAGO — Chilean senator Tomas Kvirenko said the pension bill would pass. His wife, Chilean "
        "lawyer Lena Kvirenko, said she was proud of the campaign. Kvirenko said the vote was set for May."
    )
    st = find(run_real(text), "set for May")
    assert st.actor.name == "Tomas Kvirenko"


# 3. A title with modifiers is the holder the article named ----------------------------------------


def test_a_heritage_demonym_before_a_title_is_not_the_state_served(run_real):
    text = (
        "LONDON — British Foreign Secretary David Lammy flew to Ottawa on Monday. The Nigerian-British "
        "foreign secretary said the talks had been frank."
    )
    st = find(run_real(text), "been frank")
    assert st.actor.slug == "david-lammy"


def test_the_kingdoms_post_is_the_post_of_the_kingdom_named_before(run_real):
    text = "RABAT — Morocco will host the water summit in June, the Kingdom’s foreign minister told reporters."
    st = find(run_real(text), "water summit")
    assert st.actor.slug == "nasser-bourita"


def test_of_several_kingdoms_in_the_sentence_the_first_named_is_meant(run_real):
    text = (
        "GENEVA — Jordan, Egypt and Bahrain agreed to reopen the crossing next month, the Kingdom's "
        "foreign minister said on Sunday."
    )
    st = find(run_real(text), "reopen the crossing")
    assert st.actor.slug == "ayman-safadi"


# 4. Bodies and groups named without the words around them -----------------------------------------


def test_an_embassy_in_a_state_written_with_its_article_is_the_state_s_post_there(run_real):
    text = "LONDON — The Turkish Embassy in the UK said on Monday that the consular fees would not change."
    st = find(run_real(text), "consular fees")
    assert (st.actor.name, st.actor.country) == ("Embassy of Türkiye in the United Kingdom", "TR")


def test_a_count_opening_a_group_is_no_part_of_its_name(run_real):
    text = "KHARTOUM — Nine Sudanese parties, including the Umma party, pledged on Tuesday to hold elections within two years."
    st = find(run_real(text), "hold elections")
    assert (st.actor.name, st.actor.country) == ("Sudanese parties", "SD")


# Narrowed after a review's probes -------------------------------------------------------------------


def test_a_heritage_demonym_stays_in_a_bodys_name(run_real):
    text = "The Ukrainian-Canadian Congress said Ottawa must send more air defence systems to Kyiv."
    st = find(run_real(text), "air defence")
    assert st.actor.country == "UA"


def test_two_namesakes_neither_a_relative_the_bare_surname_is_the_latest(run_real):
    text = (
        "Former US President Bill Clinton said the summit was vital for democracy. Hillary Clinton, the "
        'former secretary of state, said Ukraine must win the war. "We owe them that support," Clinton added.'
    )
    st = find(run_real(text), "We owe them")
    assert st.actor.name == "Hillary Clinton"


def test_a_relative_named_in_full_does_not_take_the_leaders_surname(run_real):
    text = (
        "Vanuatu's Prime Minister Tomas Kalsakau arrived in Suva on Monday. His wife, Mere Kalsakau, "
        "said the visit was a family reunion. Kalsakau said the talks would cover fisheries."
    )
    st = find(run_real(text), "cover fisheries")
    assert st.actor.name == "Tomas Kalsakau"


def test_of_several_kingdoms_with_nothing_to_decide_no_minister_is_named(run_real):
    text = "Morocco and Spain reopened the border. The Kingdom's foreign minister said it was a historic day."
    st = find(run_real(text), "historic day")
    assert st.actor.slug not in ("nasser-bourita", "jose-manuel-albares")
