"""Text as it arrives (issue 14, kind 10): hard spaces inside names. Sentences are our own."""

from tests.extract.conftest import find


def test_non_breaking_spaces_inside_a_name_keep_the_name_whole(run):
    text = "The envoy Li\u00a0Wen\u00a0Bo said the ferry service would restart in April."
    st = find(run(text), "ferry service")
    assert st.speaker is not None and st.speaker.replace("\u00a0", " ").endswith("Li Wen Bo")
    assert text[st.start : st.end] == st.text  # offsets still index the text as given
