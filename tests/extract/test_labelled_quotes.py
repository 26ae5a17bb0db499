"""'Quote: "…"' opening a paragraph (a house style of some outlets) is a statement of its own by the
speaker reported just before it; a label of another kind hands nothing on. Every sentence here is
invented."""

from tests.extract.conftest import find


def test_a_labelled_quote_is_the_last_speakers_own_statement(run):
    sts = run(
        "Ana Lima, spokesperson for the ministry, said the talks would resume in May.\n\n"
        'Quote: "We will not accept a deal that leaves our fishermen without their waters. The quota '
        'must be fair for every fleet."'
    )
    st = find(sts, "leaves our fishermen")
    assert st.kind == "direct" and "Ana Lima" in st.speaker
    assert find(sts, "talks would resume").start < st.start


def test_another_label_hands_no_quote_on(run):
    sts = run(
        "Ana Lima, spokesperson for the ministry, said the talks would resume in May.\n\n"
        'Background: "We will not accept a deal that leaves our fishermen without their waters," read a '
        "banner at the port."
    )
    assert not [s for s in sts if "leaves our fishermen" in s.text and s.speaker and "Lima" in s.speaker]
