"""A photo caption that places people in the picture ("X (right) speaks with Y in …", "Y (L) with X
(R)") is page furniture, no contact; prose that only mentions a side, or a senator's party letter,
stays. Every sentence here is invented."""


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
