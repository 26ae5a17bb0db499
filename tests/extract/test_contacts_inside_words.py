""" "Han noted that Xi had an important phone call with Trump": a contact a person tells of inside their
own words is part of their statement (the guidelines' quote inside a quote); a spokesperson's or a press
secretary's account of their principal's call, and a body's, stay that call. The sentences are our own."""

import datetime as dt

from tests.extract.conftest import find


def test_a_contact_inside_a_persons_words(run, project_resolver):
    sts = run(
        "Vice President Peter Okonjo met the envoy on Sunday. Okonjo noted that Ruto recently had an important "
        "phone call with Museveni.",
        published=dt.date(2025, 1, 20),
        resolver=project_resolver,
    )
    st = find(sts, "important phone call")
    assert (st.kind, st.actor.name) == ("indirect", "Peter Okonjo")


def test_a_spokespersons_account_of_a_call(run, project_resolver):
    sts = run(
        "Foreign Ministry spokeswoman Ana Lima said on Monday that Brazil wanted calm. Lima said Foreign Minister "
        "Mauro Vieira spoke with US Secretary of State Antony Blinken on Sunday.",
        published=dt.date(2024, 4, 1),
        resolver=project_resolver,
    )
    assert find(sts, "spoke with US Secretary").kind == "contact"


def test_a_bodys_account_of_a_call(run, project_resolver):
    sts = run(
        "The ministry said Foreign Minister Mauro Vieira spoke with US Secretary of State Antony Blinken on Sunday.",
        published=dt.date(2024, 4, 1),
        resolver=project_resolver,
    )
    assert find(sts, "spoke with US Secretary").kind == "contact"


def test_a_press_secretarys_account_of_a_call(run, project_resolver):
    sts = run(
        "White House press secretary Ana Lima told reporters on Monday that President Joe Biden had a phone call "
        "with Israeli Prime Minister Benjamin Netanyahu on Sunday.",
        published=dt.date(2024, 4, 1),
        resolver=project_resolver,
    )
    assert find(sts, "had a phone call").kind == "contact"
