"""An acronym the article defines ("the Harbour Police of Lesotho (HPL)") stands for that full name
wherever the article uses it again: the full name says whose body it is, and it beats any registry
body sharing the letters. Every sentence here is invented."""

import datetime as dt

import pytest

from app.pipeline.extract.acronyms import defined_acronyms, expand
from tests.extract.conftest import find

DAY = dt.date(2024, 5, 14)
LINKS = frozenset({"of", "for", "and", "on", "de"})


@pytest.fixture
def real(run, project_resolver):
    return lambda text: run(text, published=DAY, resolver=project_resolver)


@pytest.mark.parametrize(
    ("text", "acronym", "name"),
    [
        ("The Chilean Fisheries Service (CFS) said on Monday.", "CFS", "Chilean Fisheries Service"),
        ("the Kurdish-led Syrian Democratic Forces (SDF) said", "SDF", "Syrian Democratic Forces"),
        ("the Namibian Coast Guard's (NCG) ship", "NCG", "Namibian Coast Guard"),
        ("the Council of Baltic Sea States (CBSS) met", "CBSS", "Council of Baltic Sea States"),
        (
            "the Economic Community of Central African States (ECCAS) met",
            "ECCAS",
            "Economic Community of Central African States",
        ),
        ("Ministry of Foreign Affairs (MoFA) officials", "MoFA", "Ministry of Foreign Affairs"),
    ],
)
def test_a_bracketed_acronym_spelt_by_the_words_before_it_is_defined(text, acronym, name):
    assert defined_acronyms(text, LINKS) == {acronym: name}


@pytest.mark.parametrize(
    "text",
    [
        "Talks resumed in Geneva, diplomats said (AFP).",  # an outlet credit, not a definition
        "Maria Lopes said the deal was fair (UN).",
        "the Harbour Police (X) said",  # one letter
    ],
)
def test_brackets_the_words_before_cannot_spell_define_nothing(text):
    assert defined_acronyms(text, LINKS) == {}


def test_a_known_body_defined_with_its_state_is_still_the_known_body(real):
    sts = real(
        "Iran's Revolutionary Guards Corps (IRGC) held drills in the Gulf on Monday.\n\n"
        "The IRGC said the drills would go on for a week."
    )
    st = find(sts, "drills would go on")
    assert st.actor.country == "IR" and st.actor.name != "Guards Corps"


def test_expansion_leaves_the_definition_itself_and_unknown_capitals_alone():
    acronyms = {"CFS": "Chilean Fisheries Service"}
    assert expand("The CFS", acronyms) == "The Chilean Fisheries Service"
    assert expand("Chilean Fisheries Service (CFS) chief Ana Rojas", acronyms) is None
    assert expand("The NATO allies", acronyms) is None


def test_a_body_named_by_its_acronym_takes_the_country_of_its_full_name(real):
    sts = real(
        "The Namibian Coast Guard (NCG) said on Saturday that a trawler had rammed its patrol boat. "
        "The NCG said the crew had been detained."
    )
    st = find(sts, "crew had been detained")
    assert st.actor.name == "Namibian Coast Guard" and st.actor.country == "NA"


def test_a_person_titled_with_the_acronym_takes_its_country(real):
    sts = real(
        "Officials of the Royal Norwegian Border Service (RNBS) met on Monday. "
        "RNBS spokesperson Kari Dahl said the crossing would stay shut."
    )
    assert find(sts, "crossing would stay shut").actor.country == "NO"


def test_the_articles_definition_places_an_acronym_no_registry_knows(real):
    sts = real(
        "Pakistan's National Security Committee (NSC) met in Islamabad on Thursday. "
        "The NSC said any attempt to divert the river would be met with force."
    )
    st = find(sts, "divert the river")
    assert st.actor.country == "PK" and "National Security Committee" in st.actor.name
