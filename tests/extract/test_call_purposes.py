""" "X called Y today to congratulate him on his appointment": what the call was for is part of the
contact as the readout tells it; a purpose clause that carries words of its own ("to say that …")
is not. The sentences are our own."""

import datetime as dt

from tests.extract.conftest import find


def test_a_call_to_congratulate(run, project_resolver):
    sts = run(
        "President Biden called Rishi Sunak today to congratulate him on his appointment as prime minister.",
        published=dt.date(2022, 10, 25),
        resolver=project_resolver,
    )
    st = find(sts, "congratulate him on his appointment")
    assert st.kind == "contact" and st.text.startswith("President Biden called")
