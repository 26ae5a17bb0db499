"""A photo caption that places people in the picture ("X (right) speaks with Y in …", "Y (L) with X
(R)") is page furniture, no contact; prose that only mentions a side, or a senator's party letter,
stays. Every sentence here is invented."""

import pytest


def test_a_caption_placing_people_is_no_contact(run):
    sts = run(
        "Peruvian Deputy Foreign Minister Ana Lima (right) speaks with Chilean Ambassador Tom Reis in Lima "
        "on May 3, 2024.\n\nThe ministry said on Monday that the border talks would resume in June."
    )
    assert [s.text for s in sts if "speaks with" in s.text] == []
    assert any("border talks would resume" in s.text for s in sts)


def test_a_caption_with_letters_for_places_is_no_contact(run):
    sts = run("Ana Lima (L) meets Tom Reis (R) in Lima on May 3, 2024.\n\nThe ministry said the talks would go on.")
    assert [s.text for s in sts if "meets Tom Reis" in s.text] == []


def test_one_party_letter_is_no_caption(run):
    sts = run("Senator Ana Lima (R) said on Monday that the trade deal would be blocked in the Senate.")
    assert any("trade deal would be blocked" in s.text for s in sts)


@pytest.mark.parametrize(
    "caption",
    [
        "Ruritanian Foreign Minister Ana Lopes meets with Sylvanian Foreign Minister Ivo Brandt in Velora, Dec. 5, "
        "2024. (Rivera News/Jan Kowal)",
        "Foreign Minister Ana Lopes speaks during a press conference with her Sylvanian counterpart in Velora on "
        "Monday (RNA photo)",
        "Lopes besides meeting with Ivo Brandt, confirmed the bilateral agenda in talks with Jan Kowal (Pic RNA)",
    ],
)
def test_a_line_ending_with_a_photo_credit_in_brackets_is_a_caption(run, caption):
    text = caption + "\n\nForeign Minister Ana Lopes said on Thursday that Ruritania would keep its neutral stance."
    (st,) = run(text)
    assert "neutral stance" in st.text


def test_a_long_line_ending_with_a_credit_is_judged_by_its_sentences(run):
    body = " ".join(["The talks went on for hours and touched on trade, energy and the border."] * 4)
    text = body + " Ana Lopes said the talks had failed. (Rivera News/Jan Kowal)"
    assert any("talks had failed" in s.text for s in run(text))


def test_an_image_tags_residue_with_its_caption_is_furniture(run):
    text = (
        'Ruritanian President <a href=Ana Lopes (R) shakes hands with Sylvanian Foreign Minister Ivo Brandt in Velora. '
        '" src="http://www.example.com/a.jpeg">\n\n'
        "President Ana Lopes on Saturday met with visiting Sylvanian Foreign Minister Ivo Brandt to discuss ties."
    )
    (st,) = run(text)
    assert st.kind == "contact" and st.text.startswith("President Ana Lopes on Saturday met with visiting")


@pytest.mark.parametrize(
    "credit",
    ["Photo: Velora Radio / Ana Reis", "Velora Times photo by Ana Reis", "REUTERS/Ana Reis"],
)
def test_a_caption_closed_by_a_credit_without_brackets_is_furniture(run, credit):
    sts = run(
        "Ruritanian Prime Minister Ana Lopes shakes hands with Sylvanian Foreign Minister Ivo Brandt ahead of "
        f"their bilateral meeting in Velora on 15 December, 2023. {credit}\n\n"
        "The ministry said on Monday that the border talks would resume in June."
    )
    assert [s.text for s in sts if "shakes hands" in s.text] == []
    assert any("border talks would resume" in s.text for s in sts)


def test_prose_that_mentions_a_photo_by_someone_stays(run):
    sts = run("The minister said the talks were useful. He added that a photo by the agency had been faked.")
    assert any("talks were useful" in s.text for s in sts)


def test_a_paragraph_above_a_credit_split_over_lines_is_a_caption(run):
    sts = run(
        "President Ana Lopes speaks in her office Saturday. She said plans for a summit are moving along nicely.\n"
        "Ivo Brandt\n/\nAFP/Getty Images\n\n"
        "The ministry said on Monday that the border talks would resume in June."
    )
    assert [s.text for s in sts if "moving along" in s.text] == []
    assert any("border talks would resume" in s.text for s in sts)


@pytest.mark.parametrize(
    "caption",
    [
        "File- Ruritania's leader Ana Lopes received President Ivo Brandt in Velora- Screenshot",
        "File photo: Ruritania's leader Ana Lopes received President Ivo Brandt in Velora",
        "Ruritania's leader Ana Lopes received President Ivo Brandt in Velora - File photo",
    ],
)
def test_a_file_pictures_caption_is_furniture(run, caption):
    sts = run(f"{caption}\n\nThe ministry said on Monday that the border talks would resume in June.")
    assert [s.text for s in sts if "received" in s.text] == []
    assert any("border talks would resume" in s.text for s in sts)
