"""A White House gaggle copied with its "Q" set off by one space, and a label whose surname keeps a
small "c" ("MR. McCLELLAN:"); on a government's own site an unknown briefer speaks for it, the
interview's host does not; "Mercosur Foreign Ministers Monday agreed …" is the ministers', not
"Monday". The texts are our own."""

import datetime as dt

from app.pipeline.types import ArticleInput
from tests.extract.conftest import find

_GAGGLE = (
    "MR. McCARTNEY: All right, this will be brief. The call lasted about twenty minutes and covered trade.\n\n"
    "Q Where was the President when he talked to him?\n\n"
    "MR. McCARTNEY: In the cabin, and it was completed about ten minutes ago.\n\n"
    "Q Did they talk about the nuclear deal at all?\n\n"
    "MR. McCARTNEY: No, just the two topics that they discussed were trade and the border."
)


def _gaggle(make_extractor, project_resolver, url):
    ex = make_extractor(project_resolver)
    return ex.extract(ArticleInput(text=_GAGGLE, published=dt.date(2006, 3, 4), url=url, source=""))


def test_a_gaggle_with_one_space_after_q(make_extractor, project_resolver):
    sts = _gaggle(make_extractor, project_resolver, "https://example.org/gaggle")
    st = find(sts, "just the two topics")
    assert (st.kind, st.actor.name) == ("direct", "McCartney")
    assert all("Where was the President" not in s.text for s in sts)


def test_a_governments_site_places_its_briefer(make_extractor, project_resolver):
    sts = _gaggle(make_extractor, project_resolver, "https://www.whitehouse.gov/briefings/gaggle")
    assert find(sts, "just the two topics").actor.country == "US"


def test_an_interviews_host_is_no_governments(make_extractor, project_resolver):
    text = (
        "PETER OKONJO, HOST: Welcome back. Today we talk about the summit and what it means for trade.\n\n"
        "PENNY WONG, FOREIGN MINISTER: Thank you. The summit was a great success for both countries.\n\n"
        "PETER OKONJO, HOST: What did the leaders agree on about the minerals deal?\n\n"
        "PENNY WONG, FOREIGN MINISTER: They agreed to work together on critical minerals and supply chains."
    )
    ex = make_extractor(project_resolver)
    sts = ex.extract(
        ArticleInput(text=text, published=dt.date(2025, 10, 21), url="https://www.foreignminister.gov.au/t", source="")
    )
    assert all(s.actor.country is None for s in sts if "Okonjo" in s.actor.name)


def test_a_weekday_after_the_subject(run, project_resolver):
    sts = run(
        "Mercosur Foreign Ministers Monday agreed to hold the upcoming summit in Asuncion on July 21.",
        published=dt.date(2022, 6, 13),
        resolver=project_resolver,
    )
    assert "Monday" not in find(sts, "upcoming summit").speaker


def test_prose_opening_with_q_is_no_question(lex):
    rx = lex.transcripts.label_rx
    assert rx.match("Q Where was the President when he talked to him?")
    assert not rx.match("Q Anon influencers, meanwhile, claimed without evidence that the money would be stolen.")


def test_a_weekday_after_coordinated_subjects(run, project_resolver):
    sts = run(
        "Pakistan and India Monday agreed to extend the corridor agreement for five more years.",
        published=dt.date(2024, 10, 21),
        resolver=project_resolver,
    )
    assert find(sts, "extend the corridor").actor.country == "PK"
