"""A name written with initials ("Y. Hayashi", "Y.Hayashi" as Mongolian outlets print it) is the
person met under the full name; a known person given an international body's post by the article,
with no office of a state on record that day, speaks for no state; an "and" inside a state's name
("Trinidad and Tobago's ambassador X") joins no second party. Names written for the tests (the
international official is a registry person); the project registry."""

from __future__ import annotations

import datetime as dt

import pytest


@pytest.fixture
def ctx(project_resolver):
    return project_resolver.for_article(dt.date(2022, 3, 1))


@pytest.mark.parametrize("later", ["Y. Hayashi", "Y.Hayashi"])
def test_an_initial_stands_for_the_given_name_met_before(ctx, later):
    first = ctx.resolve("Minister of Foreign Affairs of Japan Yoshiro Hayashida")
    found = ctx.resolve(later.replace("Hayashi", "Hayashida"))
    assert found is not None and found.slug == first.slug and found.country == "JP"


def test_an_initial_of_another_given_name_is_someone_else(ctx):
    first = ctx.resolve("Minister of Foreign Affairs of Japan Yoshiro Hayashida")
    found = ctx.resolve("K. Hayashida")
    assert found is None or found.slug != first.slug


def test_an_international_post_in_the_article_speaks_for_no_state(ctx):
    found = ctx.resolve("UN High Commissioner for Human Rights Michelle Bachelet")
    assert found is not None and found.name == "Michelle Bachelet" and found.country is None


def test_an_international_post_in_apposition_speaks_for_no_state(ctx):
    found = ctx.resolve("Michelle Bachelet, UN High Commissioner for Human Rights,")
    assert found is not None and found.name == "Michelle Bachelet" and found.country is None


def test_an_undated_state_post_keeps_the_state(project_resolver):
    found = project_resolver.for_article(None).resolve("Chilean President Michelle Bachelet")
    assert found is not None and found.name == "Michelle Bachelet" and found.country == "CL"


def test_a_state_post_in_the_article_keeps_the_state(project_resolver):
    ctx = project_resolver.for_article(dt.date(2015, 3, 1))
    found = ctx.resolve("Chilean President Michelle Bachelet")
    assert found is not None and found.country == "CL"


@pytest.mark.parametrize(
    ("mention", "name", "country"),
    [
        ("Trinidad and Tobago’s Ambassador Pennelope Brathwaite", "Pennelope Brathwaite", "TT"),
        ("Antigua and Barbuda’s Permanent Representative Sir Ronald Sandersen", "Ronald Sandersen", "AG"),
        ("Trinidad and Tobago and Jamaica", "Trinidad and Tobago", "TT"),
        ("Kenya and Uganda", "Kenya", "KE"),
    ],
)
def test_an_and_inside_a_state_name_joins_no_second_party(ctx, mention, name, country):
    found = ctx.resolve(mention)
    assert found is not None and found.name == name and found.country == country


def test_a_gloss_the_mention_cut_short_is_dropped(ctx):
    found = ctx.resolve("the Ministry of Foreign Affairs (MoFA")
    assert found is None or "(" not in found.name
