"""A person the registry knows under "Jr." is the same person written "Jnr"; a birthplace adjective
("Guyana-born") is no part of a name; a post written before a name as an apposition ("Kenya's
Ambassador to Japan, Ana Wanjiru") places the name; a post written with "his"/"her" serves the state
of the person who spoke last. The sentences are our own."""

import datetime as dt

from tests.extract.conftest import find


def test_a_generational_suffix_spelt_another_way(run, project_resolver):
    sts = run(
        "Philippine Foreign Secretary Teodoro Locsin Jnr said Manila would protest every day. "
        "Locsin added that the ships must leave.",
        published=dt.date(2021, 4, 1),
        resolver=project_resolver,
    )
    assert find(sts, "protest every day").actor.name == "Teodoro Locsin Jr."
    assert find(sts, "ships must leave").actor.name == "Teodoro Locsin Jr."


def test_a_birthplace_is_no_part_of_the_name(run, project_resolver):
    sts = run(
        "The talks drew comment from Malawi-born Peter Okonjo. Mr Okonjo said the talks would resume next week.",
        published=dt.date(2023, 12, 1),
        resolver=project_resolver,
    )
    assert find(sts, "talks would resume").actor.name == "Peter Okonjo"


def test_a_post_written_before_the_name(run, project_resolver):
    sts = run(
        "The map drew comment from Antigua and Barbuda’s Permanent Representative to the Organisation of "
        "American States (OAS), Peter Okonjo. Mr Okonjo on Wednesday said the prime minister was unaware of it.",
        published=dt.date(2023, 12, 1),
        resolver=project_resolver,
    )
    st = find(sts, "prime minister was unaware")
    assert (st.actor.name, st.actor.country) == ("Peter Okonjo", "AG")


def test_a_post_owned_by_the_last_speaker(run, project_resolver):
    sts = run(
        "Ruto said on Monday that he hoped Uganda would sign. Meanwhile, his chief of staff Peter Okonjo "
        "said Uganda was ready to sign.",
        published=dt.date(2023, 5, 30),
        resolver=project_resolver,
    )
    st = find(sts, "Uganda was ready")
    assert (st.actor.name, st.actor.country) == ("Peter Okonjo", "KE")


def test_a_post_without_an_owner_keeps_its_country(run, project_resolver):
    sts = run(
        "Uganda's chief of staff Peter Okonjo said Kenya was ready to sign.",
        published=dt.date(2023, 5, 30),
        resolver=project_resolver,
    )
    assert find(sts, "Kenya was ready").actor.country == "UG"


def test_a_post_that_names_its_own_state(run, project_resolver):
    sts = run(
        "Ruto said on Monday that he hoped Uganda would sign. His Ugandan counterpart Peter Okonjo said Kampala agreed.",
        published=dt.date(2023, 5, 30),
        resolver=project_resolver,
    )
    assert find(sts, "Kampala agreed").actor.country == "UG"


def test_his_is_the_person_named_last(run, project_resolver):
    sts = run(
        "Ruto said the ceasefire must hold. Sudanese army chief Abdel Fattah al-Burhan was not present; "
        "his adviser Peter Okonjo said the army would not negotiate.",
        published=dt.date(2023, 5, 30),
        resolver=project_resolver,
    )
    assert find(sts, "army would not negotiate").actor.country != "KE"


def test_a_post_in_a_phrase_before_the_subject(run, project_resolver):
    sts = run(
        "Speaking after a meeting with Germany's Foreign Minister, Peter Okonjo told reporters the talks had gone "
        "well. Okonjo said Nairobi would host the next round.",
        published=dt.date(2023, 5, 30),
        resolver=project_resolver,
    )
    assert find(sts, "host the next round").actor.country != "DE"


def test_a_posted_title_with_dots_in_its_state(run, project_resolver):
    """ "U.S. Ambassador to Lebanon Michele Sison" (the parser hung her on the president as an apposition):
    "Ambassador Sison" later is the United States' envoy, not a person of no state."""
    sts = run(
        "President Michel Sleiman and U.S. Ambassador to Lebanon Michele Sison met today at Baabda Palace.\n\n"
        "Ambassador Sison noted the U.S. commitment to the ongoing partnerships.",
        published=dt.date(2010, 3, 22),
        resolver=project_resolver,
    )
    assert find(sts, "noted the U.S. commitment").actor.country == "US"
