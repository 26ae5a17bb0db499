"""Two ways a speaker's words place them without naming a state: a local post named by its city
("Odesa Oblast Governor X", "Kharkiv Mayor X") is an official of the state the city is in, and a
name written with its patronymic chain ("Majed bin Mohamed al-Ansari") is the registry person known
by the short form ("Majed al-Ansari"). Names of the local officials written for the tests; the
project registry."""

from __future__ import annotations

import datetime as dt

import pytest


@pytest.fixture
def ctx(project_resolver):
    return project_resolver.for_article(dt.date(2025, 6, 11))


@pytest.mark.parametrize(
    ("mention", "country"),
    [
        ("Odesa Oblast Governor Oleksa Marchuk", "UA"),
        ("Kharkiv regional governor Ihor Dovhan", "UA"),
        ("Karachi Mayor Salim Qadri", "PK"),
        ("Kandahar provincial governor Mullah Abdul Rashid", "AF"),
    ],
)
def test_a_local_post_named_by_its_city_is_of_the_citys_state(ctx, mention, country):
    found = ctx.resolve(mention)
    assert found is not None and found.country == country


@pytest.mark.parametrize(
    "mention",
    [
        "Shanghai Cooperation Organisation Secretary-General Zhang Ming",  # a body named after its city
        "Director of the Karachi Institute of Policy Studies Ana Rahim",  # an institute, no state's post
        "Ambassador in Karachi Tomas Reiswald",  # a post held abroad
    ],
)
def test_a_city_inside_a_bodys_name_or_a_post_abroad_places_nobody(ctx, mention):
    found = ctx.resolve(mention)
    assert found is not None and found.country is None


def test_a_name_with_its_patronymic_chain_is_the_registry_person(ctx):
    found = ctx.resolve("Dr Majed bin Mohamed al-Ansari")
    assert found is not None and found.slug == "majed-al-ansari" and found.country == "QA"


def test_a_patronymic_chain_does_not_make_someone_else(ctx):
    found = ctx.resolve("Omar bin Khalid Dawood")
    assert found is not None and not found.known


@pytest.mark.parametrize(
    "mention",
    [
        "Ana Mbeki, the Secretary-General’s Special Envoy for the Great Lakes region",  # a region, no state
        "Ana Mbeki, head of the UN Organization Stabilization Mission in the DRC",  # the state after "in the"
    ],
)
def test_an_international_bodys_post_over_a_region_or_a_state_serves_no_state(project_resolver, mention):
    ctx = project_resolver.for_article(dt.date(2025, 3, 1))
    ctx.set_home("CD")
    found = ctx.resolve(mention)
    assert found is not None and found.name == "Ana Mbeki" and found.country is None


def test_a_states_post_in_another_state_keeps_its_state(project_resolver):
    ctx = project_resolver.for_article(dt.date(2025, 3, 1))
    ctx.set_home("CD")
    found = ctx.resolve("Ana Mbeki, the Kenyan ambassador in Kinshasa")
    assert found is not None and found.country == "KE"
