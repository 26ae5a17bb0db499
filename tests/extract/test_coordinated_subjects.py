"""Coordinated subjects: a subject of two parties joined by "and" is one statement of the
first-named party (the annotation guidelines' rule), never one actor glued from both conjuncts."""

from __future__ import annotations

import datetime as dt

import pytest

from app.pipeline.types import ArticleInput

from .conftest import find


@pytest.fixture
def run_real(make_extractor, project_resolver):
    ex = make_extractor(project_resolver)
    return lambda text: ex.extract(ArticleInput(text=text, published=dt.date(2024, 5, 1)))


def test_two_unknown_titles_joined_by_and_are_the_first_one_not_both_glued(run_real):
    text = (
        "Ruritanian Trade Commissioner Ivo Kral arrived in Lisbon on Monday.\n\n"
        "The Ruritanian commissioner and the Freedonian consul held a meeting at the port, "
        "during which they discussed fishing quotas."
    )
    st = find(run_real(text), "held a meeting")
    assert " and " not in st.actor.name
    assert "Freedonian" not in st.actor.name


def test_fm_is_a_foreign_ministers_title(run_real):
    text = (
        "Foreign Minister of Armenia Ararat Mirzoyan arrived in Vienna on Monday.\n\n"
        "The Armenian FM also thanked Austria for its support of the peace talks."
    )
    st = find(run_real(text), "thanked Austria")
    assert st.actor.name == "Ararat Mirzoyan"


def test_a_body_whose_name_holds_and_is_not_cut_at_it(run_real):
    text = "The Widows and Orphans Relief Forum urged the government on Monday to reopen the crossing."
    st = find(run_real(text), "reopen the crossing")
    assert st.actor.name not in ("Widows", "Widow")
