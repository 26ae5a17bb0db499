"""A host welcoming a visitor to a place ("welcomed X to the capital") and a mediator between named parties
("mediated between A and B") report contacts, with their CAMEO codes (host a visit, engage in mediation).
Praise ("welcomed the deal"), a new member ("welcomed X to the alliance"), an offer to mediate and
co-mediators with no counterpart report none. Every sentence is written for the test."""

from __future__ import annotations

import pytest

from tests.extract.conftest import find


@pytest.mark.parametrize(
    ("text", "speaker", "fragment", "code"),
    [
        (
            "Kenyan President William Ruto welcomed Ghanaian President John Mahama to Nairobi on Tuesday.",
            "Kenyan President William Ruto",
            "welcomed Ghanaian President John Mahama to Nairobi",
            "043",
        ),
        (
            "Norway mediated between Colombia and the rebels for four years.",
            "Norway",
            "mediated between Colombia",
            "045",
        ),
        ("Qatar has mediated with the Taliban since 2020.", "Qatar", "mediated with the Taliban", "045"),
    ],
)
def test_a_host_welcoming_a_visitor_or_a_mediator_has_a_contact(run, text, speaker, fragment, code):
    st = find(run(text), fragment)
    assert st.kind == "contact" and st.speaker == speaker and st.category_code == code


@pytest.mark.parametrize(
    "text",
    [
        "Kenyan President William Ruto welcomed the deal on Tuesday.",
        "NATO Secretary General Mark Rutte welcomed Sweden to the alliance.",
        "Norway offered to mediate between Colombia and the rebels.",
        "Qatar and Egypt mediated the truce.",
    ],
)
def test_praise_a_new_member_an_offer_or_co_mediators_are_no_contact(run, text):
    assert [s for s in run(text) if s.kind == "contact"] == []
