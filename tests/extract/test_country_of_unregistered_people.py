"""The country of a speaker the registry does not know, read from how the article introduces them
rather than guessed from the story's main country: a national outlet's own office-holders, the
state of a delegation a person heads, a dateline printed on a line of its own, a post written
before the name ("Norwegian Ambassador to China X", "Norway's special envoy to the Pacific, X"),
and the opposition of the outlet's or dateline's state. Every sentence is written for the test."""

from __future__ import annotations

import datetime as dt

import pytest

from app.pipeline.extract.dateline import read_dateline
from app.pipeline.types import ArticleInput
from tests.extract.conftest import find


def _run(make_extractor, project_resolver, text, source=None, url=None):
    ex = make_extractor(project_resolver)
    return ex.extract(ArticleInput(text=text, published=dt.date(2024, 5, 1), source=source, url=url))


# --- a national outlet's own office-holders ------------------------------------------------------

_TARIFFS = (
    "Chile raised tariffs on Peruvian copper on Monday, and Chile said the duties would stay. "
    "Chile called them a response to unfair subsidies in Peru.\n\n"
    "Finance Minister Rosa Quispe said the duties broke the trade agreement."
)


def test_a_national_outlet_bare_minister_is_its_own_states(make_extractor, project_resolver):
    # The story is about Chile; a Lima paper's bare "Finance Minister" is Peru's.
    sts = _run(make_extractor, project_resolver, _TARIFFS, "Lima Morning Courier")
    assert find(sts, "broke the trade agreement").actor.country == "PE"


def test_a_national_outlet_post_by_its_web_domain(make_extractor, project_resolver):
    sts = _run(make_extractor, project_resolver, _TARIFFS, "Morning Courier", "https://courier-example.com.pe/a/1")
    assert find(sts, "broke the trade agreement").actor.country == "PE"


@pytest.mark.parametrize(
    "post",
    ["National Security Adviser Rosa Quispe", "Socialist Party leader Rosa Quispe", "Police Commissioner Rosa Quispe"],
)
def test_a_national_outlet_bare_adviser_leader_or_commissioner_is_its_own_states(
    make_extractor, project_resolver, post
):
    text = _TARIFFS.replace("Finance Minister Rosa Quispe", post)
    sts = _run(make_extractor, project_resolver, text, "Lima Morning Courier")
    assert find(sts, "broke the trade agreement").actor.country == "PE"


def test_without_a_national_outlet_the_bare_minister_is_the_main_countrys(make_extractor, project_resolver):
    sts = _run(make_extractor, project_resolver, _TARIFFS, "Wire Service")
    assert find(sts, "broke the trade agreement").actor.country == "CL"


def test_a_vice_president_after_a_foreign_leaders_words_is_the_outlets(make_extractor, project_resolver):
    text = (
        "Peru and Chile held talks on copper duties on Monday.\n\n"
        "Chilean President Tomás Arancibia wrote that the talks had gone well.\n\n"
        "Afterwards, Vice President Rosa Quispe told reporters the duties would be lifted within a month."
    )
    sts = _run(make_extractor, project_resolver, text, "Lima Morning Courier")
    assert find(sts, "lifted within a month").actor.country == "PE"


# --- the state of the delegation a person heads ---------------------------------------------------


def test_the_head_of_a_delegation_speaks_for_its_state_not_the_host(make_extractor, project_resolver):
    text = (
        "ANKARA — Talks between Norway and Iceland on fishing quotas opened in Ankara on Friday under "
        "Turkish mediation.\n\n"
        "The Norwegian delegation was headed by state secretary Ola Brekke, while Turkish officials "
        "chaired the session.\n\n"
        "Brekke said the two sides had agreed to meet again in June.\n\n"
        "Brekke also said the quotas would be reviewed every year."
    )
    sts = _run(make_extractor, project_resolver, text)
    assert find(sts, "meet again in June").actor.country == "NO"
    assert find(sts, "reviewed every year").actor.country == "NO"


# --- a dateline on a line of its own ---------------------------------------------------------------


def test_a_dateline_printed_on_its_own_line_places_a_bare_body(make_extractor, project_resolver):
    text = "By Staff Reporter\n\nISLAMABAD\n\nThe Foreign Office said on Monday that the border talks had failed."
    assert find(_run(make_extractor, project_resolver, text), "border talks").actor.country == "PK"


def test_a_kicker_in_mixed_case_is_no_dateline(lex):
    def dateline(text):
        found = read_dateline(text, lex, "line")
        return found.place if found is not None else None

    assert dateline("NEW DELHI") == "NEW DELHI" and dateline("ISLAMABAD") == "ISLAMABAD"
    assert dateline("Nairobi (Coast Wire) — The port will open in May.") is None  # a wire's, read no further
    assert dateline("US Politics") is None
    assert dateline("Background") is None
    assert dateline("Nairobi will open the port in May.") is None


def test_the_opposition_is_the_dateline_states_not_the_last_foreign_speakers(make_extractor, project_resolver):
    text = (
        "NAIROBI\n\n"
        "Kenya and Tanzania agreed on Monday to share the port's new berth.\n\n"
        "Tanzanian President Halima Mushi said the berth would open in May.\n\n"
        "Opposition leader Peter Mwangi said the deal gave away too much of the harbour."
    )
    st = find(_run(make_extractor, project_resolver, text), "gave away too much")
    assert st.actor.country == "KE"


# --- a post written before the name ----------------------------------------------------------------


