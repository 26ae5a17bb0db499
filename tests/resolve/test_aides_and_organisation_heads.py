"""An aide described by whom they serve ("an adviser to <a known person>") serves that person's
state; Iran's "Leader of the Islamic Revolution" is the Supreme Leader's office; the head of an
organisation of states speaks for none. Aides' names written for the test."""

from __future__ import annotations

import datetime as dt

import pytest


@pytest.fixture
def ctx(project_resolver):
    return project_resolver.for_article(dt.date(2025, 4, 1))


@pytest.mark.parametrize(
    ("mention", "country"),
    [
        ("Reza Karimi, a political adviser to Ayatollah Ali Khamenei", "IR"),
        ("Reza Karimi, a political adviser to the Leader of the Islamic Revolution", "IR"),
        ("Ana Prado, an envoy of President Luiz Inácio Lula da Silva", "BR"),
    ],
)
def test_an_aide_serves_the_state_of_the_person_served(ctx, mention, country):
    ctx.set_home("OM")  # the place the talks are held in is not whom the aide serves
    found = ctx.resolve(mention)
    assert found is not None and found.country == country


def test_an_aide_to_no_known_person_keeps_the_articles_state(ctx):
    ctx.set_home("OM")
    found = ctx.resolve("Salim Harthy, an adviser to the foreign minister")
    assert found is not None and found.country == "OM"


def test_the_leader_of_the_islamic_revolution_is_irans(ctx):
    found = ctx.resolve("the Leader of the Islamic Revolution")
    assert found is not None and found.country == "IR"


def test_the_arab_league_secretary_general_speaks_for_no_state(ctx):
    found = ctx.resolve("Ahmed Aboul Gheit")
    assert found is not None and found.known and found.country is None


def test_the_sources_refer_back_but_other_sources_do_not(ctx):
    assert ctx.resolve("Turkish diplomatic sources").country == "TR"
    assert ctx.resolve("the sources").name == "Turkish diplomatic sources"
    for other in ("Two sources", "sources"):
        found = ctx.resolve(other)
        assert found is None or found.name != "Turkish diplomatic sources"
