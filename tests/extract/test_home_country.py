"""Issue 14, kind 5 through the extractor: the country an article gives an unplaced speaker
(paragraph, dateline, main country).  Every sentence is written for the test."""

from __future__ import annotations

import datetime as dt

import pytest

from app.pipeline.extract.home import HomeCountry
from app.pipeline.extract.segments import split_paragraphs
from app.pipeline.types import ArticleInput
from tests.extract.conftest import find


def _run(make_extractor, project_resolver, text):
    ex = make_extractor(project_resolver)
    return ex.extract(ArticleInput(text=text, published=dt.date(2024, 5, 1)))


def test_dateline_places_the_foreign_office(make_extractor, project_resolver):
    sts = _run(
        make_extractor,
        project_resolver,
        "ISLAMABAD — The Foreign Office said on Monday that the border talks had failed.",
    )
    assert find(sts, "border talks").actor.country == "PK"


def test_a_country_introduced_earlier_places_the_foreign_office(make_extractor, project_resolver):
    text = (
        "Pakistan's Foreign Office summoned the Indian envoy on Monday over the shelling.\n\n"
        "The Foreign Office said the remarks of the Indian side were irresponsible."
    )
    assert find(_run(make_extractor, project_resolver, text), "remarks").actor.country == "PK"


def test_the_subject_of_the_paragraph_beats_a_nearer_target(make_extractor, project_resolver):
    text = "Latvia has opened an embassy in Hanoi and in Lima, the foreign ministry said on Tuesday."
    st = find(_run(make_extractor, project_resolver, text), "opened an embassy")
    assert st.actor.country == "LV"


def test_paragraph_country_places_a_titled_unknown_official(make_extractor, project_resolver):
    text = (
        "The dam project worries its neighbours downstream.\n\n"
        "Hanoi has chosen its words with care. In April, foreign ministry spokesperson Le Van Thu "
        "said the canal had to be studied first."
    )
    st = find(_run(make_extractor, project_resolver, text), "canal had to be studied")
    assert st.actor.name == "Le Van Thu" and st.actor.country == "VN"


def test_dateline_with_city_and_country(make_extractor, project_resolver):
    text = "BELÉM, Brazil, Aug 9 — The summit opened on Tuesday.\n\nEnvironment Minister Ana Costa said the targets were binding."
    assert find(_run(make_extractor, project_resolver, text), "targets were binding").actor.country == "BR"


def test_home_country_reads_a_dateline_and_ignores_names(make_extractor, lexicon, nlp):
    from app.pipeline.resolve import Countries

    countries = Countries(lexicon.resolve.countries)
    text = "KOLKATA/NEW DELHI, June 25 — Jordan Bardella spoke first.\n\nThe talks went on."
    doc = nlp(text)
    home = HomeCountry(text, split_paragraphs(text, lexicon.extract), countries, lexicon.extract, doc)
    assert home.at(text.index("The talks")) == "IN"
    assert home.dateline == "IN"


@pytest.mark.parametrize(
    "opening",
    [
        "QUITO: The Foreign Ministry said",
        "QUITO, May 2. /EFE/. The Foreign Ministry said",
        "QUITO (EFE) - The Foreign Ministry said",
    ],
)
def test_datelines_with_a_colon_or_an_agency_tag(make_extractor, project_resolver, opening):
    text = opening + " on Monday that the fishing talks with Lima had failed."
    assert find(_run(make_extractor, project_resolver, text), "fishing talks").actor.country == "EC"


def test_no_evidence_no_home(lexicon):
    from app.pipeline.resolve import Countries

    text = "The minister said the talks would go on."
    home = HomeCountry(
        text, split_paragraphs(text, lexicon.extract), Countries(lexicon.resolve.countries), lexicon.extract
    )
    assert home.at(5) is None


def test_a_story_told_from_two_sides_places_a_speaker_by_the_paragraph_before(make_extractor, project_resolver):
    text = (
        "A clash at sea has pushed Lima and Santiago closer to a rupture.\n\n"
        "The dispute over the fishing grounds is decades old.\n\n"
        "Chilean crews said Peruvian patrols had chased them. Peru said Chile had sent a frigate. "
        "Chile denied it. Peru called it a provocation. Chile recalled its envoy. Chile protested.\n\n"
        "The navy chief of Peru, Admiral Ana Paz, went further.\n\n"
        "Yet the government has been careful. Cabinet Secretary Luis Soto said Lima would not escalate."
    )
    st = find(_run(make_extractor, project_resolver, text), "would not escalate")
    assert (st.actor.name, st.actor.country) == ("Luis Soto", "PE")


def test_a_sea_named_after_a_country_is_no_evidence(lexicon):
    from app.pipeline.resolve import Countries

    text = "In Hanoi, the South China Sea talks resumed. The minister spoke."
    home = HomeCountry(
        text, split_paragraphs(text, lexicon.extract), Countries(lexicon.resolve.countries), lexicon.extract
    )
    assert home.at(text.index("The minister")) == "VN"


