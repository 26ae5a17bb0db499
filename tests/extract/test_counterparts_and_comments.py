"""A counterpart in a contact ("with his French counterpart X") is no speaker: a bare "the Foreign
Ministry" in the next paragraph is the state of the minister who spoke, not the counterpart's.
"X in comments to <outlet> said" is X: the comments are no part of the name. Sentences written for the
test; the project's registry resolves the names."""

from __future__ import annotations

import datetime as dt

from tests.extract.conftest import find


def test_the_bare_ministry_after_a_call_is_the_callers(run, project_resolver):
    text = (
        "Oman's Foreign Minister Badr Albusaidi discussed the border ruling with his French counterpart "
        "Jean-Noël Barrot.\n\n"
        "A statement from the Foreign Ministry said that the call addressed bilateral relations and the "
        "latest developments in the region."
    )
    sts = run(text, dt.date(2025, 3, 1), resolver=project_resolver)
    st = find(sts, "bilateral relations")
    assert st.actor.country == "OM"


def test_in_comments_to_an_outlet_is_no_part_of_the_name(run):
    text = (
        "The Ruritanian Ambassador to Freedonia Ivan Petrov in comments to the Daily Drum said the "
        "government hopes that the dispute could be settled peacefully."
    )
    assert find(run(text), "settled peacefully").speaker.endswith("Ivan Petrov")


def test_both_a_and_b_is_the_first_party(run, project_resolver):
    text = (
        "Jordan's Foreign Minister Ayman Safadi held a phone call with French Foreign Minister Stéphane "
        "Séjourné on Monday.\n\nBoth Safadi and Séjourné stressed the need for an immediate ceasefire."
    )
    sts = run(text, dt.date(2025, 3, 3), resolver=project_resolver)
    assert find(sts, "immediate ceasefire").actor.name == "Ayman Safadi"
