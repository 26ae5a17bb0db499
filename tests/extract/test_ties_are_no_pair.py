"""A standing tie the sentence names ("its relations with China") is no act of both states, so a later
"both sides" does not read its subject and object as the pair. Sentences written for the test."""

from __future__ import annotations


def test_relations_with_a_state_are_no_pair_for_both_sides(run, project_resolver):
    text = (
        "Foreign Minister Ivo Kral held talks with his Ruritanian counterpart Ana Lima in Prague on Tuesday.\n\n"
        "For her part, Lima said Ruritania attaches great importance to its relations with Czechia.\n\n"
        "Both sides agreed to enhance cooperation in trade."
    )
    last = run(text, resolver=project_resolver)[-1]
    assert last.text.startswith("agreed to enhance cooperation")
    assert last.actor.name == "Ivo Kral"  # the first party of the talks, not the state of "its relations"


def test_a_wish_to_work_with_a_state_is_no_pair_for_the_two_sides(run, project_resolver):
    text = (
        "Foreign Minister Ivo Kral on Tuesday held talks with his Ruritanian counterpart Ana Lima in Prague.\n\n"
        "Lima expressed the willingness to work with Czechia to enrich the partnership.\n\n"
        "Following the talks, the two sides issued a joint statement on trade."
    )
    last = run(text, resolver=project_resolver)[-1]
    assert last.text.startswith("issued a joint statement") or "joint statement" in last.text
    assert last.actor.name == "Ivo Kral"  # the first party of the talks, not the one who wished to work with
