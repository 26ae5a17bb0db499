"""A body is named as it was called on the article's day: the registry's `former_names` give the
earlier names with the day each ended; the slug stays one actor's. Phrases written for the test."""

from __future__ import annotations

import datetime as dt

import pytest

from app.pipeline.resolve.record import RegistryError, actor_from_dict

RECORD = {
    "slug": "ruritania-foreign-ministry",
    "name": "Ministry of Foreign Affairs and Trade of Ruritania",
    "kind": "institution",
    "country": "RU",
    "former_names": [
        {"name": "Department of External Affairs of Ruritania", "until": "2015-06-01"},
        {"name": "Ministry of Foreign Affairs of Ruritania", "until": "2001-01-01"},
    ],
}


def test_the_name_on_a_day_is_the_first_former_name_not_yet_ended():
    actor = actor_from_dict(RECORD, "test")
    assert actor.name_on(dt.date(1999, 5, 1)) == "Ministry of Foreign Affairs of Ruritania"
    assert actor.name_on(dt.date(2010, 5, 1)) == "Department of External Affairs of Ruritania"
    assert actor.name_on(dt.date(2015, 6, 1)) == "Ministry of Foreign Affairs and Trade of Ruritania"
    assert actor.name_on(None) == "Ministry of Foreign Affairs and Trade of Ruritania"
    assert "Department of External Affairs of Ruritania" in actor.names  # still found by it


@pytest.mark.parametrize("bad", [[{"name": "X"}], [{"until": "2001-01-01"}], [{"name": "X", "until": "soon"}], ["X"]])
def test_a_former_name_needs_a_name_and_a_day(bad):
    with pytest.raises(RegistryError, match="ruritania-foreign-ministry"):
        actor_from_dict({**RECORD, "former_names": bad}, "test")


def test_the_uk_foreign_office_of_2011_is_the_fco_and_of_2024_the_fcdo(project_resolver):
    then = project_resolver.for_article(dt.date(2011, 5, 13)).resolve("the British Foreign Office")
    now = project_resolver.for_article(dt.date(2024, 5, 13)).resolve("the British Foreign Office")
    assert then.slug == now.slug == "united-kingdom-foreign-ministry"
    assert then.name == "Foreign and Commonwealth Office"
    assert now.name == "Foreign, Commonwealth and Development Office"
