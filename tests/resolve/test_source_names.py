"""How an actor's name is formed from the speaker mention: forms of address and title chains
stripped, unnamed sources named by their head noun, the more specific body of a possessive.
Phrases written for the test."""

from __future__ import annotations

import datetime as dt

import pytest


@pytest.fixture
def ctx(resolver):
    return resolver.for_article(dt.date(2024, 3, 1))


# kind 1: forms of address ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("mention", "name"),
    [
        (
            "His Excellency Minister of State for Trade Dr Khalid bin Nasser bin Hamad Al Marri",
            "Khalid bin Nasser bin Hamad Al Marri",
        ),
        ("H.E. Omar Haddad", "Omar Haddad"),
        ("HE Omar Haddad", "Omar Haddad"),
        ("Hon. Grace Atieno", "Grace Atieno"),
        ("Professor Lindiwe Moyo", "Lindiwe Moyo"),
        ("Prof Lindiwe Moyo", "Lindiwe Moyo"),
    ],
)
def test_forms_of_address_are_no_part_of_the_name(ctx, mention, name):
    found = ctx.resolve(mention)
    assert (found.name, found.kind) == (name, "person")


def test_a_long_name_with_particles_is_still_a_name(ctx):
    # four names and three particles: no longer than "Ana Maria Lima Reis Costa"
    found = ctx.resolve("Foreign Minister Saeed bin Rashid bin Khalfan Al Tayer")
    assert found.name == "Saeed bin Rashid bin Khalfan Al Tayer"


def test_a_title_after_an_honorific_is_the_title_alone(ctx):
    found = ctx.resolve("His Excellency the Minister of State")
    assert found is None or not found.name.lower().startswith(("excellency", "his "))


def test_a_capitalised_he_is_an_honorific_but_he_is_a_pronoun(resolver):
    reader = resolver.for_article(None).reader
    assert reader.is_honorific("HE") and reader.is_honorific("H.E.")
    assert not reader.is_honorific("He")
    assert reader.strip_honorifics("Her Excellency Deputy Minister") == "Deputy Minister"
    assert reader.strip_honorifics("Dr") == "Dr"  # nothing would be left


# kind 2: unnamed and collective sources ---------------------------------------------------


@pytest.mark.parametrize(
    ("mention", "name"),
    [
        ("a Nordic diplomat stationed in Tallinn, who spoke on condition of anonymity", "Nordic diplomat"),
        ("a European official briefed on the draft", "European official"),
        ("an official speaking on condition of anonymity", "official"),
        ("a diplomat in Lisbon", "diplomat in Lisbon"),
    ],
)
def test_an_unnamed_source_is_its_head_with_adjectives(ctx, mention, name):
    found = ctx.resolve(mention)
    assert found.name == name and found.kind == "person"


def test_a_body_after_in_stays_in_the_name(resolver):
    reader = resolver.for_article(None).reader
    assert reader.trim_source("an official in the Foreign Ministry")[0] == "an official in the Foreign Ministry"
    assert reader.trim_source("an official in Oslo's Foreign Ministry")[0] == "an official in Oslo's Foreign Ministry"


def test_a_group_drops_its_places_and_clauses(ctx):
    found = ctx.resolve("Herders of upland pastures in Naryn and in Kazakhstan's Almaty region")
    assert found.name == "Herders of upland pastures"
    found = ctx.resolve("Fishermen from coastal towns, fearing for their catch")
    assert found.name == "Fishermen from coastal towns"


def test_a_list_of_states_is_not_cut_at_its_commas(resolver):
    reader = resolver.for_article(None).reader
    raw = "the representatives of Malta, Slovenia and Switzerland"
    assert reader.trim_source(raw) == (raw, False)
    assert reader.trim_source("a diplomat based in Oslo, who asked not to be named") == ("a diplomat", False)
    assert reader.trim_source("residents of two valleys in Osh") == ("residents of two valleys", True)


# kind 3: the more specific body --------------------------------------------------------------


def test_a_named_mission_of_an_organisation_is_the_mission(ctx):
    found = ctx.resolve("the EU's Astra monitoring mission")
    assert found.name == "Astra" and found.kind == "international_organisation"


def test_an_organisation_post_stays_the_organisation(ctx):
    found = ctx.resolve("NATO's headquarters")
    assert found.slug == "nato"
