"""A dateline in capitals with accents ("HÀ NỘI —", "ŁÓDŹ —") is a dateline, never a speaker;
"the government leader" is the head of government. Every sentence is written for the test."""

from __future__ import annotations

import datetime as dt

import pytest

from app.pipeline.types import ArticleInput
from tests.extract.conftest import find

_CALL = (
    "HÀ NỘI — Prime Minister Phạm Minh Chính held phone talks with his Malaysian counterpart Anwar "
    "Ibrahim on Sunday, discussing rice exports. The Vietnamese Government leader welcomed Malaysia’s "
    "plan to host the ministers’ meeting."
)


def _run(make_extractor, project_resolver, text):
    return make_extractor(project_resolver).extract(ArticleInput(text=text, published=dt.date(2025, 4, 6)))


def test_an_accented_dateline_is_no_speaker(make_extractor, project_resolver):
    sts = _run(make_extractor, project_resolver, _CALL)
    st = find(sts, "held phone talks")
    assert st.actor.name == "Phạm Minh Chính" and not st.text.startswith("HÀ")
    assert all(s.speaker != "HÀ NỘI" for s in sts)


def test_the_government_leader_is_the_head_of_government(make_extractor, project_resolver):
    st = find(_run(make_extractor, project_resolver, _CALL), "plan to host")
    assert st.actor.name == "Phạm Minh Chính" and st.actor.country == "VN"


def test_no_sentence_starts_after_a_word_on_the_same_line(run):
    # The small model breaks "MEA spokesperson | Syed Akbaruddin said" in two; the title is the speaker's
    st = find(run("MEA spokesperson Syed Akbaruddin said the talks with Islamabad were cordial."), "were cordial")
    assert st.speaker == "MEA spokesperson Syed Akbaruddin"


def test_a_renamed_state_is_named_as_it_was_on_the_day(make_extractor, project_resolver):
    text = "Turkey said it remained hopeful of a solution to the Gulf crisis."
    ex = make_extractor(project_resolver)
    then = find(ex.extract(ArticleInput(text=text, published=dt.date(2017, 7, 1))), "remained hopeful")
    now = find(ex.extract(ArticleInput(text=text, published=dt.date(2023, 7, 1))), "remained hopeful")
    assert (then.actor.name, now.actor.name) == ("Turkey", "Türkiye")
    assert then.actor.slug == now.actor.slug


def test_a_dateline_with_its_country_before_the_dash_is_no_part_of_the_speaker(make_extractor, project_resolver):
    text = "MANILA, Philippines – DFA chief Albert del Rosario says he will not apologise for the remarks."
    st = find(_run(make_extractor, project_resolver, text), "will not apologise")
    assert st.speaker == "DFA chief Albert del Rosario" and st.actor.country == "PH"


@pytest.mark.parametrize("body", ["The FO", "The DFA", "The MFA"])
def test_a_foreign_ministrys_initials_are_the_articles_states(make_extractor, project_resolver, body):
    st = find(
        _run(make_extractor, project_resolver, f"ISLAMABAD: {body} said the talks would go on."), "talks would go on"
    )
    assert st.actor.name == "Ministry of Foreign Affairs of Pakistan"
