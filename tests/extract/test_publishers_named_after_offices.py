"""A publisher named after a state's office ("Downing Street Says") is that state's, so its bare "the
Prime Minister" is its own. The texts are our own."""

import datetime as dt

from app.pipeline.types import ArticleInput
from tests.extract.conftest import find


def test_a_publisher_named_after_a_states_office(make_extractor, project_resolver):
    text = (
        "Asked about the meeting with President Medvedev, the PMS replied that the Prime Minister had done an "
        "interview within the last hour which covered this. Following the meeting the Prime Minister described "
        "the talks as constructive. The Prime Minister congratulated Mr Medvedev on the victory of the Russian "
        "team in the final.\n\nOn the serious issues, the Prime Minister raised the outstanding issues that we "
        "had with Russia, among them the visas for British staff of the energy companies in Russia."
    )
    ex = make_extractor(project_resolver)
    sts = ex.extract(
        ArticleInput(
            text=text, published=dt.date(2008, 7, 7), source="Downing Street Says", url="https://example.com/?p=1"
        )
    )
    assert find(sts, "described the talks as constructive").actor.country == "GB"
