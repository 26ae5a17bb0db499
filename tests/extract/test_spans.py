"""Spans a reader can quote (issue 14, kind 9): a direct quote's text is exactly the quoted
words, a paraphrase keeps the article's own marks, a minus sign stays. Sentences are our own."""

from tests.extract.conftest import find

_MARKS = "“”\"«»„"


def test_quote_split_by_its_attribution_is_the_first_stretch_only(run):
    text = (
        "“The harbour will stay open to every ship,” the port authority chief Maria Lund said. “We expect no delays.”"
    )
    sts = [s for s in run(text) if s.kind == "direct"]
    assert len(sts) == 1
    assert sts[0].text == "The harbour will stay open to every ship"
    assert text[sts[0].start : sts[0].end] == sts[0].text


def test_quote_interrupted_mid_sentence_never_holds_the_attribution(run):
    text = '"Our fleet is ready for the exercise," Admiral Tomas Riegel said on Monday, "and the allies know it."'
    st = find(run(text), "Our fleet is ready")
    assert st.kind == "direct" and not any(m in st.text for m in _MARKS) and "Riegel" not in st.text


def test_direct_quote_after_a_paraphrase_lead_is_the_quoted_words(run):
    text = (
        "The envoy Paolo Ricci said the mediators “will keep working until every hostage is home, whatever it takes.”"
    )
    st = find(run(text), "every hostage")
    assert st.kind == "direct"
    assert st.text == "will keep working until every hostage is home, whatever it takes."


def test_direct_quote_stops_at_its_closing_mark(run):
    text = "“We intercepted the drones over the sea,” the army spokesman Ivo Brandt wrote on Telegram."
    st = find(run(text), "intercepted")
    assert st.text == "We intercepted the drones over the sea"


def test_paraphrase_quoting_two_phrases_is_indirect_and_keeps_the_marks(run):
    text = (
        "The minister Lena Hoff dismissed as “pure invention” reports that her army was planning "
        "“a spring offensive in the north”."
    )
    st = find(run(text), "pure invention")
    assert st.kind == "indirect"
    assert st.text.count("“") == st.text.count("”")


def test_short_quoted_phrase_in_a_paraphrase_keeps_its_closing_mark(run):
    st = find(
        run("The foreign minister Jonas Vik called the new tariffs “economic blackmail” on Tuesday."), "blackmail"
    )
    assert st.kind == "indirect" and "“economic blackmail”" in st.text


def test_minus_sign_of_a_number_stays_at_the_start_of_a_statement(run):
    st = find(run("The weather service said –12 degrees would be the coldest night of the decade."), "12 degrees")
    assert st.text.startswith("–12 degrees")


def test_minus_sign_stays_inside_a_direct_quote(run):
    st = find(run("“–8 degrees is what the troops face tonight,” the defence minister Aino Salo said."), "degrees")
    assert st.text.startswith("–8 degrees")


def test_dash_quote_followed_by_a_long_participle_keeps_its_paragraph(run):
    text = (
        "– We will never sign such a text – said Deputy Foreign Minister Olav Strand of Norway, referring to "
        "the fisheries clause that the union wrote into the draft agreement last week in Brussels."
    )
    st = find(run(text), "never sign")
    assert st.kind == "direct" and st.text == "We will never sign such a text"
    assert st.speaker and "Strand" in st.speaker
