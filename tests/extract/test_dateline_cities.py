"""Datelines that name a major city, not a capital ("JOHANNESBURG —", "KARACHI:"), place the story's
unplaced speakers in that city's state; where diplomacy meets ("GENEVA —") they place no one."""

import datetime as dt

from app.pipeline.resolve.cities import city_state
from app.pipeline.types import ArticleInput


def _run(make_extractor, project_resolver, text):
    return make_extractor(project_resolver).extract(ArticleInput(text=text, published=dt.date(2024, 5, 1)))


def test_major_cities_have_their_state():
    assert city_state("Johannesburg") == "ZA"
    assert city_state("KARACHI".title()) == "PK"
    assert city_state("Istanbul") == "TR"
    assert city_state("Almaty") == "KZ"


def test_small_or_shared_names_have_none():
    assert city_state("Springfield") is None  # many towns, none far the largest
    assert city_state("Cambridge") is None
    assert city_state("Nowhereville") is None


def test_a_spokesperson_in_a_johannesburg_story_is_south_africas(make_extractor, project_resolver):
    sts = _run(
        make_extractor,
        project_resolver,
        "JOHANNESBURG — The talks went on for a second day.\n\n"
        "Presidential spokesperson Ana Berg said the two leaders discussed the war.",
    )
    assert sts[0].actor.country == "ZA"


def test_a_spokesperson_in_a_geneva_story_is_nobodys(make_extractor, project_resolver):
    sts = _run(
        make_extractor,
        project_resolver,
        "GENEVA — The talks went on for a second day.\n\nThe spokesperson said the two sides discussed the war.",
    )
    assert sts[0].actor.country is None
