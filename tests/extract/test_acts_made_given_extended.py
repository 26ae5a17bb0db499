"""Acts told with a light verb and the act's noun: "made a formal request", "made an offer", "gave assurances",
"extended an invitation" or condolences; the irregular forms (made, gave, given) reach the pre-parse filter.
Other objects of the same verbs ("made a mistake", "made a profit", "gave a lecture") are no statement.
Every sentence is written for the test."""

from __future__ import annotations

import pytest

from tests.extract.conftest import find


@pytest.mark.parametrize(
    ("text", "speaker", "fragment", "code"),
    [
        (
            "Austria made a formal request for the extradition of the banker.",
            "Austria",
            "made a formal request for the extradition",
            "020",
        ),
        ("Belgium made an offer of talks to the strikers' union.", "Belgium", "made an offer of talks", "030"),
        (
            "Greece gave a formal assurance that the patrol boats would stay in port.",
            "Greece",
            "gave a formal assurance that",
            "030",
        ),
        (
            "Iceland extended an invitation to the Faroese premier.",
            "Iceland",
            "extended an invitation to the Faroese premier",
            "020",
        ),
    ],
)
def test_an_act_named_by_the_object_of_a_light_verb_is_a_statement(run, text, speaker, fragment, code):
    st = find(run(text), fragment)
    assert st.kind == "indirect" and st.speaker == speaker and st.category_code == code


@pytest.mark.parametrize(
    "text",
    ["Austria made a costly mistake.", "The firm made a profit last year.", "The professor gave a lecture on Monday."],
)
def test_other_objects_of_the_light_verbs_are_no_statement(run, text):
    assert run(text) == []
