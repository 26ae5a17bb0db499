"""The style of official readouts: "paid a courtesy call on the Prime Minister" is a contact;
"Vice President and the Indian Prime Minister emphasized …" (bare titles, no article) is a joint
statement led by the person introduced under the first title; a pronoun after "the Spokesperson
said" is the person that title was read as; a joint statement an outlet released is the joint
speakers', not the outlet's. The texts are our own."""

import datetime as dt

from tests.extract.conftest import find

_DAY = dt.date(2025, 6, 9)


def test_a_courtesy_call_on_someone_is_a_contact(run, project_resolver):
    sts = run(
        "Vice President Halim Saeed paid a courtesy call on Prime Minister Ravi Menon at the Presidential Palace.",
        published=_DAY,
        resolver=project_resolver,
    )
    st = find(sts, "paid a courtesy call")
    assert st.kind == "contact" and st.actor.name == "Halim Saeed"


def test_a_courtesy_call_to_someone_is_a_contact(run, project_resolver):
    sts = run(
        "Ambassador Lena Ortiz paid a courtesy call to Foreign Minister Anil Thapa on Tuesday.",
        published=_DAY,
        resolver=project_resolver,
    )
    assert find(sts, "paid a courtesy call").kind == "contact"


def test_a_call_on_a_day_names_no_counterpart(run, project_resolver):
    sts = run("Minister Lena Ortiz paid a call on Sunday.", published=_DAY, resolver=project_resolver)
    assert not [s for s in sts if s.kind == "contact"]


def test_bare_titles_joined_are_led_by_the_person_introduced_under_the_first(run, project_resolver):
    sts = run(
        "Vice President Halim Saeed met Prime Minister Ravi Menon in the capital on Sunday.\n\n"
        "Vice President and the Prime Minister emphasized new areas for cooperation between the two countries.",
        published=_DAY,
        resolver=project_resolver,
    )
    assert find(sts, "new areas for cooperation").actor.name == "Halim Saeed"


def test_a_pronoun_after_a_title_is_whom_the_title_was_read_as(run, project_resolver):
    sts = run(
        "Spokesperson Amina Qureshi said the talks had been useful. Replying to another question, the "
        "Spokesperson said the envoy attended the ceremony. Answering another question, she said the "
        "government rejects the statements of former officials.",
        published=_DAY,
        resolver=project_resolver,
    )
    assert find(sts, "rejects the statements").actor.name == "Amina Qureshi"


def test_a_joint_statement_carried_by_an_outlet_is_the_joint_speakers(run, project_resolver):
    sts = run(
        "Norway and Chile welcomed the start of talks between the two parties on Saturday.\n\n"
        "They urged both parties to end the conflict, according to a joint statement released by the "
        "kingdom's official news agency.",
        published=_DAY,
        resolver=project_resolver,
    )
    assert find(sts, "end the conflict").actor.name == "Norway"


def test_a_statement_not_joint_released_by_an_outlet_is_not_the_last_joint_speakers(run, project_resolver):
    sts = run(
        "Norway and Chile welcomed the start of talks between the two parties on Saturday.\n\n"
        "The ceasefire must hold, according to a statement released by the state news agency.",
        published=_DAY,
        resolver=project_resolver,
    )
    assert "agency" in find(sts, "ceasefire must hold").actor.name


def test_a_titled_minister_in_apposition_holds_the_call_the_ministry_reported(run, project_resolver):
    sts = run(
        "The minister of Foreign Affairs, Omar Haddad, had a phone conversation with his Malian counterpart, "
        "Lina Traore, discussing ways to enhance bilateral relations, the ministry said Monday in a statement.",
        published=_DAY,
        resolver=project_resolver,
    )
    st = find(sts, "had a phone conversation")
    assert st.kind == "contact" and st.actor.name == "Omar Haddad"


def test_talks_on_a_country_do_not_make_it_a_party(run, project_resolver):
    sts = run(
        "Foreign Minister Omar Haddad held talks on Ukraine with Foreign Minister Lina Traore in Bamako.",
        published=_DAY,
        resolver=project_resolver,
    )
    targets = find(sts, "held talks on Ukraine").targets
    assert "ukraine" not in [t.lower() for t in targets]  # a topic (its code may follow), no counterpart


def test_a_visit_for_talks_is_still_a_contact_and_a_tribute_no_contact(run, project_resolver):
    sts = run(
        "Foreign Minister Omar Haddad paid a visit to Cairo for talks with Foreign Minister Lina Traore.\n\n"
        "Minister Lina Traore condemned the attack and paid tribute to the victims.",
        published=_DAY,
        resolver=project_resolver,
    )
    assert find(sts, "for talks with").kind == "contact"
    assert find(sts, "paid tribute to the victims").text.startswith("condemned the attack")


def test_one_persons_two_bare_posts_are_no_pair(run, project_resolver):
    sts = run(
        "Foreign Minister Omar Haddad met Deputy Prime Minister Lina Traore in Bamako.\n\n"
        "Deputy Prime Minister and Foreign Minister said the talks were useful.",
        published=_DAY,
        resolver=project_resolver,
    )
    assert find(sts, "the talks were useful").actor.name != "Omar Haddad"


def test_a_named_persons_aide_serves_that_persons_state(run, project_resolver):
    sts = run(
        "Tzipi Livni met Palestinian negotiator Saeb Erekat in Amman on Sunday.\n\n"
        "Livni's spokesman Amir Dagan said the talks were serious.",
        published=dt.date(2008, 6, 1),
        resolver=project_resolver,
    )
    st = find(sts, "the talks were serious")
    assert st.actor.name.endswith("Dagan") and st.actor.country == "IL"
