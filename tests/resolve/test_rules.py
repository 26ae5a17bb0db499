"""Each resolution rule on its own, on small inputs: what it answers, and when it
says "not mine" (None) so the next rule runs.  The registry is the test one
(conftest): the real non-person seeds plus a few people."""

from __future__ import annotations

import datetime as dt

import pytest

from app.pipeline.resolve.rules import PHRASE_RULES, RULES, phrase
from app.pipeline.resolve.rules.apposition import apposition
from app.pipeline.resolve.rules.back_reference import back_reference
from app.pipeline.resolve.rules.country_institution import country_institution
from app.pipeline.resolve.rules.dated_title import dated_title
from app.pipeline.resolve.rules.joint_mention import joint_mention
from app.pipeline.resolve.rules.joint_of_people import joint_of_people
from app.pipeline.resolve.rules.media_name import media_name
from app.pipeline.resolve.rules.possessive_owner import possessive_owner
from app.pipeline.resolve.rules.pronoun import is_pronoun
from app.pipeline.resolve.rules.registry_name import registry_name
from app.pipeline.resolve.rules.titled_person import titled_person
from app.pipeline.resolve.rules.unknown_actor import unknown_actor
from app.pipeline.resolve.rules.unnamed_source import unnamed_source

D = dt.date


@pytest.fixture
def ctx(resolver):
    """A fresh article context dated 2024-03-01."""
    return resolver.for_article(D(2024, 3, 1))


def apply(rule, ctx, text):
    return rule(ctx.mention(text), ctx)


def slug(found):
    return found.slug if found is not None else None


def test_the_order_is_stated_once():
    assert [r.__name__ for r in RULES] == [
        "unnamed_source",
        "home_body",
        "home_state_form",
        "registry_name",
        "apposition",
        "joint_of_people",
        "group_spokesperson",
        "body_spokesperson",
        "phrase",
        "joint_mention",
        "spokesperson_for",
        "own_named_group",
        "unknown_actor",
    ]
    assert [r.__name__ for r in PHRASE_RULES] == [
        "registry_name",
        "state_delegate",
        "media_name",
        "name_of_body",
        "possessive_owner",
        "titled_person",
        "country_institution",
        "dated_title",
        "back_reference",
    ]


# --- pronoun guard ------------------------------------------------------
def test_pronouns_are_rejected_but_capitalised_acronyms_are_not(ctx):
    assert is_pronoun("they", ctx) and is_pronoun("He", ctx)
    assert not is_pronoun("US", ctx)
    assert not is_pronoun("Lavrov", ctx)
    assert ctx.resolve("she") is None


# --- unnamed_source -----------------------------------------------------
def test_unnamed_source_is_one_person_with_the_country(ctx):
    found = apply(unnamed_source, ctx, "a Chilean diplomat")
    assert (found.kind, found.country, found.known, found.name) == ("person", "CL", False, "Chilean diplomat")


def test_unnamed_source_needs_an_indefinite_head(ctx):
    assert apply(unnamed_source, ctx, "the Chilean diplomat") is None
    assert apply(unnamed_source, ctx, "a Chilean diplomatic mission") is None
    assert apply(unnamed_source, ctx, "a diplomat, Ana Lima") is None  # an apposition names someone


def test_unnamed_source_drops_a_relative_clause(ctx):
    assert apply(unnamed_source, ctx, "a diplomat, who spoke").name == "diplomat"


# --- registry_name ------------------------------------------------------
def test_registry_name_reads_the_whole_mention(ctx):
    assert slug(apply(registry_name, ctx, "the Kremlin")) is not None
    assert slug(apply(registry_name, ctx, "Sergey Lavrov")) == "sergey-lavrov"
    assert apply(registry_name, ctx, "Foreign Minister Sergey Lavrov") is None


def test_registry_name_prefers_the_person_met_for_one_word(ctx):
    ctx.resolve("Armenian Foreign Minister Ararat Mirzoyan")
    assert slug(apply(registry_name, ctx, "Mirzoyan")) == "ararat-mirzoyan"


# --- media_name ---------------------------------------------------------
def test_media_name_strips_the_kind_of_outlet(ctx):
    tass = ctx.registry.by_alias("tass")
    assert tass, "the media seeds know TASS"
    assert slug(apply(media_name, ctx, "Tass news agency")) == tass[0].slug
    assert apply(media_name, ctx, "Tass") is None  # nothing to strip: registry_name's job


