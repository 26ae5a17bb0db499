""" "Played down X" (and "downplayed") is a statement about X, whose "saying …" is part of it; and
"held talks with A and B leaders to try to …", where the parser made "with" the mark of a clause
whose subject is the counterpart, is still a contact. Sentences written for the test."""

from __future__ import annotations

import pytest

from tests.extract.conftest import find


@pytest.mark.parametrize("verb", ["played down", "downplayed"])
def test_playing_down_is_a_statement_about_what_was_played_down(run, verb):
    sts = run(
        f"VELORA (AP) — The special envoy on Friday {verb} Ruritania's rejection of calls for a halt to "
        "construction, saying that Velora remains undeterred in its push to renew peace talks."
    )
    st = find(sts, "rejection of calls")
    assert st.kind == "indirect" and "push to renew peace talks" in st.text


def test_a_with_the_parser_made_a_clause_mark_still_names_the_counterpart(run, project_resolver):
    text = (
        "George Mitchell held separate talks Friday with Israeli and Palestinian leaders to try to find common ground."
    )
    st = find(run(text, resolver=project_resolver), "held separate talks")
    assert st.kind == "contact" and {"IL", "PS"} <= set(st.targets)