@pytest.mark.parametrize(
    "sentence",
    [
        "Norway will fund the new port in Tanga, a top minister said on Friday.",
        "Norway will fund the new port in Tanga, a statement issued by the ministry of finance said.",
        "Norway has turned down the new port plan, government officials said.",
    ],
)
def test_a_one_sentence_report_places_a_bare_state_title(make_extractor, project_resolver, sentence):
    st = find(_run(make_extractor, project_resolver, sentence), "port")
    assert st.actor.country == "NO"


def test_a_one_sentence_report_places_a_titled_speaker_by_the_country_it_names_later(make_extractor, project_resolver):
    text = (
        "President Ana Morales announced on Sunday that she would impose a night curfew in Quito after a week of riots."
    )
    st = find(_run(make_extractor, project_resolver, text), "curfew")
    assert (st.actor.name, st.actor.country) == ("Ana Morales", "EC")


def test_a_speaker_placed_by_the_speaker_just_before(make_extractor, project_resolver):
    text = (
        "China announced a ban on fruit imports from Chile on Thursday. China said the fruit was unsafe.\n\n"
        "Chilean Agriculture Minister Rosa Vidal said the farmers would be compensated.\n\n"
        "Pedro Soto, head of the National Growers League, said the growers feared for their jobs."
    )
    st = find(_run(make_extractor, project_resolver, text), "feared for their jobs")
    assert (st.actor.name, st.actor.country) == ("Pedro Soto", "CL")


def test_a_dateline_of_two_capitals_names_no_one_place(make_extractor, project_resolver):
    text = (
        "LIMA/QUITO, May 2 — Talks on the border opened on Monday.\n\n"
        "The Foreign Ministry said the talks would last a week."
    )
    st = find(_run(make_extractor, project_resolver, text), "last a week")
    assert st.actor.country is None


def test_officials_there_speak_for_the_place_just_named(make_extractor, project_resolver):
    text = "Quito has rejected the claim, and officials there said the border was calm."
    st = find(_run(make_extractor, project_resolver, text), "border was calm")
    assert (st.actor.name, st.actor.country) == ("Ecuador", "EC")


def test_a_one_sentence_report_does_not_place_a_speaker_in_the_country_it_acts_against(
    make_extractor, project_resolver
):
    text = "President Tom Baxter has threatened further action against Russia in a television interview."
    st = find(_run(make_extractor, project_resolver, text), "further action")
    assert st.actor.country is None


# --- a national outlet's own bodies ------------------------------------------------------------


def test_the_outlet_state_is_the_place_its_name_holds_else_its_web_domain(lex, make_extractor):
    from app.pipeline.extract.home import outlet_state

    countries = make_extractor().countries
    assert outlet_state("Taipei Evening Herald", None, countries, lex) == "TW"
    assert outlet_state("Morning Courier", "https://www.courier-example.com.ar/politics/1", countries, lex) == "AR"
    assert outlet_state("Wire Service", "https://www.wire-example.com/world", countries, lex) is None
    assert outlet_state("Startup Wire", "https://news.example.io/a", countries, lex) is None  # a domain anyone takes
    assert outlet_state("Lima and Quito Review", None, countries, lex) is None  # two places: no one state


def _outlet_run(make_extractor, project_resolver, text, source):
    ex = make_extractor(project_resolver)
    return ex.extract(ArticleInput(text=text, published=dt.date(2024, 5, 1), source=source))


_STRAIT = (
    "China sent warships around the island on Friday, and China said the patrols would go on. "
    "China called them a warning to Taiwan.\n\n"
    "The Ministry of National Defense said it had tracked thirty aircraft near the median line."
)


def test_a_national_outlet_bare_ministry_is_its_own_state(make_extractor, project_resolver):
    # The story names China most, but a Taipei paper's bare defence ministry is Taiwan's.
    st = find(_outlet_run(make_extractor, project_resolver, _STRAIT, "Taipei Evening Herald"), "thirty aircraft")
    assert st.actor.country == "TW"


def test_without_the_outlet_the_article_main_country_places_it(make_extractor, project_resolver):
    st = find(_outlet_run(make_extractor, project_resolver, _STRAIT, "Wire Service"), "thirty aircraft")
    assert st.actor.country == "CN"


def test_the_outlet_state_counts_only_where_the_article_names_it(make_extractor, project_resolver):
    text = _STRAIT.replace("a warning to Taiwan", "a warning to the island")
    st = find(_outlet_run(make_extractor, project_resolver, text, "Taipei Evening Herald"), "thirty aircraft")
    assert st.actor.country == "CN"


