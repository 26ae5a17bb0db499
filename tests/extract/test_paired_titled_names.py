"""Two titled people as one subject ("Foreign Minister A and South Korean Foreign Minister B
reaffirmed …"), which the parser reads as B alone with A as a modifier of B's title: the first
named speaks for both, and "the two ministers" later are that pair. Sentences written for the test."""

from __future__ import annotations


def test_two_titled_names_are_a_pair_for_the_two_ministers(run, project_resolver):
    text = (
        "Foreign Minister Takeshi Iwaya and South Korean Foreign Minister Park Jin reaffirmed the importance "
        "of bilateral ties in phone talks on Wednesday.\n\n"
        "The two ministers agreed to maintain close communication."
    )
    first, second = run(text, resolver=project_resolver)
    assert first.actor.name == "Takeshi Iwaya"
    assert second.text.startswith("agreed to maintain") and second.actor.name == "Takeshi Iwaya"
