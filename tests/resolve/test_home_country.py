"""Issue 14, kind 5: speakers that name no country take the one the article gives them
(`set_home`); a registry body of one state ("Foreign Office") does not win over the
article's own state.  Sentences and names written for the test."""

from __future__ import annotations

import datetime as dt

import pytest

from app.pipeline.resolve.rules.home_body import home_body


@pytest.fixture
def ctx(resolver):
    return resolver.for_article(dt.date(2024, 3, 1))


def test_generic_body_is_the_home_states(ctx):
    ctx.set_home("PK")
    found = ctx.resolve("The Foreign Office")
    assert found is not None and found.country == "PK" and "Pakistan" in found.name


def test_generic_body_without_home_keeps_the_registry_name(ctx):
    found = ctx.resolve("the Foreign Office")
    assert found is not None and found.country == "GB"


def test_generic_body_met_before_beats_the_home(ctx):
    ctx.set_home("IN")
    assert ctx.resolve("Pakistan's Foreign Office").country == "PK"
    assert ctx.resolve("The Foreign Office").country == "PK"


def test_home_body_leaves_a_named_state_to_other_rules(ctx):
    ctx.set_home("PK")
    assert home_body(ctx.mention("India's foreign ministry"), ctx) is None


def test_titled_unknown_person_takes_the_home(ctx):
    ctx.set_home("BR")
    found = ctx.resolve("Environment Minister Ana Costa")
    assert found is not None and found.name == "Ana Costa" and found.country == "BR"


def test_own_country_word_beats_the_home(ctx):
    ctx.set_home("BR")
    assert ctx.resolve("Peruvian Environment Minister Rosa Lima").country == "PE"


@pytest.mark.parametrize(
    "mention",
    [
        "the court's president, Judge Ana Riva",
        "Commission chief spokesman Paul Kern",
        "Secretary-General Ida Vos",
        "Ida Vos, Under-Secretary-General for Political Affairs",  # the blocker inside a longer hyphenated post
        "Tom Berg",  # no title: nothing says whose he is
    ],
)
def test_titles_of_courts_organisations_and_bare_names_take_no_home(ctx, mention):
    ctx.set_home("BR")
    found = ctx.resolve(mention)
    assert found is not None and found.country is None


def test_name_then_state_title_takes_the_home(ctx):
    ctx.set_home("KE")
    found = ctx.resolve("Joseph Otieno, the interior minister")
    assert found is not None and found.name == "Joseph Otieno" and found.country == "KE"


def test_unplaced_state_body_takes_the_home(ctx):
    ctx.set_home("CN")
    found = ctx.resolve("the General Administration of Customs")
    assert found is not None and found.country == "CN"


@pytest.mark.parametrize(
    "mention",
    [
        "the National Security Committee",
        "Ana Reyes, an assistant director-general of the National Security Council",
        "Pedro Alves, Deputy Speaker of the Upper Council",
    ],
)
def test_a_states_own_council_or_committee_takes_the_home(ctx, mention):
    ctx.set_home("PY")
    found = ctx.resolve(mention)
    assert found is not None and found.country == "PY"


def test_the_un_security_council_is_still_the_uns(ctx):
    ctx.set_home("PY")
    found = ctx.resolve("the Security Council")
    assert found is not None and found.country is None and found.kind == "international_organisation"


@pytest.mark.parametrize(
    ("mention", "kind"),
    [
        ("a top minister", "person"),
        ("a security official", "person"),
        ("the parliament speaker", "person"),
        ("the ministry of finance", "institution"),
        ("government officials", "institution"),
        ("the government", "state"),
    ],
)
def test_a_bare_title_of_a_states_service_takes_the_home(ctx, mention, kind):
    ctx.set_home("FI")
    found = ctx.resolve(mention)
    assert found is not None and found.country == "FI" and found.kind == kind


@pytest.mark.parametrize(
    "mention",
    ["a Western security official", "a European defence official", "the International Labour Office"],
)
def test_a_regional_or_international_title_takes_no_home(ctx, mention):
    ctx.set_home("FI")
    found = ctx.resolve(mention)
    assert found is None or found.country is None


@pytest.mark.parametrize("mention", ["a senior official", "the spokesperson", "officials familiar with the talks"])
def test_a_title_that_serves_no_one_in_particular_takes_no_home(ctx, mention):
    ctx.set_home("FI")
    found = ctx.resolve(mention)
    assert found is None or found.country is None


