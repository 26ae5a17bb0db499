"""A generic web address that holds one state's name places its outlet ("nationthailand.com"), but not
wire copy the registry knows, nor a region's name; a post written by its initials ("the Prime CS",
"the MOS") refers back to the person introduced under the post those initials spell, never a name's
initials ("President Abbas" is no "PA"), nor under other words ("the Interior CS"); a delegation
"to" a capital is not that capital's. The sentences are our own."""

import datetime as dt

from app.pipeline.types import ArticleInput
from tests.extract.conftest import find

_SPOKESMAN = (
    "The government spokesman said on Wednesday that Cambodian troops had crossed onto Thai soil.\n\n"
    "Government spokesman Anan Wongsiri said Cambodia had laid new landmines near the village."
)


def _extract(make_extractor, project_resolver, text, source, url):
    ex = make_extractor(project_resolver)
    return ex.extract(ArticleInput(text=text, published=dt.date(2025, 8, 20), source=source, url=url))


def test_an_address_names_the_outlets_state(make_extractor, project_resolver):
    sts = _extract(make_extractor, project_resolver, _SPOKESMAN, "The Nation", "https://www.nationthailand.com/news/1")
    assert find(sts, "laid new landmines").actor.country == "TH"


def test_wire_copy_is_not_placed_by_the_site(make_extractor, project_resolver):
    for wire in ("AFP", "AFP/Reuters", "Reuters Staff"):
        sts = _extract(make_extractor, project_resolver, _SPOKESMAN, wire, "https://www.nationthailand.com/news/1")
        assert find(sts, "laid new landmines").actor.country != "TH", wire


def test_only_an_outlets_words_and_one_state_make_the_address(lexicon):
    from app.pipeline.extract.home import _state_in_host

    words = lexicon.extract.speakers.home_host_words
    assert _state_in_host("www.koreaherald.com", words) == "KR"
    assert _state_in_host("www.dominicantoday.com", words) == "DO"  # not Dominica, whose name it holds too
    assert _state_in_host("dominicanewsonline.com", words) == "DM"
    for host in ("www.latinamericanpost.com", "www.georgiarecorder.com", "www.chinausfocus.com", "chinapower.csis.org"):
        assert _state_in_host(host, words) is None, host


def test_a_post_by_its_initials(run, project_resolver):
    sts = run(
        "Prime Cabinet Secretary Musalia Mudavadi met the Turkish foreign minister in Antalya. "
        "The Prime CS said Kenya remains a respecter of the African Union.",
        published=dt.date(2025, 4, 13),
        resolver=project_resolver,
    )
    assert find(sts, "respecter of the African Union").actor.name == "Musalia Mudavadi"


def test_initials_spell_the_post_not_the_last_person(run, project_resolver):
    sts = run(
        "Minister of State for Foreign Affairs (MOS) Peter Okonjo said he met British officials. "
        "Prime Minister David Cameron said Britain would help. "
        "The MOS reiterated that terrorism posed a common threat to both states.",
        published=dt.date(2016, 4, 2),
        resolver=project_resolver,
    )
    assert find(sts, "common threat").actor.name == "Peter Okonjo"


def test_initials_no_one_was_introduced_under(run, project_resolver):
    sts = run(
        "Prime Minister David Cameron said Britain would help. "
        "The MOS reiterated that terrorism posed a common threat to both states.",
        published=dt.date(2016, 4, 2),
        resolver=project_resolver,
    )
    assert find(sts, "common threat").actor.name != "David Cameron"


def test_a_delegation_to_a_capital(run, project_resolver):
    sts = run(
        "Kenya's Foreign Affairs PS Ambassador Peter Okonjo led a delegation to Mogadishu for bilateral talks "
        "with his counterpart Ambassador Ali Nur Hagi.",
        published=dt.date(2020, 11, 8),
        resolver=project_resolver,
    )
    assert find(sts, "bilateral talks").actor.country == "KE"


def test_initials_of_a_post_named_only_in_the_text(run, project_resolver):
    sts = run(
        "The meeting of the Minister of State for Foreign Affairs (MOS), Peter Okonjo, with the British "
        "National Security Adviser turned into a call on the British Prime Minister, David Cameron, on Friday.\n\n"
        "The British Prime Minister expressed his grief at the loss of lives in the attack.\n\n"
        "The MOS reiterated that terrorism posed a common threat to both states.",
        published=dt.date(2016, 4, 2),
        resolver=project_resolver,
    )
    assert find(sts, "common threat").actor.name == "Peter Okonjo"


def test_initials_a_name_or_a_body_spells(run, project_resolver):
    sts = run(
        "Palestinian President Mahmoud Abbas said the occupation must end. President Abbas said he would go "
        "to the UN. The PA said it would seek full membership.",
        published=dt.date(2023, 5, 1),
        resolver=project_resolver,
    )
    assert find(sts, "seek full membership").actor.name != "Mahmoud Abbas"


def test_initials_keep_their_qualifier(run, project_resolver):
    sts = run(
        "Interior Cabinet Secretary Peter Okonjo said the border would stay open. Defence Cabinet Secretary "
        "Ruth Otieno said troops were ready. The Interior CS said police would patrol the area.",
        published=dt.date(2023, 5, 1),
        resolver=project_resolver,
    )
    assert find(sts, "police would patrol").actor.name == "Peter Okonjo"


def test_a_delegation_from_a_state(run, project_resolver):
    sts = run(
        "Peter Okonjo led a delegation from Ethiopia to the talks and said Addis Ababa wanted access to the sea.",
        published=dt.date(2020, 11, 8),
        resolver=project_resolver,
    )
    assert find(sts, "access to the sea").actor.country == "ET"


def test_bare_initials_may_be_a_bodys(run, project_resolver):
    sts = run(
        "British High Commissioner Jane Marriott met the foreign minister on Monday. Separately, the Islamabad "
        "High Court heard a petition against the ban. The HC observed that the government had failed to justify it.",
        published=dt.date(2023, 5, 1),
        resolver=project_resolver,
    )
    assert find(sts, "failed to justify").actor.name != "Jane Marriott"
