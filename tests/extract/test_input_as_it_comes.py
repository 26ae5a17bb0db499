"""Text as it arrives (issue 14, kind 10): hard spaces inside names. Sentences are our own."""

from tests.extract.conftest import find


def test_non_breaking_spaces_inside_a_name_keep_the_name_whole(run):
    text = "The envoy Li\u00a0Wen\u00a0Bo said the ferry service would restart in April."
    st = find(run(text), "ferry service")
    assert st.speaker is not None and st.speaker.replace("\u00a0", " ").endswith("Li Wen Bo")
    assert text[st.start : st.end] == st.text  # offsets still index the text as given


def test_html_entity_marks_are_quotation_marks_and_the_text_stays_the_articles(run):
    text = "The mayor Ivo Brandt said: &ldquo;Our bridge will be rebuilt before the winter comes.&rdquo;"
    st = find(run(text), "bridge will be rebuilt")
    assert st.kind == "direct" and st.text == "Our bridge will be rebuilt before the winter comes."
    assert text[st.start : st.end] == st.text


def test_doubled_apostrophes_are_quotation_marks(run):
    text = "''We have nothing to hide from the auditors,'' the finance minister Rosa Lind said."
    st = find(run(text), "nothing to hide")
    assert st.kind == "direct" and st.text == "We have nothing to hide from the auditors"


def test_typewriter_quotes_are_quotation_marks(run):
    text = "The envoy Tomas Riegel said the rebels ``must leave the capital before the rains begin.''"
    st = find(run(text), "leave the capital")
    assert st.kind == "direct" and st.text.startswith("must leave the capital")


def test_a_caption_inside_a_one_paragraph_article_blanks_only_itself(run):
    text = (
        "The minister Omar Haddad said the border would reopen on Monday. Photo: AP. "
        "“We are ready for a lasting deal,” the envoy Karl Berg added."
    )
    sts = run(text)
    assert find(sts, "border would reopen").kind == "indirect"
    assert find(sts, "lasting deal").kind == "direct"


def test_a_vox_pop_bar_names_the_speaker(run):
    text = "“Nobody asked the villages what we think about the border.” ― Ivan Petrov, a farmer near the river."
    st = find(run(text), "Nobody asked")
    assert st.kind == "direct" and st.speaker == "Ivan Petrov"
