"""Kenya's ministers are Cabinet Secretaries, written "CS" before a name ("CS Okoth") and alone
("the CS said"): a title, never a word of the name, and "the CS" is the secretary met before.
Sentences written for the test; the project registry."""

from __future__ import annotations

import datetime as dt

import pytest

from app.pipeline.types import ArticleInput
from tests.extract.conftest import find


@pytest.fixture
def run_real(make_extractor, project_resolver):
    ex = make_extractor(project_resolver)
    return lambda text: ex.extract(ArticleInput(text=text, published=dt.date(2025, 3, 1)))


TEXT = (
    "NAIROBI — Cabinet Secretary for Foreign Affairs Dr Wanjiru Okoth held talks with the Danish "
    "ambassador on Monday.\n\n"
    "During the meeting, CS Okoth acknowledged that Denmark was a steady partner in renewable energy.\n\n"
    "The CS said Kenya would open a trade office in Copenhagen next year."
)


def test_cs_before_a_name_is_a_title(run_real):
    st = find(run_real(TEXT), "steady partner")
    assert st.actor.name == "Wanjiru Okoth" and st.actor.country == "KE"


def test_the_cs_is_the_cabinet_secretary_met_before(run_real):
    st = find(run_real(TEXT), "trade office in Copenhagen")
    assert st.actor.name == "Wanjiru Okoth" and st.actor.country == "KE"


def test_a_wish_whose_object_the_parser_reads_as_an_adverb(run_real):
    """ "wished Qatar all the success": the parser reads "success" as an adverbial noun."""
    text = TEXT + "\n\nDr. Okoth wished Qatar all the success as they host the World Cup later this year."
    st = find(run_real(text), "all the success")
    assert st.actor.name == "Wanjiru Okoth" and st.kind == "indirect"
