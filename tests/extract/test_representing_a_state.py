""" "X, representing North Korea, said": the participle says whom X speaks for, whatever state the
speaker before was placed in. Sentences written for the test; the project's registry resolves the names."""

from __future__ import annotations

import datetime as dt

from tests.extract.conftest import find


def test_representing_a_state_places_the_speaker(run, project_resolver):
    text = (
        "U.S. State Department spokeswoman Victoria Nuland said the meetings with the North were constructive.\n\n"
        "Vice Foreign Minister Ri Kye Song, representing North Korea, said there were big improvements in some areas."
    )
    sts = run(text, dt.date(2011, 10, 25), resolver=project_resolver)
    assert find(sts, "big improvements").actor.country == "KP"
