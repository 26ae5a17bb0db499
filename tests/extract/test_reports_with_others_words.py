"""Inside what an outlet or a speaker reports, ", with the Chinese official reiterating that …" is the
official's statement, not the reporter's; ", with its foreign ministry saying …" or ", with Japan
opposing …" stays the one statement of the side that speaks. A publisher named after a state's office
("Downing Street Says") is that state's, so its bare "the Prime Minister" is its own. The texts are our own."""

import datetime as dt

from app.pipeline.types import ArticleInput
from tests.extract.conftest import find


def test_another_partys_words_inside_a_report(run, project_resolver):
    sts = run(
        "Kyodo News reported that the talks ended without any progress on the fisheries dispute, with the "
        "Chinese official reiterating that Beijing would never accept Tokyo's claim to the waters.",
        published=dt.date(2014, 10, 22),
        resolver=project_resolver,
    )
    official = find(sts, "would never accept Tokyo's claim")
    assert official.actor.country == "CN"
    assert "Chinese official" in official.speaker
    assert "reiterating" not in find(sts, "the talks ended without any progress").text


def test_the_speakers_own_side_stays_one_statement(run, project_resolver):
    sts = run(
        "The agency said Doha welcomed the ceasefire, with its foreign ministry saying it would keep up its "
        "mediation.\n\nTanaka said the test was a clear breach of the resolutions, with Japan opposing any "
        "attempt to change the status quo by force.",
        published=dt.date(2023, 5, 2),
        resolver=project_resolver,
    )
    assert "keep up its mediation" in find(sts, "Doha welcomed the ceasefire").text
    assert "opposing any attempt" in find(sts, "a clear breach of the resolutions").text


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