def test_a_national_outlet_unknown_body_takes_its_state(make_extractor, project_resolver):
    text = (
        "China sent warships around the island on Friday, and China said the patrols would go on. "
        "China called them a warning to Taiwan.\n\n"
        "The Coastal Patrol Council said it had asked fishing boats to stay in port."
    )
    st = find(_outlet_run(make_extractor, project_resolver, text, "Taipei Evening Herald"), "fishing boats")
    assert st.actor.country == "TW"


def test_a_spokesperson_under_a_bare_office_title_takes_the_outlet_state(make_extractor, project_resolver):
    text = (
        "China sent warships around the island on Friday, and China said the patrols would go on. "
        "China called them a warning to Taiwan.\n\n"
        "Presidential Office spokeswoman Lin Mei-hua said the patrols threatened the whole region."
    )
    st = find(_outlet_run(make_extractor, project_resolver, text, "Taipei Evening Herald"), "whole region")
    assert st.actor.country == "TW"


def test_a_person_in_a_national_outlet_is_not_placed_by_the_outlet(make_extractor, project_resolver):
    text = (
        "China sent warships around the island on Friday, and China said the patrols would go on. "
        "China called them a warning to Taiwan.\n\n"
        "Navy spokesman Zhou Ming said the patrols had ended."
    )
    st = find(_outlet_run(make_extractor, project_resolver, text, "Taipei Evening Herald"), "patrols had ended")
    assert st.actor.country == "CN"


# --- the opposition answers a state's government ------------------------------------------------


def test_an_opposition_figure_answers_the_government_last_quoted(make_extractor, project_resolver):
    # Not the country its paragraph last named (the scheme the plan copied).
    text = (
        "Kenyan Foreign Minister Amina Odhiambo said the port deal would be signed in May.\n\n"
        "The plan, modelled on a Tanzanian scheme, was attacked by opposition leader Peter Mwangi, "
        "who said the deal gave away too much of the harbour."
    )
    st = find(_run(make_extractor, project_resolver, text), "gave away too much")
    assert st.actor.country == "KE"


def test_an_opposition_figure_takes_the_country_written_before_opposition(make_extractor, project_resolver):
    text = (
        "Six Kenyan opposition lawmakers walked out of the session on Monday.\n\n"
        "Tanzanian Foreign Minister Halima Mushi said the port deal would be signed in May.\n\n"
        "Opposition leader Peter Mwangi said the deal gave away too much of the harbour."
    )
    st = find(_run(make_extractor, project_resolver, text), "gave away too much")
    assert st.actor.country == "KE"


def test_a_place_before_affairs_is_the_body_subject_not_its_owner(make_extractor, project_resolver):
    # "the Vietnam Affairs Office" in Beijing deals with Vietnam; it is not Vietnam's.
    text = (
        "China and Vietnam met again over the border markers this week.\n\n"
        "In Beijing, the Vietnam Affairs Office said the border talks would resume in June."
    )
    st = find(_run(make_extractor, project_resolver, text), "border talks would resume")
    assert st.actor.country == "CN"


def test_a_bare_surname_introduced_as_opposition_leader_is_placed_as_the_opposition(make_extractor, project_resolver):
    text = (
        "Six Kenyan opposition lawmakers walked out of the session on Monday.\n\n"
        "Tanzanian Foreign Minister Halima Mushi said the port deal would be signed in May. The "
        "walkout had been called by opposition leader Peter Mwangi on Sunday.\n\n"
        "Mwangi said the deal gave away too much of the harbour."
    )
    st = find(_run(make_extractor, project_resolver, text), "gave away too much")
    assert st.actor.country == "KE"


def test_a_surname_met_in_full_is_no_place_later(lexicon, nlp):
    """Issue 14, kind 4: "Carlos Lima" named in full, then "Lima told reporters" (the model tags the
    bare surname a place): the article names no Peru."""
    from app.pipeline.resolve import Countries

    countries = Countries(lexicon.resolve.countries)
    text = (
        "Spain's foreign minister met Carlos Lima, the Brazilian envoy, on Monday.\n\n"
        "Lima told reporters that talks were useful."
    )
    doc = nlp(text)
    assert [e.label_ for e in doc.ents if e.text == "Lima"] == ["GPE"]  # what the rule is for
    home = HomeCountry(text, split_paragraphs(text, lexicon.extract), countries, lexicon.extract, doc)
    assert "PE" not in home.named_before(len(text))


def test_the_name_a_bare_title_was_given_in_apposition_speaks(make_extractor, project_resolver):
    text = (
        "Spain's foreign minister met Carlos Lima, the Brazilian envoy, on Monday.\n\n"
        "The envoy said that talks would continue next month."
    )
    st = find(_run(make_extractor, project_resolver, text), "talks would continue")
    assert st.actor.name == "Carlos Lima" and st.actor.country == "BR"
