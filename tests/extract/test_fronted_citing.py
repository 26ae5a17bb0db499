"""An outlet that opens its sentence with whom it cites ("Citing Foreign Minister X, Anadolu said …"):
the named source speaks, however the tagger reads "Citing" (a participle, an adjective or the first
word of a name). Sentences written for the test."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text, name, content",
    [
        (
            "Citing Foreign Minister Hakan Fidan, Anadolu said Turkey would not accept the plan.",
            "Hakan Fidan",
            "Turkey would not accept the plan",
        ),
        (
            "Citing Foreign Ministry spokesman Wang Wenbin, Xinhua said China firmly opposed the sanctions.",
            "Wang Wenbin",
            "China firmly opposed the sanctions",
        ),
        ("Citing Abe, Kyodo said Japan would lodge a protest.", "Shinzo Abe", "Japan would lodge a protest"),
    ],
)
def test_the_cited_source_speaks(run, project_resolver, text, name, content):
    (st,) = run(text, resolver=project_resolver)
    assert st.actor.name == name
    assert st.text == content
