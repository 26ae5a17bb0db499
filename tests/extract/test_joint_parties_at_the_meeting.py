"""A bare "ministers" is the pair of a contact only in a sentence that points back at the meeting,
and "the two top diplomats" are the pair. The texts are our own."""

import datetime as dt

from tests.extract.conftest import find

DAY = dt.date(2024, 3, 4)


MEETING = "Estonian Foreign Minister Jaan Tamm met with Latvian Foreign Minister Karlis Ozols in Riga on Monday.\n\n"


def test_bare_ministers_at_the_meeting_and_top_diplomats(run, project_resolver):
    text = (
        MEETING + "At the meeting, ministers discussed energy security and the situation in Ukraine.\n\n"
        "The two top diplomats also exchanged views on sanctions against Russia."
    )
    sts = run(text, DAY, project_resolver)
    for words in ("ministers discussed energy security", "exchanged views on sanctions"):
        st = find(sts, words)
        assert (st.actor.name, [a.name for a in st.co_actors]) == ("Jaan Tamm", ["Karlis Ozols"])


def test_bare_ministers_elsewhere_are_no_pair(run, project_resolver):
    text = MEETING + "In Brussels, ministers discussed energy security and the situation in Ukraine."
    sts = run(text, DAY, project_resolver)
    assert all(st.actor.name != "Jaan Tamm" for st in sts if "energy security" in st.text)
