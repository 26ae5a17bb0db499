"""'A meeting may take place soon. This was stated by X': a passive reporting verb whose subject
("this") opens its sentence reports the sentence before it, in the wire style of outlets that write
"This was stated by"; the outlet that passes it on ("…, Ukrinform reports") is no speaker, and speaking
with a radio station is no diplomatic contact. Every sentence here is invented."""

from tests.extract.conftest import find

TEXT = (
    "A meeting between the presidents of Ruritania and Sylvania may take place in the near future.\n"
    "This was stated by the head of the Ruritanian President's Office, Ana Lopes, who spoke with Velora Radio, "
    "Rivera News reports.\n"
    '"We can hope for such a meeting," Lopes said.'
)


def test_this_was_stated_by_x_gives_x_the_sentence_before(run):
    st = find(run(TEXT), "may take place in the near future")
    assert "Ana Lopes" in st.speaker and "This was stated" not in st.text


def test_the_outlet_that_passes_it_on_and_the_radio_are_no_statements(run):
    sts = run(TEXT)
    assert not any("Rivera News" in s.speaker for s in sts)
    assert not any(s.kind == "contact" for s in sts)  # "spoke with Velora Radio": an interview


def test_a_page_label_before_it_is_no_sentence_to_report(run):
    sts = run("(Wire- Rivera) This was stated by Foreign Minister Ana Lopes during a press briefing in Velora.")
    assert not any(s.text.startswith("(Wire") or s.text == "Wire- Rivera" for s in sts)
