"""Person mentions in forms the registry does not list: "Name of Place/Body", a title with its
complement before the name, a surname printed in capitals, and titles of legislators. Phrases
written for the test; the registry is the test one (conftest)."""

from __future__ import annotations

import datetime as dt

import pytest

from app.pipeline.resolve.context import surname_last
from app.pipeline.resolve.rules.name_of_body import name_of_body


@pytest.fixture
def ctx(resolver):
    return resolver.for_article(dt.date(2024, 3, 1))


def test_a_name_of_a_state_is_that_person_placed_there(ctx):
    found = name_of_body(ctx.mention("Tomás Almeida Reis of Portugal"), ctx)
    assert (found.name, found.kind, found.country) == ("Tomás Almeida Reis", "person", "PT")


def test_a_name_of_a_research_body_is_that_person_of_no_state(ctx):
    found = name_of_body(ctx.mention("Lena Vogt of the Rhodium Group"), ctx)
    assert (found.name, found.country) == ("Lena Vogt", None)
    found = name_of_body(ctx.mention("Ravi Menon from the Lowy Institute"), ctx)
    assert (found.name, found.country) == ("Ravi Menon", None)


def test_a_known_person_of_their_own_state_stays_known(ctx):
    found = name_of_body(ctx.mention("Sergey Lavrov of Russia"), ctx)
    assert found.slug == "sergey-lavrov"


@pytest.mark.parametrize(
    "phrase", ["Bank of England", "Gulf of Guinea", "University of Cape Town", "United States of America"]
)
def test_places_and_bodies_named_with_of_are_no_person(ctx, phrase):
    assert name_of_body(ctx.mention(phrase), ctx) is None


def test_the_whole_mention_of_a_person_of_a_place_resolves_to_the_person(ctx):
    found = ctx.resolve("Tomás Almeida Reis of Portugal")
    assert found.name == "Tomás Almeida Reis" and found.kind == "person"


def test_a_title_with_its_complement_then_a_name_is_the_named_person(ctx):
    # the registry's US Secretary of State must not stand in for the person the article names
    found = ctx.resolve("the representative of the United States, Dana Whitcombe")
    assert (found.name, found.country) == ("Dana Whitcombe", "US")
    found = ctx.resolve("Kenya’s Minister for Foreign Affairs, Joseph Mwangi Otieno")
    assert (found.name, found.country) == ("Joseph Mwangi Otieno", "KE")


def test_a_surname_in_capitals_goes_last():
    assert surname_last("SATO Kenichi") == "Kenichi Sato"
    assert surname_last("Jean-Luc MARCHAND") == "Jean-Luc Marchand"
    assert surname_last("NATO") == "NATO"  # one word in capitals: nothing to move
    assert surname_last("Mohammed bin SALMAN") == "Mohammed bin SALMAN"  # particles: left as written
    assert surname_last("MLA Colin Terry", {"mla"}) == "MLA Colin Terry"  # a title, not a surname


def test_a_name_all_in_capitals_is_put_in_the_usual_case_with_its_initial_in_place():
    assert surname_last("ELENA K MARKOVA") == "Elena K Markova"  # not "K Elena Markova"
    assert surname_last("TOMAS O'BRIEN-RUIZ") == "Tomas O'Brien-Ruiz"
    assert surname_last("SATO K Kenichi") == "K Kenichi Sato"  # mixed: the capitals still go last


def test_initials_written_together_are_no_surname_in_capitals(ctx):
    assert surname_last("K.T. Varma") == "K.T. Varma"  # not "Varma K.T."
    assert surname_last("R.K Menon") == "R.K Menon"
    assert ctx.resolve("Minister K.T. Varma").name in ("K.T Varma", "K.T. Varma")


def test_a_known_person_written_with_the_surname_in_capitals(ctx):
    assert ctx.resolve("LAVROV Sergey").slug == "sergey-lavrov"


def test_a_known_person_written_all_in_capitals_with_a_middle_initial(ctx):
    found = ctx.resolve("SERGEY V. LAVROV")
    assert (found.slug, found.name) == ("sergey-lavrov", "Sergey Lavrov")


def test_a_legislators_title_is_a_title(ctx):
    found = ctx.resolve("MLA Colin Terry")
    assert found.name == "Colin Terry" and found.kind == "person"


