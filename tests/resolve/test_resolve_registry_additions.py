"""Registry additions of 2026-11: OPEC+ apart from OPEC, and people who speak
often in energy and Indo-Pacific news, resolved with their dated roles."""

import datetime as dt

import pytest

from app.pipeline.resolve.normalize import norm


def test_a_closing_plus_is_a_word_of_its_own():
    assert norm("OPEC+") == "opec plus" == norm("OPEC Plus")
    assert norm("OPEC") == "opec"
    assert norm("three OPEC+ delegates") == "three opec plus delegates"


def test_opec_plus_is_not_opec(own_actors, project_resolver):
    assert project_resolver.resolve("OPEC+").slug == "opec-plus"
    assert project_resolver.resolve("OPEC").slug == "opec"


@pytest.mark.parametrize(
    "mention, day, slug, country",
    [
        ("President Lai Ching-te", dt.date(2024, 10, 10), "lai-ching-te", "TW"),
        ("William Lai", dt.date(2023, 8, 1), "lai-ching-te", "TW"),
        ("Energy Minister Prince Abdulaziz bin Salman", dt.date(2023, 6, 4), "abdulaziz-bin-salman", "SA"),
        ("Russian Deputy Prime Minister Alexander Novak", dt.date(2023, 6, 4), "alexander-novak", "RU"),
        ("Foreign Secretary Enrique Manalo", dt.date(2024, 6, 19), "enrique-manalo", "PH"),
        ("Defence Secretary Gilberto Teodoro", dt.date(2024, 6, 19), "gilberto-teodoro", "PH"),
    ],
)
def test_new_people_resolve_with_their_country(mention, day, slug, country, project_resolver):
    found = project_resolver.for_article(day).resolve(mention)
    assert found is not None and found.known
    assert (found.slug, found.country) == (slug, country)
