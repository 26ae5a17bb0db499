"""A bare body in a national outlet's article is the outlet's state's, though the outlet's name
holds no place (its home comes from the registry); an international organisation's officer takes no
state from the outlet. Sentences written for the test."""

from __future__ import annotations

import pytest

from app.pipeline.types import ArticleInput


@pytest.fixture
def from_outlet(make_extractor, project_resolver):
    def _run(text, source):
        return make_extractor(project_resolver).extract(ArticleInput(text=text, source=source))

    return _run


TEXT = (
    "Egypt's government faced a new attack on a checkpoint in Sinai on Sunday, the third in Egypt this month. "
    "Trade between Egypt and Saudi Arabia has grown this year.\n\nThe Ministry of Foreign Affairs expressed the "
    "Kingdom's strong condemnation of the attack on Egypt."
)


def test_a_bare_ministry_in_a_national_outlet_is_its_home_states(from_outlet):
    (st,) = from_outlet(TEXT, "Arab News")
    assert st.actor.country == "SA"


def test_without_a_known_home_the_story_places_it(from_outlet):
    (st,) = from_outlet(TEXT, "World Desk Daily")
    assert st.actor.country == "EG"


def test_an_organisations_officer_takes_no_state_from_the_outlet(from_outlet):
    text = "Gulf Cooperation Council Secretary-General Jasem Mohamed Albudaiwi welcomed the agreement between Saudi Arabia and Iran."
    (st,) = from_outlet(text, "Arab News")
    assert st.actor.country is None


def test_a_bare_government_post_in_a_national_outlet_is_its_states_among_others_named(make_extractor, project_resolver):
    text = (
        "Hours after Somalia severed diplomatic relations with Kenya and gave Kenyan diplomatic staff seven days to "
        "leave the country, Government Spokesman retired colonel Piet Berg Hassan says Nairobi has set up a committee."
    )
    article = ArticleInput(text=text, source="The Nairobi Courier", url="https://www.courier.co.ke/news/1")
    (st,) = [s for s in make_extractor(project_resolver).extract(article) if "Hassan" in s.speaker]
    assert st.actor.country == "KE"
