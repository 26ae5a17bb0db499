"""An expert described by a post at a research or teaching body speaks for no state: the city
or country the body sits in is not the person's country, and the article's own country is not
either.  A state title still gives its state.  Names and bodies written for the test."""

from __future__ import annotations

import datetime as dt

import pytest


@pytest.fixture
def ctx(resolver):
    return resolver.for_article(dt.date(2024, 3, 1))


@pytest.mark.parametrize(
    "mention",
    [
        "Lena Osterholt, director of the Baltic Studies Institute in Riga",
        "Tomas Varga, a senior fellow at the Danube Policy Centre in Vienna",
        "Ines Marwick, vice-president of research at the Pacific Rim Foundation of Chile",
        "Paulo Dantas, who teaches at the Federal University of Goiás in Brazil",
        "Kenyan analyst Peter Mwangi",
        "Oslo University professor Kari Lund",
    ],
)
def test_an_experts_post_gives_no_country(ctx, mention):
    ctx.set_home("DE")
    found = ctx.resolve(mention)
    assert found is not None and found.kind == "person" and found.country is None


def test_the_expert_met_again_by_surname_keeps_no_country(ctx):
    ctx.set_home("DE")
    ctx.resolve("Lena Osterholt, director of the Baltic Studies Institute in Riga")
    assert ctx.resolve("Osterholt").country is None


def test_a_state_post_beside_a_name_still_gives_its_state(ctx):
    ctx.set_home("DE")
    found = ctx.resolve("Lena Osterholt, Latvia's deputy foreign minister")
    assert found is not None and found.country == "LV"
