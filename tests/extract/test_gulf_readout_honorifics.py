"""A Gulf agency's readout: "H.H. Sheikh Abdullah" is the host named in full before (the dotted
honorific is no part of the name), and "the two sides" are the host and his caller, never one
caller's two posts ("Deputy Prime Minister and Minister of Foreign Affairs of Jordan"). Sentences
written for the test."""

from __future__ import annotations

import datetime as dt

from app.pipeline.types import ArticleInput
from tests.extract.conftest import find

READOUT = (
    "ABU DHABI, 12th March, 2024 (WAM) -- H.H. Sheikh Abdullah bin Zayed Al Nahyan, Minister of Foreign "
    "Affairs, received a phone call from Ayman Safadi, Deputy Prime Minister and Minister of Foreign "
    "Affairs of Jordan.\n\n"
    "During the call, the two sides discussed the latest developments in the region.\n\n"
    "H.H. Sheikh Abdullah affirmed the UAE's keenness to strengthen cooperation with Jordan."
)


def _run(make_extractor, project_resolver):
    article = ArticleInput(text=READOUT, published=dt.date(2024, 3, 12), source="Emirates News Agency (WAM)")
    return make_extractor(project_resolver).extract(article)


def test_a_dotted_honorific_before_a_short_name_is_the_host(make_extractor, project_resolver):
    st = find(_run(make_extractor, project_resolver), "keenness")
    assert st.actor.name == "Abdullah bin Zayed Al Nahyan" and st.actor.country == "AE"


def test_one_callers_two_posts_are_no_pair(make_extractor, project_resolver):
    st = find(_run(make_extractor, project_resolver), "latest developments")
    assert st.actor.name == "Abdullah bin Zayed Al Nahyan"
