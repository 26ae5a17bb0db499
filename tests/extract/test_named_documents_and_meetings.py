"""A document is never its own source, even when it has a name ("the Geneva Declaration", "The
Charter"): it speaks for the parties that signed, agreed on or adopted it. A meeting ("the ASEAN
Foreign Ministers' Meeting", "a summit of the East African Community") speaks for the body whose
members met. Every sentence is written for the test; the project's registry resolves the names."""

from __future__ import annotations

import datetime as dt

import pytest

from app.pipeline.types import ArticleInput
from tests.extract.conftest import find


@pytest.fixture
def run_real(make_extractor, project_resolver):
    ex = make_extractor(project_resolver)
    return lambda text: ex.extract(ArticleInput(text=text, published=dt.date(2024, 5, 1)))


# --- a named document speaks for the parties that issued it ------------------------------------


def test_a_named_document_speaks_for_the_parties_that_signed_it(run_real):
    text = (
        "Kenya and Tanzania signed the Lake Victoria Charter in Arusha on Tuesday.\n\n"
        "The Charter says the two countries will share fishing data every month."
    )
    st = find(run_real(text), "share fishing data")
    assert st.actor.name == "Kenya" and [a.name for a in st.co_actors] == ["Tanzania"]


def test_the_city_in_a_documents_name_is_where_it_was_signed_not_its_issuer(run_real):
    text = (
        "Ghana and Togo agreed on the Geneva Declaration on Monday.\n\n"
        "The Geneva Declaration says both sides will reopen the border by June."
    )
    st = find(run_real(text), "reopen the border")
    assert st.actor.name == "Ghana" and st.actor.country == "GH"


def test_who_welcomed_a_named_document_did_not_issue_it(run_real):
    text = (
        "Ghana and Togo signed the Geneva Declaration on Monday.\n\n"
        "Nigeria welcomed the Geneva Declaration on Tuesday, its foreign ministry said.\n\n"
        "The Geneva Declaration says both sides will reopen the border by June."
    )
    st = find(run_real(text), "reopen the border")
    assert st.actor.country == "GH"


def test_a_named_document_adopted_at_a_summit_speaks_for_the_body_that_met(run_real):
    text = "The Arusha Declaration, adopted at a summit of the East African Community, warns that the region faces a food crisis."
    st = find(run_real(text), "food crisis")
    assert st.actor.slug == "east-african-community"


# --- a meeting speaks for the body whose members met --------------------------------------------


def test_a_meetings_communique_speaks_for_the_body_whose_ministers_met(run_real):
    st = find(
        run_real(
            "The final communiqué of the ASEAN Foreign Ministers' Meeting said the bloc was alarmed by the shelling."
        ),
        "alarmed by the shelling",
    )
    assert st.actor.slug == "asean"


def test_a_named_summit_as_speaker_is_its_body(run_real):
    st = find(run_real("The 44th ASEAN Summit said the bloc was alarmed by the shelling."), "alarmed by the shelling")
    assert st.actor.slug == "asean"


def test_the_communique_named_far_before_still_says_whose_it_is(run_real):
    filler = " ".join(
        f"Paragraph {n} tells of the ports, the roads and the markets of the region in some detail." for n in range(40)
    )
    text = (
        "The final communiqué of the ASEAN Foreign Ministers' Meeting was published on Friday.\n\n"
        f"{filler}\n\n"
        "The communiqué also noted the bloc's concern about the shelling near the border."
    )
    st = find(run_real(text), "concern about the shelling")
    assert st.actor.slug == "asean"


def test_a_summit_no_phrase_names_speaks_for_the_body_the_article_keeps_naming(run_real):
    text = (
        "ECOWAS leaders met in Abuja on Sunday to discuss the crisis in the Sahel.\n\n"
        "The meeting followed months of tension between ECOWAS and the three juntas.\n\n"
        "The summit also welcomed the peaceful conduct of the elections in Ghana."
    )
    st = find(run_real(text), "peaceful conduct")
    assert st.actor.slug == "ecowas"


def test_a_readout_of_a_meeting_is_not_the_meetings_but_its_countrys(run_real):
    text = (
        "The two leaders met briefly on the sidelines of the G20 summit in Rome.\n\n"
        "According to the Kenyan readout of the meeting, the president raised the grain corridor."
    )
    st = find(run_real(text), "grain corridor")
    assert st.actor.country == "KE"


def test_who_dismissed_a_communique_did_not_issue_it(run_real):
    text = (
        "Kenya and Uganda adopted a joint communiqué on Friday.\n\n"
        "Tanzania's foreign ministry dismissed the communiqué as one-sided.\n\n"
        "The communiqué said the two countries would open the border next month."
    )
    st = find(run_real(text), "open the border")
    assert st.actor.country == "KE"
