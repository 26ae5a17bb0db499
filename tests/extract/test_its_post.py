""" "Turkey won't buckle under U.S. pressure, its foreign minister said": a post with "its" is the
post of the state its sentence is about (the subject, not the last state named), held by whoever held
it that day; "its" of a company stays with the company. The sentences are our own."""

import datetime as dt

from tests.extract.conftest import find


def test_its_foreign_minister_is_the_subject_states(run, project_resolver):
    sts = run(
        "ANKARA (AP) — Turkey won’t buckle under U.S. pressure over the visas, its foreign minister said Wednesday.",
        published=dt.date(2017, 10, 11),
        resolver=project_resolver,
    )
    st = find(sts, "buckle under")
    assert st.actor.country == "TR" and st.actor.kind == "person"
    assert st.speaker == "its foreign minister"


def test_its_of_a_company_is_no_state(run, project_resolver):
    sts = run("The company said its chief executive would resign.", resolver=project_resolver)
    assert find(sts, "would resign").actor.country is None
