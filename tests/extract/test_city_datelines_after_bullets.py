"""A city's dateline before a colon in one of the first paragraphs, after summary bullets or a
caption ("• … ¶ DUBAI: Saudi Arabia's Foreign Minister X said …"), is no speaker; a transcript's
label in capitals ("MR PRICE:") stays one. Sentences written for the test."""

from __future__ import annotations

from tests.extract.conftest import find

ARTICLE = (
    "A photo of the ministers at the virtual session of the League on Wednesday. (File/AFP)\n"
    "  • The minister has emphasized the kingdom's support for a political solution\n"
    "  • Another minister said the talks would go on\n"
    "DUBAI: Ruritania's Foreign Minister Ivan Petrov said the region is facing serious threats from the militias."
)


def test_the_city_is_no_speaker(run):
    st = find(run(ARTICLE), "serious threats")
    assert "DUBAI" not in st.speaker
    assert st.speaker.endswith("Ivan Petrov")


def test_the_city_is_masked_before_parsing(lex):
    from app.pipeline.extract.extractor import masked_text
    from app.pipeline.extract.segments import split_paragraphs

    masked = masked_text(ARTICLE, split_paragraphs(ARTICLE, lex), lex)
    assert "DUBAI" not in masked and "Ruritania's Foreign Minister" in masked


def test_a_label_is_not_masked(lex):
    from app.pipeline.extract.extractor import masked_text
    from app.pipeline.extract.segments import split_paragraphs

    text = (
        "Press briefing\n\nQUESTION: What about the talks?\n\nMR PETROV: We have been clear that the talks must resume."
    )
    assert "MR PETROV" in masked_text(text, split_paragraphs(text, lex), lex)


def test_a_word_that_is_no_city_stays_a_label(run):
    text = (
        "Press briefing\n\nQUESTION: What about the talks?\n\n"
        "MR PETROV: We have been clear that the talks must resume soon.\n\n"
        "QUESTION: Anything else?\n\nMR PETROV: No, that is all for today, thank you all very much."
    )
    st = find(run(text), "talks must resume")
    assert st.speaker == "MR PETROV"


def test_a_mention_never_ends_with_a_dangling_and(run):
    # with the dateline masked the parser hangs the second party on the verb, leaving "and" on the first
    text = (
        "           Minister for Foreign Affairs Dr Vivian Balakrishnan and US Secretary of State Antony "
        "Blinken spoke via telephone on Wednesday (Feb 10), in which they discussed regional developments."
    )
    st = find(run(text), "spoke via telephone")
    assert not st.speaker.endswith(" and")


def test_a_title_case_city_before_a_colon_opening_the_article_is_masked(run):
    """ "Amman: Deputy Prime Minister X received, on Friday, a phone call from Y": the parser made the city
    the sentence's root and the call its apposition; masked, the call is X's contact with Y."""
    text = (
        "Amman: Foreign Minister Ivan Petrov received, on Friday, a phone call from his Borduria counterpart "
        "Tom Reis, during which the two ministers discussed the border."
    )
    st = find(run(text), "a phone call from")
    assert st.kind == "contact" and "Amman" not in st.text


def test_a_speakers_label_before_a_colon_stays_one(lex):
    from app.pipeline.extract.segments import city_dateline_length

    assert city_dateline_length("Spokeswoman Jane Roe: Good morning.", lex, opening=True) == 0
    assert city_dateline_length("Amman: Deputy Prime Minister Ivan Petrov said", lex, opening=True) == 7
    assert city_dateline_length("Amman: Deputy Prime Minister Ivan Petrov said", lex) == 0  # not the opening


def test_an_opening_dateline_with_its_region_and_a_glued_agency_is_masked(lex):
    """ "Anchorage, Alaska (CNN)Secretary of State X …": the place, its region and the agency glued to the
    first word open the article; "Ana Lima, the minister – who …" is no dateline."""
    from app.pipeline.extract.segments import dateline_length

    assert dateline_length("Anchorage, Alaska (CNN)Secretary of State Ana Lima said", lex, opening=True) == 23
    assert dateline_length("Addis Ababa, Ethiopia – The African Union said", lex, opening=True) == 24
    assert dateline_length("Ana Lima, the minister – who spoke – said", lex, opening=True) == 0


def test_a_long_byline_is_furniture_and_the_dateline_after_it_opens_the_article(lex):
    from app.pipeline.extract.segments import split_paragraphs

    text = (
        "By Ana Lima, Tom Reis and Ivan Petrov, CNN\n\nBy the end of the day the ministers had agreed, officials "
        "said\n\nThe minister said the talks failed."
    )
    assert [p.furniture for p in split_paragraphs(text, lex)] == [True, False, False]
