"""A bare title that the article introduced with a name ("the Special Representative for X,
Ambassador Y") is that person, though they had not spoken yet; the place they are posted to is not
their state, which the dateline gives ("ISLAMABAD, Mar 24 (APP):On …", a colon glued to the next word).
Sentences written for the test."""

from __future__ import annotations

import pytest

from app.pipeline.types import ArticleInput

TEXT = (
    "ISLAMABAD, Mar 24 (APP):On the direction of the Foreign Minister, the Special Representative for "
    "Sylvania, Ambassador Piet Berg Hassan, visited the capital on 21-23 March.\n\n"
    "The Special Representative reaffirmed the country's commitment to continued engagement with Sylvania."
)


@pytest.fixture
def real(make_extractor, project_resolver):
    return lambda text: make_extractor(project_resolver).extract(ArticleInput(text=text))


def test_a_bare_title_is_the_person_it_introduced_and_the_dateline_places_them(real):
    (st,) = real(TEXT)
    assert st.actor.name == "Piet Berg Hassan"
    assert st.actor.country == "PK"


def test_a_place_opening_the_sentence_is_part_of_the_introduction(make_extractor, project_resolver):
    text = (
        "Cook Islands Prime Minister Piet Berg Hassan returned home on Monday from a week-long state visit.\n\n"
        'Before signing the deal, Hassan said there was "no need for New Zealand to sit in the room with us".'
    )
    article = ArticleInput(text=text, source="RNZ", url="https://www.rnz.co.nz/news/1")
    (st,) = [s for s in make_extractor(project_resolver).extract(article) if s.kind == "direct"]
    assert st.actor.name == "Piet Berg Hassan" and st.actor.country == "CK"
