"""Issue 14, kinds 3 and 5: what an outlet only carries is the act of the clause's own subject
("Ruritania has offered …, a newspaper said" is Ruritania's offer), and a misspelt country
name is still that country ("Ethopia has agreed"). Every sentence here is invented."""

import datetime as dt

import pytest

from tests.extract.conftest import find

DAY = dt.date(2024, 5, 14)


@pytest.fixture
def real(run, project_resolver):
    return lambda text: run(text, published=DAY, resolver=project_resolver)


@pytest.mark.parametrize(
    ("text", "evidence", "country"),
    [
        (
            "Peru has offered to host the next round of talks, a state-owned Chilean newspaper said.",
            "host the next",
            "PE",
        ),
        (
            "Mongolia has threatened to leave the grain pact if tariffs rise, the Washington Post reported.",
            "grain pact",
            "MN",
        ),
        ("Uruguay has rejected the fishing quota, according to the Canadian Press.", "fishing quota", "UY"),
        (
            "Laos and Vietnam signed a border accord on Monday, the official news agency Bernama said.",
            "border accord",
            "LA",
        ),
    ],
)
def test_an_outlet_carries_what_the_clause_subject_did(real, text, evidence, country):
    assert find(real(text), evidence).actor.country == country


def test_an_outlet_reporting_narration_stays_the_source(real):
    st = find(real("A trawler was seized off the coast, according to the Canadian Press."), "trawler was seized")
    assert st.actor.kind == "media"


def test_an_unknown_newspaper_is_an_outlet_of_its_state(real):
    st = find(real("The harvest will be late this year, a state-owned Kenyan newspaper said."), "harvest")
    assert (st.actor.kind, st.actor.country) == ("media", "KE")


def test_a_speaker_inside_the_report_is_the_source(real):
    st = find(real("Peruvian Foreign Minister Ana Ruiz said the dam was safe, the agency reported."), "dam was safe")
    assert (st.actor.name, st.actor.country) == ("Ana Ruiz", "PE")


def test_a_leading_outlet_keeps_its_account(real):
    st = find(real("The Canadian Press said Uruguay had rejected the fishing quota."), "fishing quota")
    assert st.actor.kind == "media"
