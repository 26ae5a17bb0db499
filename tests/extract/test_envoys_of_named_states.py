""" "The top diplomats of the three countries said" speaks for the states just named, the first
of them as the actor; a later bare "the diplomats" are the same joint speaker, not a group of their
own. The sentences are our own."""

import datetime as dt

from tests.extract.conftest import find

_TEXT = (
    "LIMA (AP) -- Chile, Peru and Ecuador on Monday reaffirmed their \"firm commitment\" to a fishing accord, "
    "the top diplomats of the three countries said, as the talks ended.\n\n"
    "The accord was signed in 1952 and covers the waters off the three coasts.\n\n"
    "But the diplomats said they agreed to meet again in Quito next year."
)


def test_the_diplomats_of_the_named_states(run, project_resolver):
    sts = run(_TEXT, published=dt.date(2024, 3, 4), resolver=project_resolver)
    st = find(sts, "to a fishing accord")
    assert (st.actor.name, st.actor.country) == ("Chile", "CL")


def test_the_diplomats_again(run, project_resolver):
    sts = run(_TEXT, published=dt.date(2024, 3, 4), resolver=project_resolver)
    st = find(sts, "meet again in Quito")
    assert (st.actor.name, st.actor.country) == ("Chile", "CL")


def test_the_diplomats_who_spoke_before_a_joint_statement(run, project_resolver):
    sts = run(
        "Western diplomats said the resolution had enough votes.\n\n"
        "Russia and China said they would veto any text that mentioned sanctions.\n\n"
        "The diplomats said a vote was expected on Friday.",
        published=dt.date(2024, 3, 4),
        resolver=project_resolver,
    )
    assert find(sts, "vote was expected").actor.name != "Russia"


def test_the_two_leaders_after_a_call_with_an_apposed_title(run, project_resolver):
    sts = run(
        "Prime Minister Narendra Modi had a telephonic conversation today with Donald Trump, President of United "
        "States of America. The two leaders exchanged views on the ongoing pandemic.",
        published=dt.date(2020, 4, 4),
        resolver=project_resolver,
    )
    assert find(sts, "exchanged views").actor.name == "Narendra Modi"
