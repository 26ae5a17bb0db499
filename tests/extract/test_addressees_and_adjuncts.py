"""What an addressee was told, and who spoke after an adjunct: "informed the envoys of measures
taken" and "updated the diplomats on the vote" report what was told (the parser hangs it on the
addressee), "updated the law on Monday" reports nothing; "“…,” said for his part the foreign
minister, X." is X's; "refuted the claims", "dispelled rumours" are acts of speech; "states a foreign
office website" is the office's document. The texts are our own."""

import datetime as dt

from tests.extract.conftest import find


def test_informed_the_addressee_of_something(run, project_resolver):
    sts = run(
        "Foreign Minister Mahmoud Kombo met diplomats in Dodoma on Tuesday.\n"
        "The minister informed the envoys of measures taken to restore order in the capital.",
        published=dt.date(2025, 11, 20),
        resolver=project_resolver,
    )
    st = find(sts, "of measures taken to restore order")
    assert st.actor.name.startswith("Mahmoud")
    assert st.text.startswith("informed the envoys")


def test_updated_the_addressee_on_a_topic(run, project_resolver):
    sts = run(
        "Foreign Minister Mahmoud Kombo met diplomats in Dodoma on Tuesday.\n"
        "He updated the diplomats on the election process and the unrest that followed.",
        published=dt.date(2025, 11, 20),
        resolver=project_resolver,
    )
    assert find(sts, "the election process and the unrest").actor.name.startswith("Mahmoud")


def test_a_day_is_no_topic(run, project_resolver):
    sts = run(
        "Foreign Minister Mahmoud Kombo said the vote was calm.\nThe ministry updated its travel page on Monday.",
        published=dt.date(2025, 11, 20),
        resolver=project_resolver,
    )
    assert not [s for s in sts if "travel page" in s.text or s.text.strip() == "on Monday"]


def test_the_speaker_after_for_his_part(run, project_resolver):
    sts = run(
        "“All our staff in the region are safe,” said for his part the Swiss foreign minister, Ignazio Cassis.",
        published=dt.date(2025, 6, 13),
        resolver=project_resolver,
    )
    st = find(sts, "All our staff in the region are safe")
    assert (st.actor.name, st.actor.country) == ("Ignazio Cassis", "CH")


def test_refuting_and_dispelling_rumours(run, project_resolver):
    sts = run(
        "Minister of State Anwar Gargash has taken to Twitter to refute rumours about the country's aid.\n"
        "He also dispelled reports that the embassy in Bamako had closed.",
        published=dt.date(2013, 7, 20),
        resolver=project_resolver,
    )
    assert find(sts, "refute rumours about the country").actor.name == "Anwar Gargash"
    assert find(sts, "the embassy in Bamako had closed").actor.name == "Anwar Gargash"


def test_the_subject_of_a_participle_between_commas_speaks_the_main_verb(run, project_resolver):
    sts = run(
        "Finance Minister Bezalel Smotrich spoke on Sunday.\n\n"
        "Smotrich, writing on X on Monday, said he would not support the accord, calling it a disaster for "
        "national security.",
        published=dt.date(2025, 1, 14),
        resolver=project_resolver,
    )
    assert find(sts, "he would not support the accord").actor.name == "Bezalel Smotrich"


def test_an_addressee_named_by_post_was_told_nothing(run, project_resolver):
    sts = run(
        "The minister informed the ambassador of Iran on Monday.",
        published=dt.date(2024, 5, 1),
        resolver=project_resolver,
    )
    assert sts == []


def test_a_briefings_topic_stays_without_its_addressee(run, project_resolver):
    sts = run(
        "Foreign Minister Sergei Lavrov briefed the ambassador of Turkey about the results of his visit.",
        published=dt.date(2024, 5, 1),
        resolver=project_resolver,
    )
    assert find(sts, "the results of his visit").text == "about the results of his visit"


def test_a_name_between_a_fronted_phrase_and_its_title(run, project_resolver):
    sts = run(
        "In a call with Blinken, Wang, China's top diplomat, said Washington must stop arming Taiwan.",
        published=dt.date(2024, 5, 1),
        resolver=project_resolver,
    )
    assert find(sts, "Washington must stop arming Taiwan").speaker == "Wang, China's top diplomat"
