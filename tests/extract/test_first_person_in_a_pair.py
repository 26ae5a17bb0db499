""" "Minister Qin and I held talks", in a transcript turn: the turn's speaker is the first party, and
the minister he names comes along; not the named minister's statement. The sentences are our own."""

import datetime as dt

from tests.extract.conftest import find


def test_a_name_and_i_in_a_turn_is_the_speakers(run, project_resolver):
    sts = run(
        "Mr. HAYASHI Yoshimasa, Minister for Foreign Affairs: This visit is my first in a long while. "
        "Minister Qin and I held candid, face-to-face discussions today over several hours.",
        published=dt.date(2026, 1, 30),
        resolver=project_resolver,
    )
    st = find(sts, "held candid")
    assert st.actor.name == "Yoshimasa Hayashi"
    assert [a.name for a in st.co_actors] == ["Qin Gang"]
