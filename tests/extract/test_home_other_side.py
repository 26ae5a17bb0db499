"""An unplaced speaker takes no state from the other side: not from the counterpart it met ("his
Jordanian counterpart"), nor from a country that is only the subject of a relative clause about
another ("Even Iran, which the U.S. believes …"). The texts are our own."""

import datetime as dt

from tests.extract.conftest import find

DAY = dt.date(2016, 1, 6)


def test_the_counterparts_state_is_not_the_speakers(run, project_resolver):
    text = "Foreign Minister Karim Fathy on Sunday made a phone contact with his Jordanian counterpart Omar Rifai."
    st = find(run(text, DAY, project_resolver), "made a phone contact")
    assert st.actor.name == "Karim Fathy" and st.actor.country != "JO"


def test_a_relative_clauses_subject_does_not_place_the_next_speaker(run, project_resolver):
    text = (
        "Even Iran, which the U.S. believes is pursuing a nuclear weapons program of its own, criticized the "
        "launch. A foreign ministry spokesperson said Tehran hopes all weapons of mass destruction will be destroyed."
    )
    st = find(run(text, DAY, project_resolver), "weapons of mass destruction")
    assert st.actor.country == "IR"
