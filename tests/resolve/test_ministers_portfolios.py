"""A minister's portfolio names what the post deals with, not an organisation it serves:
"Minister of Foreign Affairs and International Trade", "Minister for European Affairs" serve the
article's state like any minister, while "the International Labour Office" or "EU Commissioner
for Trade" still serve none. Names written for the test."""

from __future__ import annotations

import datetime as dt

import pytest


@pytest.fixture
def ctx(resolver):
    return resolver.for_article(dt.date(2024, 3, 1))


@pytest.mark.parametrize(
    "mention",
    [
        "The Acting Minister of Foreign Affairs and International Trade Rufaro Tendai-Moyo",
        "Minister for European Affairs Ilse Brandt",
        "Secretary of State for International Development Owen Pryce",
        "Minister of Regional Integration and African Cooperation Awa Diallo",
    ],
)
def test_a_portfolio_with_an_organisation_word_serves_the_home_state(ctx, mention):
    ctx.set_home("ZW")
    found = ctx.resolve(mention)
    assert found is not None and found.kind == "person" and found.country == "ZW"


@pytest.mark.parametrize(
    "title", ["International Labour Office director", "EU Commissioner for Trade", "Arab League envoy"]
)
def test_an_organisation_title_outside_a_portfolio_still_serves_no_state(ctx, title):
    ctx.set_home("ZW")
    assert ctx.home_for(title) is None


def test_the_cut_keeps_the_words_before_the_portfolio(ctx):
    assert ctx.titles.outside_portfolio("acting minister of foreign affairs".split()) == ["acting", "minister"]
    assert ctx.titles.outside_portfolio("international labour office".split()) == ["international", "labour", "office"]


def test_a_post_after_a_ministrys_portfolio_still_serves_the_home_state(ctx):
    ctx.set_home("TH")
    found = ctx.resolve("Ministry of Foreign Affairs spokesperson Pimchan Saelim")
    assert found is not None and found.kind == "person" and found.country == "TH"
