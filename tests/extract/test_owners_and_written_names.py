"""A person named as an owner ("President Cyril Ramaphosa’s office") is that person, and the
possessive ending is no part of the name the article spells: a later bare surname is the same
person under the registry's name. Every sentence is written for the test."""

from __future__ import annotations

import datetime as dt

from app.pipeline.types import ArticleInput
from tests.extract.conftest import find


def _run(make_extractor, project_resolver, text, source=None, url=None):
    ex = make_extractor(project_resolver)
    return ex.extract(ArticleInput(text=text, published=dt.date(2023, 6, 1), source=source, url=url))


_OFFICE = (
    "Pretoria – President Cyril Ramaphosa’s office has confirmed that he had a telephone conversation "
    "with Kenyan President William Ruto, where he briefed his counterpart on the trade mission. "
    "Ramaphosa said the two agreed that their ministers would meet next month."
)


def test_a_titled_owner_speaks_through_his_office(make_extractor, project_resolver):
    st = find(_run(make_extractor, project_resolver, _OFFICE), "he had a telephone conversation")
    assert st.actor.name == "Cyril Ramaphosa" and st.actor.country == "ZA"


def test_a_possessive_ending_is_no_new_spelling_of_the_name(make_extractor, project_resolver):
    st = find(_run(make_extractor, project_resolver, _OFFICE), "ministers would meet")
    assert st.actor.name == "Cyril Ramaphosa"  # not "Cyril Ramaphosa’s"
