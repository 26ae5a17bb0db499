"""Which earlier speaker a bare noun or title refers to. Sentences written for the test."""

from __future__ import annotations

from tests.extract.conftest import find


def test_a_body_its_country_names_is_no_back_reference(run):
    text = (
        "The Freedonian coast guard said the boats had been rammed.\n\n"
        "The Freedonian embassy in Sylvania issued a warning against further resupply missions."
    )
    st = find(run(text), "issued a warning")
    assert st.speaker == "The Freedonian embassy in Sylvania"


def test_the_department_is_the_department_named_before_not_the_last_body(run):
    text = (
        "The coast guard said the boats had been rammed.\n\n"
        "The Department of Foreign Affairs lodged a protest over the incident, its spokeswoman Ana Lopes told reporters. "
        "The department has also reiterated that the ruling is binding on both parties."
    )
    st = find(run(text), "ruling is binding")
    assert st.speaker == "The Department of Foreign Affairs"