def test_a_bare_title_without_a_home_stays_unplaced(ctx):
    found = ctx.resolve("a top minister")
    assert found is None or found.country is None


@pytest.mark.parametrize(
    ("mention", "code"),
    [
        ("Ethnic Peruvians in southern Chile", "CL"),
        ("the Bolivians of northern Argentina", "AR"),
        ("Kurds in Iraq", "IQ"),
        ("Chilean officials in Peru", "CL"),  # officials speak for their own state
    ],
)
def test_a_people_living_in_another_state_speaks_for_where_it_lives(ctx, mention, code):
    found = ctx.resolve(mention)
    assert found is not None and found.country == code


def test_a_generic_body_in_a_title_is_the_home_states(ctx):
    ctx.set_home("PK")
    found = ctx.resolve("Foreign Office spokesperson Amna Tariq Qureshi")
    assert found is not None and found.name == "Amna Tariq Qureshi" and found.country == "PK"


def test_a_generic_body_in_a_title_without_home_keeps_the_registry_state(ctx):
    found = ctx.resolve("Foreign Office minister Tom Hale")
    assert found is not None and found.country == "GB"


@pytest.mark.parametrize(
    "mention", ["Tom Wu, director of Bluewave", "Tom Wu, head of Ocean Watch", "Ocean Watch chief Tom Wu"]
)
def test_the_head_of_a_body_of_its_own_takes_no_home(ctx, mention):
    ctx.set_home("CL")
    found = ctx.resolve(mention)
    assert found is not None and found.name == "Tom Wu" and found.country is None


@pytest.mark.parametrize(
    "mention",
    [
        "Ana Lee, director of the National Maritime Council",
        "Gen. Pedro Ruiz, the chief of the Armed Forces",
        "Gen. Pedro Ruiz, the army chief",
    ],
)
def test_the_head_of_a_states_body_takes_the_home(ctx, mention):
    ctx.set_home("CL")
    found = ctx.resolve(mention)
    assert found is not None and found.country == "CL"


def test_a_titled_unknown_keeps_the_state_of_its_title_beside_a_description(ctx):
    ctx.set_home("CL")
    found = ctx.resolve("Kenyan President Ana Kili Moro, the leader of the party")
    assert found is not None and found.country == "KE"


@pytest.mark.parametrize(
    ("mention", "kind"), [("his office", "institution"), ("her spokesman", "person"), ("his aides", "group")]
)
def test_the_staff_of_someone_just_named_is_of_the_home_state(ctx, mention, kind):
    ctx.set_home("IL")
    found = ctx.resolve(mention)
    assert found is not None and found.kind == kind and found.country == "IL"


def test_the_staff_of_someone_with_no_home_stays_unresolved(ctx):
    assert ctx.resolve("his office") is None


@pytest.mark.parametrize("mention", ["the rebel Freedom Front", "tribal elders", "the opposition party"])
def test_a_group_of_one_countrys_politics_takes_the_home(ctx, mention):
    ctx.set_home("TD")
    found = ctx.resolve(mention)
    assert found is not None and found.country == "TD"


@pytest.mark.parametrize("mention", ["world leaders", "European leaders", "Western diplomats", "journalists"])
def test_a_group_beyond_one_country_takes_no_home(ctx, mention):
    ctx.set_home("TD")
    found = ctx.resolve(mention)
    assert found is None or found.country is None


@pytest.mark.parametrize("mention", ["the Prime Minister's Office", "the PM's office"])
def test_the_prime_ministers_office_is_the_home_states_not_the_last_prime_minister(ctx, mention):
    ctx.set_home("IL")
    ctx.resolve("Armenian Prime Minister Nikol Pashinyan")
    found = ctx.resolve(mention)
    assert found is not None and found.kind == "institution" and found.country == "IL"


def test_the_name_the_article_gives_beats_the_registrys_holder_of_the_post(ctx):
    found = ctx.resolve("Armenia's foreign minister, Tigran Avetisyan")
    assert found is not None and found.name == "Tigran Avetisyan" and found.country == "AM"


def test_the_registrys_holder_named_in_the_apposition_is_still_found(ctx):
    found = ctx.resolve("Armenia's foreign minister, Ararat Mirzoyan")
    assert found is not None and found.known and found.name == "Ararat Mirzoyan"


@pytest.mark.parametrize("mention", ["state media", "the state-run newspaper", "official media", "state television"])
def test_state_media_are_the_home_states(ctx, mention):
    ctx.set_home("MM")
    found = ctx.resolve(mention)
    assert found is not None and found.kind == "media" and found.country == "MM"


