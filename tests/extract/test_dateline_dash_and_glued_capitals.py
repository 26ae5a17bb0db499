"""Copy from a national agency whose dateline was dropped ("– Deputy Prime Minister X reiterated …")
opens with a dash no attribution closes: narration, not a dialogue quote that would swallow the
paragraph; a real dialogue dash keeps its quote. And a full stop glued between two capitals and a
name ("… from the EU.Johnson affirmed") ends a sentence. Names are invented."""

from tests.extract.conftest import find


def test_a_dash_before_narration_opens_no_quotation(run):
    sts = run(
        "– Deputy Prime Minister and Foreign Minister Ana Lopes reiterated Sylvania’s wish to strengthen ties "
        "with Velora during her meetings in Bonn on February 17. Talking to Velorian Foreign Secretary Ivo Brandt, "
        "Lopes highlighted progress in the strategic partnership."
    )
    assert find(sts, "wish to strengthen ties").kind == "indirect"
    assert find(sts, "highlighted progress").kind == "indirect"


def test_a_dialogue_dash_still_opens_a_quotation(run):
    sts = run("Lopes said the talks were hard.\n\n– We do not know when we will meet next, – Lopes said.")
    assert find(sts, "when we will meet next").kind == "direct"


def test_a_full_stop_glued_after_capitals_ends_the_sentence(run):
    sts = run(
        "Lopes welcomed a dialogue on trade after Velora's exit from the EU.Brandt affirmed that his country "
        "will keep strengthening cooperation with Sylvania."
    )
    st = find(sts, "keep strengthening cooperation")
    assert st.speaker == "Brandt"


def test_an_unclosed_dash_after_a_colon_is_a_quotation(run):
    sts = run(
        "Foreign Minister Ana Lopes said:\n\n– The Velorians violated the treaty first, and Sylvania will respond."
    )
    assert find(sts, "violated the treaty").kind == "direct"


def test_an_unclosed_dash_in_a_paragraph_saying_we_is_a_quotation(run):
    """Someone's words ("our", "we"), not narration: Brandt is spoken of, and is no speaker."""
    sts = run(
        "Lopes said the talks were hard.\n\n– Foreign Minister Brandt rejected our proposal, and we will respond."
    )
    assert not any("Brandt" in (s.speaker or "") for s in sts)