def test_an_ambassador_to_a_place_is_of_the_state_before_the_title(make_extractor, project_resolver):
    text = (
        "China's vice foreign minister summoned Norwegian Ambassador to China Ola Brekke on Thursday "
        "over the salmon dispute.\n\n"
        "Brekke told the ministry that the inspections had been carried out by the book."
    )
    st = find(_run(make_extractor, project_resolver, text), "by the book")
    assert st.actor.country == "NO"


def test_a_description_before_the_name_places_the_bare_name(make_extractor, project_resolver):
    text = (
        "The forum met in Suva on Friday. Norway's special envoy to the Pacific, Ola Brekke, "
        "arrived on Thursday.\n\n"
        "Brekke said the forum had no right to exclude observers."
    )
    st = find(_run(make_extractor, project_resolver, text), "exclude observers")
    assert st.actor.country == "NO"


# --- a post of an organisation of states ----------------------------------------------------------


def test_a_forums_secretary_general_speaks_for_no_state(make_extractor, project_resolver):
    text = (
        "China's envoy said on Friday that Taiwan had no place at the meeting in Suva.\n\n"
        "Forum Secretary General Tevita Lomu later said the paragraph had been included by mistake."
    )
    st = find(_run(make_extractor, project_resolver, text), "included by mistake")
    assert st.actor.country is None


# --- unnamed sources ---------------------------------------------------------------------------------


def test_the_sources_are_the_sources_met_before(make_extractor, project_resolver):
    text = (
        "ANKARA — Delegations from Norway and Iceland met in Ankara on Friday.\n\n"
        "Turkish diplomatic sources said the talks had been tense at times.\n\n"
        "According to the sources, the hosts kept the talks on the fishing quotas."
    )
    st = find(_run(make_extractor, project_resolver, text), "kept the talks")
    assert st.actor.name == "Turkish diplomatic sources" and st.actor.country == "TR"


# --- the state in brackets after a delegate's name ---------------------------------------------------


def test_a_state_in_brackets_after_the_name_is_the_delegates(make_extractor, project_resolver):
    text = (
        "The Council adopted the text on Monday.\n\n"
        "KARIN VESTERGAARD (Norway) said that Norway would have liked to vote in favour but that the "
        "text fell short."
    )
    st = find(_run(make_extractor, project_resolver, text), "vote in favour")
    assert st.actor.country == "NO"


def test_a_body_in_brackets_after_the_name_gives_no_state(make_extractor, project_resolver):
    text = "The Council adopted the text on Monday.\n\nTomas Reis (Sudan Relief Group) said the text was welcome."
    st = find(_run(make_extractor, project_resolver, text), "was welcome")
    assert st.actor.country is None


# --- a title of honour before a given name ----------------------------------------------------------


def test_a_malaysian_title_of_honour_is_no_part_of_the_name(make_extractor, project_resolver):
    text = (
        "Malaysian Trade Minister Aziz Rahman, who chaired the meetings, said the bloc would raise its "
        "concerns with Washington.\n\n"
        '"We prefer dialogue to unilateral measures," said Datuk Seri Aziz.'
    )
    st = find(_run(make_extractor, project_resolver, text), "prefer dialogue")
    assert st.actor.name == "Aziz Rahman" and st.actor.country == "MY"


def test_a_national_outlets_speaker_is_not_placed_by_what_it_reports(make_extractor, project_resolver):
    # "Chile's ambassador has been summoned …, the government has said": in a Lima paper the
    # government is Peru's; Chile is what it reported, not who it is.
    text = (
        "Chile's ambassador has been summoned to the foreign ministry over the arrest of two Peruvian "
        "fishermen, the government has said.\n\nPeru and Chile share a long maritime border."
    )
    sts = _run(make_extractor, project_resolver, text, "Lima Morning Courier")
    assert find(sts, "ambassador has been summoned").actor.country == "PE"


def test_a_national_outlets_bare_acronym_is_its_own_states_body(make_extractor, project_resolver):
    text = (
        "Canada and India traded accusations on Monday.\n\n"
        "The OPSB said it had evidence tying foreign agents to a campaign of intimidation."
    )
    sts = _run(make_extractor, project_resolver, text, "Ottawa Morning Courier")
    assert find(sts, "evidence tying foreign agents").actor.country == "CA"


def test_a_post_given_in_a_relative_clause_places_the_person(make_extractor, project_resolver):
    text = (
        "The ministry opposed the remarks of Tom Reis, who was nominated as Canadian ambassador to Peru, "
        "on Thursday.\n\nReis said the fishing dispute was growing."
    )
    assert find(_run(make_extractor, project_resolver, text), "fishing dispute").actor.country == "CA"


def test_a_known_persons_envoy_serves_that_persons_state(make_extractor, project_resolver):
    text = "President Donald Trump's hostage envoy, Ana Reyes, said on Sunday that the talks were helpful."
    assert find(_run(make_extractor, project_resolver, text), "talks were helpful").actor.country == "US"


def test_a_bare_title_the_article_gave_a_state_before_is_that_states(make_extractor, project_resolver):
    # A Lima paper: the bare "Trade Minister" would be Peru's, but the article said whose it is.
    text = (
        "Chile's trade minister arrived in Lima on Monday for talks on copper tariffs.\n\n"
        "Trade Minister Rosa Quispe said the duties broke the trade agreement."
    )
    sts = _run(make_extractor, project_resolver, text, "Lima Morning Courier")
    assert find(sts, "broke the trade agreement").actor.country == "CL"
