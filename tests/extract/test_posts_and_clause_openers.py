"""A bare title with the words of its post ("the prime minister") is the person who spoke under that
post, not another minister who spoke since; a subordinate clause opening the reported words ("told the
ABC that while A, he had B") or standing before a trailing attribution is part of them; a subject
inside an open quotation is never the antecedent of the pronoun that attributes it. Sentences written
for the test; the project registry."""

from __future__ import annotations

import datetime as dt

import pytest

from app.pipeline.types import ArticleInput
from tests.extract.conftest import find


@pytest.fixture
def run_real(make_extractor, project_resolver):
    ex = make_extractor(project_resolver)
    return lambda text: ex.extract(
        ArticleInput(text=text, published=dt.date(2024, 3, 28), source="ABC News", url="https://www.abc.net.au/news/x")
    )


INTERVIEW = (
    "Fiji's Prime Minister Sitiveni Rabuka says his government has removed Chinese officers.\n\n"
    "Last week, Home Affairs Minister Pio Tikovakasa revealed that Fiji had decided to keep a police pact "
    "with China.\n\n"
    "The prime minister told the ABC during an interview that while the government had decided to keep "
    "the pact, he had ordered Chinese officers to leave the country."
)


def test_the_prime_minister_is_the_one_who_spoke_as_prime_minister(run_real):
    st = find(run_real(INTERVIEW), "ordered Chinese officers")
    assert st.actor.name == "Sitiveni Rabuka"


def test_a_clause_opening_the_words_stays_in_them(run_real):
    sts = run_real(INTERVIEW)
    st = find(sts, "ordered Chinese officers")
    assert "while the government had decided" in st.text
    assert not [s for s in sts if s.text.startswith("he had ordered")]


def test_a_clause_before_a_trailing_attribution_stays_in_the_words(run_real):
    text = (
        "Mexico will send 10,000 troops to the northern border, while the United States has committed to "
        "stopping the flow of weapons into Mexico, President Claudia Sheinbaum said."
    )
    st = find(run_real(text), "10,000 troops")
    assert st.actor.name == "Claudia Sheinbaum" and "flow of weapons" in st.text


def test_a_subject_inside_the_quotation_is_no_antecedent(run_real):
    text = (
        "KUALA LUMPUR — Deputy Foreign Minister Mohamad Alamin said talks to finalise the Code of Conduct "
        "(COC) were under way.\n\n"
        "“This COC must be honoured by all ASEAN member states and China. We are now in the final stages "
        "of its negotiation,” he said."
    )
    st = find(run_real(text), "must be honoured")
    assert st.actor.name == "Mohamad Alamin"


def test_the_parties_during_talks_with_one_named_are_the_pair_of_that_contact(run_real):
    """A readout of several calls told one by one: "During the talks with X, the parties noted …"."""
    text = (
        "ASTANA — Kassym-Jomart Tokayev had telephone conversations with presidents of the Russian Federation "
        "Vladimir Putin and the Republic of Uzbekistan Shavkat Mirziyoyev.\n\n"
        "During the talks with Russian President Vladimir Putin, the parties noted positive dynamics of "
        "the development of relations.\n\n"
        "In a conversation with Uzbekistan President Shavkat Mirziyoyev, the two expressed satisfaction with "
        "the deepening of the strategic partnership."
    )
    sts = run_real(text)
    noted = find(sts, "positive dynamics")
    assert noted.actor.name == "Kassym-Jomart Tokayev"
    assert "Vladimir Putin" in [a.name for a in noted.co_actors]
    satisfied = find(sts, "satisfaction with")
    assert satisfied.actor.name == "Kassym-Jomart Tokayev"


def test_a_bare_title_joined_to_a_named_party_is_the_holder_met_before(run_real):
    """ "the foreign minister and X, the UN envoy, discussed …" in a Jordanian story: Jordan's minister
    named before (not the Egyptian one named since), and the envoy a second party."""
    text = (
        "AMMAN — Foreign Minister Ayman Safadi spoke with his foreign and Arab counterparts on Monday.\n\n"
        "In a separate phone call, Safadi discussed the Middle East with his Egyptian counterpart Sameh Shoukry.\n\n"
        "Also on Tuesday, the foreign minister and Ismail Ould Cheikh Ahmed, special envoy of the UN "
        "secretary general for Yemen, discussed the latest developments in Yemen."
    )
    st = find(run_real(text), "latest developments in Yemen")
    assert st.actor.name == "Ayman Safadi" and st.actor.country == "JO"


def test_he_after_a_clause_that_reports_its_own_speech_is_that_person(run_real):
    """ "X disagreed, saying that it is '…,' he emphasised": the parser made X's clause the pronoun's
    content; X said it, not the last speaker."""
    text = (
        "BRUSSELS — EU foreign policy chief Kaja Kallas said there was clearly one aggressor.\n\n"
        'Polish Minister Radosław Sikorski disagreed, saying that it is "not the victim\'s ability to defend '
        'itself that should be limited, but the attacker\'s ability to act aggressively," he emphasised.'
    )
    st = find(run_real(text), "ability to defend")
    assert st.actor.name == "Radosław Sikorski" and st.actor.country == "PL"