@pytest.mark.parametrize("mention", ["Algeria's defence ministry", "the Algerian defence ministry"])
def test_a_defence_ministry_is_named_as_the_state_names_it(project_resolver, mention):
    found = project_resolver.resolve(mention, dt.date(2025, 4, 7))
    assert (found.name, found.country) == ("Ministry of National Defence of Algeria", "DZ")


@pytest.mark.parametrize(
    ("phrase", "name"),
    [
        ("Mira Holloway of the Brandt Institute for Responsible Governance", "Mira Holloway"),
        ("Tomas Reyner of the Lindqvist Endowment for International Peace", "Tomas Reyner"),
        ("Odile Marchetti of the Centre for Studies on Coastal Affairs", "Odile Marchetti"),
    ],
)
def test_a_name_of_a_body_with_inner_small_words_is_the_named_person(ctx, phrase, name):
    # the body's own "for"/"on"/"of" does not make the tail of its name a person's name
    found = ctx.resolve(phrase)
    assert (found.name, found.kind, found.country) == (name, "person", None)


def test_a_titled_name_after_a_title_with_of_is_still_that_name(ctx):
    assert ctx.resolve("Minister of Health Ana Lima").name == "Ana Lima"


@pytest.mark.parametrize(
    ("phrase", "name"),
    [
        ("PM Okonkwo", "Okonkwo"),
        ("FM Daniela Ferraz", "Daniela Ferraz"),
        ("Pres. Okonkwo", "Okonkwo"),
        ("Amb. Tarsis", "Tarsis"),
    ],
)
def test_an_abbreviated_title_before_a_name_is_no_part_of_it(ctx, phrase, name):
    # "PM" is a title, not a surname in capitals to move to the end ("Okonkwo Pm")
    found = ctx.resolve(phrase)
    assert (found.name, found.kind) == (name, "person")


@pytest.mark.parametrize(
    "mention, name",
    [
        ("Karim al-Sheikh", "Karim al-Sheikh"),
        ("Deputy Minister Omar el-Amir", "Omar el-Amir"),
    ],
)
def test_a_title_glued_to_its_particle_is_a_family_name(resolver, mention, name):
    """ "al-Sheikh", "el-Amir": the honorific after the particle is the surname, not a title."""
    assert resolver.reader.split_name(mention)[0] == name


def test_a_family_name_with_a_glued_title_keeps_its_description_out_of_the_name(resolver):
    found = resolver.resolve("Karim al-Sheikh, vice president of the Palestinian Authority")
    assert found is not None and found.kind == "person" and found.name == "Karim al-Sheikh"


@pytest.mark.parametrize("mention", ["One EU diplomat", "one NATO official"])
def test_one_unnamed_source_of_an_organisation_is_not_the_organisation(resolver, mention):
    """ "One EU diplomat said": one unnamed person, not the European Union speaking."""
    found = resolver.resolve(mention)
    assert found is not None and found.kind == "person" and not found.known


@pytest.mark.parametrize(
    "mention, name, country",
    [
        ("America's delegation head, Deputy Secretary Karel Dvorak", "Karel Dvorak", "US"),
        ("Kenya's envoy, Foreign Minister Ana Wanjiru", "Ana Wanjiru", "KE"),
    ],
)
def test_a_titled_name_after_a_title_is_that_person(resolver, mention, name, country):
    """ "X's delegation head, Defence Minister Y": Y, never whoever holds X's nearest office."""
    found = resolver.resolve(mention)
    assert found is not None and found.name == name and found.kind == "person"
    assert country is None or found.country == country


@pytest.mark.parametrize(
    ("mention", "country"),
    [
        ("UN Special Envoy on Myanmar Ana Lima", None),  # the post is about Myanmar; she serves the UN
        ("Special Envoy of the Secretary-General for Yemen Ana Lima", None),
        ("EU Special Representative for Sudan Ana Lima", None),
        ("Kenyan UN envoy Ana Lima", "KE"),  # her state named before the body
        ("US Special Envoy for Sudan Ana Lima", "US"),  # a state's own post about another state
    ],
)
def test_an_international_bodys_post_about_a_state_serves_no_state(resolver, mention, country):
    assert resolver.for_article(dt.date(2024, 3, 1)).resolve(mention).country == country


def test_initials_without_dots_before_a_name_stay_where_they_are():
    assert surname_last("AK Abdul Momen") == "AK Abdul Momen"  # initials, not a surname in capitals
    assert surname_last("SATO Kenichi") == "Kenichi Sato"  # a surname in capitals before one given name
    assert surname_last("LI Qiang") == "Qiang Li"
