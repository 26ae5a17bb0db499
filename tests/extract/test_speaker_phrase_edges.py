"""Where a speaker's phrase ends: "said Dr Lima at the emergency meeting with …" is Dr Lima, where she
spoke is no part of her name; "Minister of the Interior of Peru Carla Soto" is Carla Soto of Peru, the
state no given name of hers; "the Cairo-based Arab League" is the League, not an Egyptian body. The
texts are our own."""

import datetime as dt

from tests.extract.conftest import find


def test_where_a_named_speaker_spoke(run, project_resolver):
    sts = run(
        "“We share information with every mission through the proper channels,” said Dr Amani Kibwana at the "
        "emergency meeting with the heads of diplomatic missions held in the capital.",
        published=dt.date(2021, 4, 17),
        resolver=project_resolver,
    )
    assert find(sts, "We share information").actor.name == "Amani Kibwana"


def test_a_state_before_a_given_name_and_surname(run, project_resolver):
    sts = run(
        "The ministry will summon the ambassador over remarks made by Minister of the Interior of Peru Carla "
        "Soto.\n\nSoto said in a televised interview that the border would stay on alert.",
        published=dt.date(2024, 4, 17),
        resolver=project_resolver,
    )
    st = find(sts, "the border would stay on alert")
    assert (st.actor.name, st.actor.country) == ("Carla Soto", "PE")


def test_a_seat_before_a_bodys_name(run, project_resolver):
    sts = run(
        "The Cairo-based Arab League said that its council would meet next week to discuss the crisis.",
        published=dt.date(2023, 10, 9),
        resolver=project_resolver,
    )
    assert find(sts, "its council would meet").actor.country is None


def test_his_excellency_abbreviated_in_capitals(run, project_resolver):
    """ "HE the Foreign Minister Sheikh X": the parser reads "HE" as the pronoun with the rest in apposition."""
    sts = run(
        "HE the Foreign Minister Sheikh Mohammed bin Abdulrahman Al Thani expressed surprise at the decision "
        "of the four states to close their airspace.",
        published=dt.date(2017, 6, 8),
        resolver=project_resolver,
    )
    assert find(sts, "expressed surprise at the decision").actor.country == "QA"
