""" "X called Y to congratulate him" is a phone call (a contact), though "called" alone is not one
("called the plan a mistake", "called on Y to act"). Sentences written for the test."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "Foreign Minister Ana Lima called Ivo Kral to congratulate him on his appointment last week.",
        "Foreign Minister Ana Lima called Ivo Kral to discuss the border dispute.",
    ],
)
def test_a_call_with_a_purpose_is_a_contact(run, text):
    (st,) = run(text)
    assert st.kind == "contact" and st.actor.name == "Ana Lima"


@pytest.mark.parametrize(
    "text, kind",
    [
        ("Foreign Minister Ana Lima called on Ivo Kral to do more against the smugglers.", "indirect"),
        ("Foreign Minister Ana Lima called the plan a mistake.", "indirect"),
    ],
)
def test_other_calls_are_no_contact(run, text, kind):
    (st,) = run(text)
    assert st.kind == kind