@pytest.mark.parametrize(
    ("mention", "code"),
    [("A senior Biden administration official", "US"), ("a Hamas official", "PS"), ("a Kremlin official", "RU")],
)
def test_an_unnamed_official_of_a_named_body_takes_its_country(ctx, mention, code):
    found = ctx.resolve(mention)
    assert found is not None and found.kind == "person" and found.country == code


def test_an_unnamed_official_of_an_organisation_takes_none(ctx):
    found = ctx.resolve("a senior EU official")
    assert found is not None and found.country is None


@pytest.mark.parametrize(
    ("mention", "name"),
    [("grid operator Voltia", "Voltia"), ("state utility Aquanet", "Aquanet"), ("opposition party Renova", "Renova")],
)
def test_a_described_company_or_party_is_of_the_home_state(ctx, mention, name):
    ctx.set_home("FI")
    found = ctx.resolve(mention)
    assert found is not None and found.kind == "group" and found.name == name and found.country == "FI"


@pytest.mark.parametrize(
    ("home", "mention", "name"),
    [("AZ", "The president", "Ilham Aliyev"), ("AM", "the prime minister", "Nikol Pashinyan")],
)
def test_a_bare_office_is_its_holder_in_the_home_state(ctx, home, mention, name):
    ctx.set_home(home)
    found = ctx.resolve(mention)
    assert found is not None and found.name == name


@pytest.mark.parametrize("mention", ["the minister", "a president", "the two presidents", "the spokesperson"])
def test_a_bare_title_that_is_no_single_office_names_no_holder(ctx, mention):
    ctx.set_home("AZ")
    found = ctx.resolve(mention)
    assert found is None or not found.known


@pytest.mark.parametrize(
    "mention",
    [
        "President Tomas Remeliik Jr., the leader of a Pacific island nation of 18,000 people",
        "Ana Lee, a senior official of a neighbouring country",
    ],
)
def test_a_description_of_an_unnamed_state_is_not_the_home(ctx, mention):
    ctx.set_home("CN")
    found = ctx.resolve(mention)
    assert found is not None and found.kind == "person" and found.country is None


def test_a_named_state_beside_an_unnamed_one_still_counts(ctx):
    ctx.set_home("CN")
    found = ctx.resolve("Ana Lee, Kenya's envoy to a neighbouring country")
    assert found is not None and found.country == "KE"


def test_the_secretary_in_a_us_text_is_the_secretary_of_state(project_resolver):
    art = project_resolver.for_article(dt.date(2024, 8, 5))
    art.set_home("US")
    assert art.resolve("The Secretary").slug == "antony-blinken"


def test_the_secretary_elsewhere_names_no_one(project_resolver):
    art = project_resolver.for_article(dt.date(2024, 8, 5))
    art.set_home("GB")
    found = art.resolve("The Secretary")
    assert found is None or not found.known


@pytest.mark.parametrize(
    ("home", "mention", "slug"), [("OM", "the Sultanate", "oman"), ("SA", "the Kingdom", "saudi-arabia")]
)
def test_a_state_named_by_its_form_of_government_is_the_home_state(project_resolver, home, mention, slug):
    art = project_resolver.for_article(dt.date(2024, 1, 1))
    art.set_home(home)
    assert art.resolve(mention).slug == slug


def test_a_form_of_government_the_home_state_lacks_names_no_state(project_resolver):
    art = project_resolver.for_article(dt.date(2024, 1, 1))
    art.set_home("SA")
    found = art.resolve("the Sultanate")
    assert found is None or found.kind != "state"


@pytest.mark.parametrize("mention", ["the Foreign Office spokesperson", "the FO spokesperson"])
def test_the_foreign_office_spokesperson_in_a_story_from_islamabad_is_pakistans(project_resolver, mention):
    """A body every state has, named bare ("Foreign Office"), is the article's state's, though the
    registry knows the UK's by that name."""
    art = project_resolver.for_article(dt.date(2024, 9, 2))
    art.set_home("PK")
    found = art.resolve(mention)
    assert found.country == "PK"


def test_the_foreign_office_spokesperson_in_a_british_story_stays_british(project_resolver):
    art = project_resolver.for_article(dt.date(2024, 9, 2))
    art.set_home("GB")
    assert art.resolve("the Foreign Office spokesperson").country == "GB"
