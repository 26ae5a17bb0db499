"""A trailing "…, Online news agency reported" after "he said …": the words are the person's, whom
"he" refers to, not an actor called "Online" (nor any outlet); however the parser hangs the two
verbs. Names are invented."""

import datetime as dt

import pytest

from tests.extract.conftest import find

OPENING = "Sylvania would like talks to resume, foreign office spokesman Ivo Brandt said at his weekly briefing.\n"


@pytest.mark.parametrize("outlet", ["Online news agency", "Reuters", "state news agency IRNA"])
@pytest.mark.parametrize(
    "sentence",
    [
        # "said" under "reported"
        "Holding that dialogue was necessary, he said Sylvania wanted a result-oriented dialogue with Velora "
        "and hoped that Velora would not thwart the talks, {outlet} reported.",
        # "reported" under "said"
        "Holding that dialogue was necessary, he said Sylvania wanted a result-oriented dialogue with Velora, "
        "{outlet} reported.",
    ],
)
def test_he_said_then_an_outlet_reported_is_his(run, project_resolver, outlet, sentence):
    sts = run(OPENING + sentence.format(outlet=outlet), published=dt.date(2026, 1, 30), resolver=project_resolver)
    assert find(sts, "result-oriented dialogue").actor.name == "Ivo Brandt"
