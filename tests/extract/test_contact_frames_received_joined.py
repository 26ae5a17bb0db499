"""Contacts told in frames the detector did not read: a passive reception or hosting ("the envoy was
received by the king": the envoy's contact with the king), a call or meeting joined ("joined a video call
with X"), being in contact with a named party. A thing received or an event hosted is no party, and an
audience joined is no contact. Every sentence is written for the test."""

from __future__ import annotations

import pytest

from tests.extract.conftest import find


@pytest.mark.parametrize(
    ("text", "speaker", "fragment"),
    [
        (
            "On Friday the Danish foreign minister was received by King Abdullah in Amman.",
            "the Danish foreign minister",
            "was received by King Abdullah",
        ),
        (
            "The Ghanaian delegation was hosted by President Tinubu at the villa.",
            "The Ghanaian delegation",
            "hosted by",
        ),
        (
            "Prime Minister Carney joined a video call with the leaders of the Nordic states.",
            "Prime Minister Carney",
            "joined a video call with the leaders",
        ),
        (
            "The Egyptian foreign minister has been in close contact with his Qatari counterpart.",
            "The Egyptian foreign minister",
            "contact with his Qatari counterpart",
        ),
    ],
)
def test_a_reception_a_joined_call_or_a_standing_contact_is_a_contact(run, text, speaker, fragment):
    st = find(run(text), fragment)
    assert st.kind == "contact" and st.speaker == speaker


@pytest.mark.parametrize(
    "text",
    [
        "The letter was received by President Tinubu on Monday.",
        "The award was received by the Danish foreign minister.",
        "The summit was hosted by President Tinubu in the capital.",
        "Prime Minister Carney joined the marchers on Sunday.",
        "The Egyptian foreign minister will stay in contact with his Qatari counterpart.",
    ],
)
def test_a_thing_received_an_event_hosted_or_a_planned_contact_is_none(run, text):
    assert [s for s in run(text) if s.kind == "contact"] == []
