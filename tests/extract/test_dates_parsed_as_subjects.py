"""A date the parser made a second subject ("The Minister X, on Tuesday, 16th September 2025,
received …") says when, not who: the speaker is the other subject. Sentences written for the test."""

from __future__ import annotations

from tests.extract.conftest import find


def test_a_date_is_no_speaker(run):
    text = (
        "The Minister for the Interior, Mr Kwame Mensah Owusu (MP), on Tuesday, 16th September 2025, "
        "received Letters of Credence from five new ambassadors."
    )
    st = find(run(text), "received Letters of Credence")
    assert "Owusu" in st.speaker and "September" not in st.speaker
