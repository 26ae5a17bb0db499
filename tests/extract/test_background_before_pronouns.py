"""A paragraph with no word of saying is not parsed, for speed; but when the next paragraph opens with
"He" or "She", its subject is who the pronoun stands for ("X arrived in Brussels. ¶ He started by
meeting …"), so it is parsed too. The texts are our own."""

import datetime as dt

from tests.extract.conftest import find


def test_a_pronoun_after_a_paragraph_of_background(run, project_resolver):
    sts = run(
        "Foreign Minister Sergei Lavrov arrived in Brussels on Monday after a long flight from Moscow.\n\n"
        "He started by meeting with the Prime Minister of Belgium, Alexander de Croo, and members of his cabinet.",
        published=dt.date(2021, 6, 24),
        resolver=project_resolver,
    )
    st = find(sts, "meeting with the Prime Minister of Belgium")
    assert (st.kind, st.actor.name) == ("contact", "Sergei Lavrov")
