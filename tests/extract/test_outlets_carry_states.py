""" "The news agencies reported that Russia said …": an outlet carries a state's words as it carries a
person's, so the state is the speaker; an outlet's own account of what a state did stays the outlet's.
The sentences are our own."""

import datetime as dt

from tests.extract.conftest import find


def test_agencies_carry_a_states_words(run, project_resolver):
    sts = run(
        "The Tass and RIA news agencies also reported that Russia said it was disappointed by the signals from Washington.",
        published=dt.date(2022, 1, 10),
        resolver=project_resolver,
    )
    st = find(sts, "disappointed by the signals")
    assert (st.actor.name, st.actor.country) == ("Russia", "RU")


def test_an_agencys_own_account_of_an_act(run, project_resolver):
    sts = run(
        "The state news agency reported that Russia had closed its border crossings for a week.",
        published=dt.date(2022, 1, 10),
        resolver=project_resolver,
    )
    assert all(s.actor.name != "Russia" for s in sts)
