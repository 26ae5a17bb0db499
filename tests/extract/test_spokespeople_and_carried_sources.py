"""An unnamed spokesperson after a body's name ("a Ruritanian Ministry of Trade (MOTR) spokesperson")
speaks for that body and refers back to no one; a body's titled spokesman whom the parser hangs on the
body as an apposition ("Trade Office (TO) spokesman Ana Lopes said") speaks himself; "the agency
reported X as saying" is X's. Every sentence here is invented, the people included."""

import datetime as dt

from tests.extract.conftest import find

DAY = dt.date(2025, 10, 24)


def test_an_indefinite_body_spokesperson_refers_back_to_no_one(run, project_resolver):
    sts = run(
        "Ruritanian Foreign Ministry spokesperson Ivo Brandt said Ruritania opposed the sanctions.\n\n"
        "In response to a media inquiry, a Chinese Ministry of Commerce (MOFCOM) spokesperson stated on Thursday "
        "that the bloc had acted arbitrarily.",
        published=DAY,
        resolver=project_resolver,
    )
    st = find(sts, "acted arbitrarily")
    assert st.actor.name != "Ivo Brandt" and st.actor.country == "CN" and "Commerce" in st.actor.name


def test_a_titled_spokesman_in_apposition_to_his_body_speaks(run, project_resolver):
    sts = run(
        "In Beijing, Taiwan Affairs Office (TAO) spokesman Ana Lopes said the drills were a necessary response.",
        published=DAY,
        resolver=project_resolver,
    )
    st = find(sts, "necessary response")
    assert st.actor.name == "Ana Lopes" and st.actor.country == "CN"


def test_reported_x_as_saying_is_xs(run):
    sts = run(
        "The Velora Press Association reported Ana Lopes as saying this week that Ruritania would defend the "
        "islands for as long as they wish."
    )
    assert find(sts, "defend the islands").speaker == "Ana Lopes"
