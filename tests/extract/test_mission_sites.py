"""A briefing posted on an embassy's or consulate's own site: its unnamed answers ("A: …") are the
briefer's the headline names, who speaks for the mission's state, not for the state the question
before the answer is about. The texts are our own."""

import datetime as dt

from app.pipeline.types import ArticleInput
from tests.extract.conftest import find

_BRIEFING = (
    "Q: Korean Vice Foreign Minister Park Min-jun said yesterday that Seoul will raise the fisheries issue "
    "at the regional forum. How do you respond?\n\n"
    "A: We have noted what the Korean official said. Raising the issue at the forum does nothing to solve it, "
    "and we hope the Korean side will return to bilateral talks as soon as possible.\n\n"
    "Q: Will the two ministers meet next week?\n\n"
    "A: We will release information about the visit in due course, please stay tuned for further updates."
)


def _briefing(
    make_extractor, project_resolver, url, source="Consulate General of the People's Republic of China in Lyon"
):
    ex = make_extractor(project_resolver)
    return ex.extract(
        ArticleInput(
            text=_BRIEFING,
            published=dt.date(2016, 5, 10),
            url=url,
            source=source,
            title="Foreign Ministry Spokesperson Zhao Wenbo's Regular Press Conference on May 10, 2016",
        )
    )


def test_a_consulates_site_places_the_unnamed_host(make_extractor, project_resolver):
    sts = _briefing(make_extractor, project_resolver, "http://lyon.china-consulate.org/fra/t1234.htm")
    st = find(sts, "We have noted what the Korean official said")
    assert (st.actor.name, st.actor.country) == ("Zhao Wenbo", "CN")


def test_a_mission_abroad_is_its_own_states(make_extractor, project_resolver):
    """ "chinese-embassy.org.uk": the country code is the host's, the state the address names the mission's."""
    sts = _briefing(make_extractor, project_resolver, "http://www.chinese-embassy.org.uk/eng/t1.htm", source="")
    assert find(sts, "We have noted what the Korean official said").actor.country == "CN"


def test_a_governments_own_domain_names_its_missions_state(make_extractor, project_resolver):
    """ "indonesia.embassy.gov.au" is Australia's embassy in Indonesia: the government's domain says whose."""
    sts = _briefing(make_extractor, project_resolver, "https://indonesia.embassy.gov.au/jakt/t1.html", source="")
    assert find(sts, "We have noted what the Korean official said").actor.country != "ID"
