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


def test_a_purpose_that_says_more_is_a_statement(run, project_resolver):
    sts = run(
        "Blinken called Wang Yi to discuss fentanyl and to express concern about China's support for Russia.",
        published=dt.date(2023, 5, 1),
        resolver=project_resolver,
    )
    assert find(sts, "concern about China").kind == "indirect"
