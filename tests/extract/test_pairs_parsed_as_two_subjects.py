"""Two people under long titles joined by "and" ("Foreign Affairs Minister A and U.S. Secretary of
State B highlighted …") may come out of the parser as two subjects of the verb with no conjunct
between them; a later "both authorities" still speaks for that pair, the first named first.
Sentences and names written for the tests; the project registry."""

from __future__ import annotations

import datetime as dt

import pytest

from app.pipeline.types import ArticleInput
from tests.extract.conftest import find


@pytest.fixture
def run_real(make_extractor, project_resolver):
    ex = make_extractor(project_resolver)
    return lambda text: ex.extract(ArticleInput(text=text, published=dt.date(2025, 3, 1), source="Andina"))


def test_both_authorities_after_two_subjects_under_titles(run_real):
    text = (
        "LIMA — Foreign Affairs Minister Ruiz-Ortega and U.S. Secretary of State Pruett highlighted the "
        "importance of the handover of the APEC Presidency to Peru and the joint work that both economies "
        "carry out in this bloc.\n\n"
        "Finally, within the framework of a complex international situation, both authorities discussed "
        "topics of interest on the regional and international agenda."
    )
    st = find(run_real(text), "topics of interest on the regional")
    assert st.actor.name.endswith("Ruiz-Ortega") or st.actor.name.endswith("Ortega")
    assert len(st.co_actors) == 1 and "Pruett" in st.co_actors[0].name
