"""Three ways an article's own words about a speaker lost to something else: a bare surname first met
as the second party of a pair ("Liu Jianchao and Peters have met") was looked up alone and found a
registry namesake whose full name the article never writes; a named person's venue ("X at the British
leader's Downing Street residence") was read into the mention, placing them by the venue; a title the
parser hung on an opening place ("In Kampala, Uganda's minister …, Mr X, said") was lost. Sentences
written for the tests; the project registry."""

import datetime as dt

from app.pipeline.types import ArticleInput
from tests.extract.conftest import find

DAY = dt.date(2025, 2, 25)


def _run(make_extractor, project_resolver, text):
    return make_extractor(project_resolver).extract(ArticleInput(text=text, published=DAY))


def test_the_articles_introduction_beats_a_namesake_met_only_by_surname(make_extractor, project_resolver):
    text = (
        "Foreign Minister Winston Peters is in Beijing for three high-level meetings this week.\n\n"
        "Liu Jianchao and Peters have met several times before, including in Wellington last year.\n\n"
        "China was one of New Zealand's most significant relationships, Peters said."
    )
    st = find(_run(make_extractor, project_resolver, text), "most significant relationships")
    assert st.actor is not None and st.actor.name == "Winston Peters" and st.actor.country == "NZ"


def test_a_surname_alone_still_finds_the_registry_person(make_extractor, project_resolver):
    text = "China was one of New Zealand's most significant relationships, Peters said."
    st = find(_run(make_extractor, project_resolver, text), "most significant relationships")
    assert st.actor is not None and st.actor.known


def test_a_named_persons_venue_is_no_part_of_the_mention(make_extractor, project_resolver):
    text = (
        "Prime Minister Keir Starmer held talks with French President Emmanuel Macron and German Chancellor "
        "Friedrich Merz at the British leader's Downing Street residence on Monday.\n\n"
        "Merz, meanwhile, said he was skeptical about some details in the documents."
    )
    st = find(_run(make_extractor, project_resolver, text), "skeptical about some details")
    assert st.actor is not None and st.actor.known and st.actor.country == "DE"


def test_a_title_hung_on_an_opening_place_is_the_named_speakers(make_extractor, project_resolver):
    """ "In Kampala, Uganda's minister for EAC Affairs, Mr X, said": the parser made the title an
    apposition of Kampala; it is the speaker's, and says whose minister."""
    text = (
        "In Kampala, Uganda's minister for EAC Affairs, Mr Okello Amuriat, said he had not received any "
        "official communication on the matter."
    )
    st = find(_run(make_extractor, project_resolver, text), "official communication")
    assert st.actor is not None and st.actor.name == "Okello Amuriat" and st.actor.country == "UG"
