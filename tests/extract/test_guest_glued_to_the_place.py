""" "X received at Dasman Palace Prince Y": the parser glues the place onto the guest's name as one
object of "at"; the host received the guest all the same (a contact). Sentence written for the test."""

from __future__ import annotations


def test_a_guest_glued_to_the_place_is_received(run, project_resolver):
    text = (
        "Earlier on Monday, His Highness the Amir Sheikh Sabah Al-Ahmad Al-Jaber Al-Sabah received at Dasman "
        "Palace Prince Khaled bin Faisal bin Abdulaziz Al-Saud and his accompanying delegation."
    )
    (st,) = run(text, resolver=project_resolver)
    assert st.kind == "contact" and st.actor.country == "KW"
