"""More formal acts of the CAMEO codebook as reporting-verb rows: halting negotiations (suspended or broke
off talks, 164), a boycott (163), a complaint filed or a proposal submitted or tabled, an invitation or offer
accepted, a body's order or direction with its object (directed the activation of a force, ordered an
evacuation). Each counts only with its listed objects. Every sentence is written for the test."""

from __future__ import annotations

import pytest

from tests.extract.conftest import find


@pytest.mark.parametrize(
    ("text", "speaker", "fragment", "code"),
    [
        ("Ghana suspended talks with Togo over the border dispute.", "Ghana", "suspended talks with Togo", "164"),
        ("Moldova broke off negotiations with the separatists.", "Moldova", "broke off negotiations", "164"),
        ("Lithuania boycotted the ministerial meeting in Minsk.", "Lithuania", "boycotted the ministerial", "163"),
        ("Guyana filed a complaint with the Security Council.", "Guyana", "filed a complaint", "114"),
        ("Jamaica accepted the invitation to attend the summit.", "Jamaica", "accepted the invitation", "036"),
        ("Panama submitted a proposal to the General Assembly.", "Panama", "submitted a proposal", "010"),
        ("Malta tabled a draft resolution on the ceasefire.", "Malta", "tabled a draft resolution", "010"),
        (
            "The regional bloc directed the activation of its standby brigade.",
            "The regional bloc",
            "directed the activation of its standby brigade",
            "020",
        ),
        (
            "The Danish foreign ministry ordered the evacuation of its embassy in Niamey.",
            "The Danish foreign ministry",
            "ordered the evacuation of its embassy",
            "100",
        ),
    ],
)
def test_a_formal_act_with_its_object_is_a_statement(run, text, speaker, fragment, code):
    st = find(run(text), fragment)
    assert st.kind == "indirect" and st.speaker == speaker and st.category_code == code


@pytest.mark.parametrize(
    "text",
    [
        "The school suspended classes for a week.",
        "The chef accepted the award on Monday.",
        "The veteran director directed the film in 1994.",
        "The farmers filed their tax returns late.",
    ],
)
def test_the_same_verbs_with_other_objects_are_no_statement(run, text):
    assert run(text) == []
