"""Where a speaker's phrase ends: "said Dr Lima at the emergency meeting with …" is Dr Lima, where she
spoke is no part of her name; "Minister of the Interior of Peru Carla Soto" is Carla Soto of Peru, the
state no given name of hers (but "Secretary Chad F. Wolf" keeps his given name); "HE the Foreign
Minister X" is His Excellency, no pronoun. The texts are our own."""

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


def test_a_given_name_that_is_a_place(run, project_resolver):
    sts = run(
        "Acting Homeland Security Secretary Chad F. Wolf said the border was secure.",
        published=dt.date(2020, 3, 2),
        resolver=project_resolver,
    )
    st = find(sts, "the border was secure")
    assert (st.actor.name, st.actor.country) == ("Chad F Wolf", None)


def test_a_state_before_a_given_name_and_surname(run, project_resolver):
    sts = run(
        "Minister of the Interior of Peru Carla Soto said in a televised interview that the border would stay "
        "on alert.",
        published=dt.date(2024, 4, 17),
        resolver=project_resolver,
    )
    st = find(sts, "the border would stay on alert")
    assert (st.actor.name, st.actor.country) == ("Carla Soto", "PE")


def test_his_excellency_abbreviated_in_capitals(run, project_resolver):
    """ "HE the Foreign Minister Sheikh X": the parser reads "HE" as the pronoun with the rest in apposition."""
    sts = run(
        "HE the Foreign Minister Sheikh Mohammed bin Abdulrahman Al Thani expressed surprise at the decision "
        "of the four states to close their airspace.",
        published=dt.date(2017, 6, 8),
        resolver=project_resolver,
    )
    assert find(sts, "expressed surprise at the decision").actor.country == "QA"


def test_a_capitals_name_after_of_may_be_a_provinces(run, project_resolver):
    sts = run(
        "Premier of Victoria Jacinta Allan said the state's relationship with its trading partners was maturing.",
        published=dt.date(2024, 5, 10),
        resolver=project_resolver,
    )
    assert find(sts, "relationship with its trading partners").actor.country != "SC"


def test_a_post_at_a_named_conference(run, project_resolver):
    sts = run(
        "Russia's Permanent Representative at the Conference on Disarmament Gennady Gatilov said Moscow would not "
        "return to the treaty.",
        published=dt.date(2023, 3, 1),
        resolver=project_resolver,
    )
    assert "Gatilov" in find(sts, "would not return to the treaty").actor.name


def test_a_states_common_name_after_of(run, project_resolver):
    sts = run(
        "Head of the Foreign Relations Committee of the Grand National Assembly of Turkey Ahmet Kaya said the visit "
        "would deepen ties.",
        published=dt.date(2018, 1, 16),
        resolver=project_resolver,
    )
    st = find(sts, "would deepen ties")
    assert (st.actor.name, st.actor.country) == ("Ahmet Kaya", "TR")