def test_an_unnamed_spokesperson_of_a_named_body_speaks_for_the_body(ctx):
    from app.pipeline.resolve.rules.spokesperson_for import body_spokesperson

    found = apply(body_spokesperson, ctx, "a Chinese Ministry of Commerce (MOFCOM) spokesperson")
    assert found is not None and found.country == "CN" and "Commerce" in found.name
    assert apply(body_spokesperson, ctx, "a foreign ministry spokesman") is None  # every state has one


def test_an_outlet_named_only_by_its_state_has_no_name_of_its_own(ctx):
    assert apply(media_name, ctx, "an Israeli newspaper") is None  # unknown_actor names it in full
    found = apply(unknown_actor, ctx, "an Israeli newspaper")
    assert found is not None and found.name == "Israeli newspaper" and found.country == "IL"


# --- possessive_owner ---------------------------------------------------
def test_possessive_owner_office_is_the_office_of_the_post(ctx):
    found = apply(possessive_owner, ctx, "Pashinyan's office")
    assert found.kind == "institution" and found.country == "AM"


def test_possessive_owner_administration_is_the_state(ctx):
    assert slug(apply(possessive_owner, ctx, "the Biden administration")) == "united-states"


def test_possessive_owner_reads_the_owner_without_a_form_of_address(ctx):
    found = apply(possessive_owner, ctx, "Mr Pashinyan's spokesman")
    assert found is not None and found.country == "AM"


def test_possessive_owner_skips_a_place(ctx):
    assert apply(possessive_owner, ctx, "Armenia's government") is None


# --- titled_person ------------------------------------------------------
def test_titled_person_reads_the_name_after_the_title(ctx):
    assert slug(apply(titled_person, ctx, "Russian Foreign Minister Sergey Lavrov")) == "sergey-lavrov"
    assert slug(apply(titled_person, ctx, "Foreign Minister Sergei Lavrov")) == "sergey-lavrov"


def test_titled_person_refuses_a_country_that_does_not_fit(ctx):
    assert apply(titled_person, ctx, "Sudanese President Ali") is None


def test_titled_person_needs_a_name(ctx):
    assert apply(titled_person, ctx, "the Russian foreign minister") is None


# --- country_institution ------------------------------------------------
def test_country_institution_reads_country_and_body(ctx):
    found = apply(country_institution, ctx, "Kenyan defence ministry")
    assert found.kind == "institution" and found.country == "KE"
    assert slug(apply(country_institution, ctx, "Indian government")) == "india"
    officials = apply(country_institution, ctx, "Indian officials")
    assert (officials.name, officials.country) == ("Indian officials", "IN")
    assert slug(apply(country_institution, ctx, "Russia")) == "russia"


def test_country_institution_needs_exactly_one_state(ctx):
    assert apply(country_institution, ctx, "Russian and Armenian officials") is None
    assert apply(country_institution, ctx, "the foreign ministry") is None


# --- dated_title --------------------------------------------------------
def test_dated_title_is_the_holder_on_the_article_date(resolver):
    assert (
        slug(apply(dated_title, resolver.for_article(D(2023, 6, 1)), "the US Secretary of State")) == "antony-blinken"
    )
    assert slug(apply(dated_title, resolver.for_article(D(2025, 6, 1)), "the US Secretary of State")) == "marco-rubio"
    assert slug(apply(dated_title, resolver.for_article(D(2020, 6, 1)), "the UN chief")) == "antonio-guterres"


def test_dated_title_indefinite_names_no_holder(ctx):
    found = apply(dated_title, ctx, "a Russian foreign minister")
    assert found is None or found.kind != "person"


# --- back_reference -----------------------------------------------------
def test_back_reference_finds_the_body_met_earlier(ctx):
    ministry = ctx.resolve("the Russian Foreign Ministry")
    assert ministry is not None and ministry.kind == "institution"
    assert slug(apply(back_reference, ctx, "the ministry")) == ministry.slug


def test_back_reference_finds_the_minister_met_earlier(ctx):
    ctx.resolve("Armenian Foreign Minister Ararat Mirzoyan")
    assert slug(apply(back_reference, ctx, "the foreign minister")) == "ararat-mirzoyan"
    assert slug(apply(back_reference, ctx, "the minister")) == "ararat-mirzoyan"


def test_back_reference_with_nothing_met_is_none(ctx):
    assert apply(back_reference, ctx, "the ministry") is None


# --- apposition ---------------------------------------------------------
def test_apposition_takes_the_name_before_the_comma(ctx):
    assert slug(apply(apposition, ctx, "Lavrov, the Russian foreign minister")) == "sergey-lavrov"


