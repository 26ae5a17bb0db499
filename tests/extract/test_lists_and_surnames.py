"""Who a joint mention and a pronoun stand for: "The four countries of Saudi Arabia, Bahrain, the
UAE and Egypt demanded …" is the joint statement of the four states it lists, the first-named the
actor; "Ahmed Abdelrahim … Abdelrahim has been seen outside the embassy, where he staged protests" is
Abdelrahim's, though the small model leaves the bare surname untagged. The texts are our own."""

import datetime as dt

from tests.extract.conftest import find


def test_the_counted_states_a_mention_lists(run, project_resolver):
    sts = run(
        "The three countries of Kenya, Uganda and Tanzania demanded that the talks resume at once.",
        published=dt.date(2024, 5, 2),
        resolver=project_resolver,
    )
    st = find(sts, "that the talks resume at once")
    assert (st.actor.name, st.actor.country) == ("Kenya", "KE")
    assert {a.country for a in st.co_actors} == {"UG", "TZ"}


def test_a_counted_group_that_lists_no_states(run, project_resolver):
    sts = run(
        "The eight countries of the Amazon basin called for action on deforestation.",
        published=dt.date(2024, 5, 2),
        resolver=project_resolver,
    )
    assert find(sts, "action on deforestation").co_actors == []


def test_he_after_an_untagged_surname_is_that_person(run, project_resolver):
    sts = run(
        "Foreign Minister Badr Abdelatty said Egypt was following the case.\n"
        "Ahmed Abdelrahim, head of a youth union abroad, was arrested in London after a confrontation, police said.\n"
        "Abdelrahim has recently been seen outside Egyptian missions in the UK, where he staged protests and "
        "posted videos denouncing activists.",
        published=dt.date(2025, 10, 20),
        resolver=project_resolver,
    )
    assert find(sts, "posted videos denouncing activists").actor.name == "Ahmed Abdelrahim"


def test_they_after_a_readouts_call_paragraph(run, project_resolver):
    sts = run(
        "Minister Balakrishnan spoke with State Councilor Wang Yi on Tuesday.\n\n"
        "Minister Balakrishnan commended State Councilor Wang on the progress made. They exchanged views on the "
        "regional security situation.",
        published=dt.date(2020, 3, 18),
        resolver=project_resolver,
    )
    assert find(sts, "exchanged views on the regional security situation").actor.name == "Vivian Balakrishnan"