def test_apposition_makes_an_unknown_person_with_the_country_after(ctx):
    found = apply(apposition, ctx, "Nikolai Korchunov, Russia's Arctic envoy")
    assert (found.name, found.country, found.known) == ("Nikolai Korchunov", "RU", False)


def test_apposition_keeps_an_unknown_titled_name_rather_than_the_last_leader_met(ctx):
    ctx.resolve("Prime Minister Mark Rutte")
    found = apply(apposition, ctx, "President Tomas Varga Jr., the leader of an island nation of 18,000 people")
    assert found is not None and found.name == "Tomas Varga Jr" and not found.known


def test_apposition_keeps_a_known_titled_name(ctx):
    assert slug(apply(apposition, ctx, "Foreign Minister Sergey Lavrov, the chief diplomat")) == "sergey-lavrov"


def test_apposition_needs_a_comma_or_brackets(ctx):
    assert apply(apposition, ctx, "Sergey Lavrov") is None


# --- joint_of_people / joint_mention ------------------------------------
def test_joint_of_people_splits_a_titled_person_first(ctx):
    found = apply(joint_of_people, ctx, "Armenian Foreign Minister Ararat Mirzoyan and his Azerbaijani counterpart")
    assert slug(found) == "ararat-mirzoyan"


def test_joint_of_people_leaves_places_alone(ctx):
    assert apply(joint_of_people, ctx, "Trinidad and Tobago") is None


def test_joint_mention_is_the_first_party_and_remembers_the_second(ctx):
    assert slug(apply(joint_mention, ctx, "Sergey Lavrov and Ararat Mirzoyan")) == "sergey-lavrov"
    assert slug(ctx.resolve("Mirzoyan")) == "ararat-mirzoyan"


def test_joint_mention_of_places_is_the_first(ctx):
    assert slug(apply(joint_mention, ctx, "Moscow and Yerevan")) == "russia"


# --- unknown_actor ------------------------------------------------------
def test_unknown_actor_person_group_institution(ctx):
    person = apply(unknown_actor, ctx, "Kenyan President Jane Doe")
    assert (person.kind, person.country, person.known, person.name) == ("person", "KE", False, "Jane Doe")
    assert apply(unknown_actor, ctx, "the Saudi crown prince").kind == "person"
    assert apply(unknown_actor, ctx, "the Kenyan electoral commission").kind == "institution"
    assert apply(unknown_actor, ctx, "Kenyan activists").kind == "group"


def test_unknown_actor_leaves_generic_heads_and_bare_titles(ctx):
    assert apply(unknown_actor, ctx, "the two sides") is None
    assert apply(unknown_actor, ctx, "the spokesperson") is None


# --- phrase (the phrase rules in order) ---------------------------------
def test_phrase_stops_at_a_name_that_is_no_one_known(ctx):
    """ "Armenian Foreign Minister Jane Doe": a name no one has; the later phrase
    rules do not read the title instead (the mention becomes an unknown person)."""
    assert phrase(ctx.mention("Armenian Foreign Minister Jane Doe"), ctx) is None
    assert ctx.resolve("Armenian Foreign Minister Jane Doe").name == "Jane Doe"


def test_human_rights_in_a_title_is_no_part_of_the_name(ctx):
    found = ctx.resolve("UN High Commissioner for Human Rights Volker Türk")
    assert found is not None and found.name == "Volker Türk"


def test_a_capitalised_agency_name_is_a_name_even_after_official(ctx):
    # "the official Saudi Press Agency": "official" describes the outlet; the name is its own,
    # though it is only a state's adjective and "Press Agency" (lower-case: "an Israeli newspaper" has none)
    found = apply(media_name, ctx, "the official Saudi Press Agency")
    assert found is not None and found.name == "Saudi Press Agency" and found.kind == "media" and found.country == "SA"


def test_the_last_word_of_a_bodys_name_is_no_person(ctx):
    # "Institute of National Memory": a body's head and a link word before the last capitalised word
    found = apply(unknown_actor, ctx, "the Ukrainian Institute of National Memory")
    assert found.kind == "institution" and found.country == "UA"
    assert found.name == "Ukrainian Institute of National Memory"  # a demonym is part of such a name


def test_a_ministry_after_a_demonym_takes_the_registry_pattern(ctx):
    found = apply(unknown_actor, ctx, "the Kenyan Ministry of Mining")
    assert found.name == "Ministry of Mining of Kenya" and found.country == "KE"
