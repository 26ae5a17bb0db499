"""Forms read off agency copy from the Gulf, Latin America and China: a "City, Country:" dateline, "His
Excellency" after "HE X", a capitalised bare title ("The Minister Responsible for Foreign Affairs"), a
long title naming one post, "the head of state", "Via Twitter, the agency stated", "the government
agency", and a caption closed by the picture's date. Names are invented unless the registry must know
the holder of a post by date."""

import datetime as dt

import pytest

from tests.extract.conftest import find

DAY = dt.date(2025, 6, 25)


@pytest.fixture
def real(run, project_resolver):
    return lambda text, day=DAY: run(text, published=day, resolver=project_resolver)


CALL = (
    "Doha, Qatar: Prime Minister and Minister of Foreign Affairs HE Sheikh Khalid bin Rashid Al Tamimi received "
    "a phone call from HE Dr. Ivo Brandt, Minister of Foreign Affairs of Sylvania.\n"
    "During the call, the Sylvanian Foreign Minister indicated that the strikes were aimed at military sites.\n"
    "For his part, His Excellency the Prime Minister and Minister of Foreign Affairs categorically rejected these "
    "claims, emphasizing that the strikes targeted civilians.\n"
    "His Excellency stressed that these practices reflect nothing but an escalatory approach."
)


def test_a_city_and_country_before_a_colon_is_a_dateline_not_a_speaker(run):
    st = find(run(CALL), "received a phone call")
    assert st.speaker.startswith("Prime Minister and Minister of Foreign Affairs")


def test_a_long_title_is_the_one_introduced_under_it_not_the_last_minister(real):
    st = find(real(CALL), "rejected these claims")
    assert st.actor.name == "Khalid bin Rashid Al Tamimi"


def test_his_excellency_is_the_one_introduced_as_he(real):
    st = find(real(CALL), "escalatory approach")
    assert st.actor.name == "Khalid bin Rashid Al Tamimi"


def test_a_capitalised_bare_title_refers_back(run):
    sts = run(
        "Muscat: Tomas bin Ali Reis, the Minister Responsible for Foreign Affairs, received a phone call from "
        "Sylvanian Foreign Minister Ivo Brandt.\n\n"
        "The Minister Responsible for Foreign Affairs affirmed that the role of Sylvania is important."
    )
    assert find(sts, "role of Sylvania").actor.name == "Tomas bin Ali Reis"


def test_the_head_of_state_is_the_home_state_s_on_the_day(real):
    sts = real(
        "HAVANA, September 8 (RHC)-- The visit was the first in years.\n\n"
        "The head of state added that it is a priority to strengthen relations between Cuba and CARICOM.",
        dt.date(2022, 9, 8),
    )
    assert find(sts, "priority to strengthen").actor.name == "Miguel Díaz-Canel"


def test_via_a_platform_is_no_speaker_and_the_government_agency_is_the_body_that_spoke(real):
    sts = real(
        "LIMA, Jan. 23 (Andina) -- The Peruvian Ministry of Foreign Affairs on Monday handed a note to the Colombian Embassy, in "
        "which it conveys an energetic protest.\n\n"
        "Via Twitter, the government agency stated that the conduct of the leader is not consistent with the "
        "rules of International Law."
    )
    assert find(sts, "not consistent with").actor.name == "Ministry of Foreign Affairs of Peru"


def test_a_caption_closed_by_the_picture_s_date_is_furniture(run):
    sts = run(
        "The talks were held on Monday.\n\n"
        "Foreign Minister Ana Lopes holds talks with U.S. Ambassador Ivo Brandt in Velora, October 28, 2022.\n\n"
        "Lopes said both countries should respect each other."
    )
    assert not any("holds talks" in s.text for s in sts)
    assert find(sts, "respect each other")


def test_a_place_after_a_dangling_preposition_is_no_part_of_the_name(nlp, lex):
    """The parse the small model gives "on 19 August in Velora Ivo Brandt said …" in some sentences:
    "in" left without its object, the place compounded onto the name (built here as the model gives it)."""
    from spacy.tokens import Doc

    from app.pipeline.extract.mentions import mention_from

    words = ["on", "19", "August", "in", "Velora", "Ivo", "Brandt", "said", "it", "."]
    heads = [7, 2, 0, 2, 6, 6, 7, 7, 7, 7]
    deps = ["prep", "nummod", "pobj", "prep", "compound", "compound", "nsubj", "ROOT", "dobj", "punct"]
    pos = ["ADP", "NUM", "PROPN", "ADP", "PROPN", "PROPN", "PROPN", "VERB", "PRON", "PUNCT"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos)
    assert mention_from(doc[6], lex).text == "Ivo Brandt"


def test_an_acronym_read_as_a_plural_noun_can_speak(run):
    sts = run(
        "The talks were held on Monday.\n\n"
        "“All open issues will be addressed through the facilitated dialogue”, EEAS stated."
    )
    assert find(sts, "All open issues").speaker == "EEAS"


def test_an_agency_dateline_closed_by_a_colon_and_the_two_ministers(run):
    sts = run(
        "ISLAMABAD, Dec 18 (APP): Foreign Minister Tomas Reis here on Saturday met Foreign Minister of Sylvania "
        "Ivo Brandt and discussed the bilateral ties.\n\n"
        "The two Foreign Ministers expressed satisfaction at the excellent bilateral relations."
    )
    assert not any(s.speaker.startswith("ISLAMABAD") for s in sts)
    assert "Tomas Reis" in find(sts, "expressed satisfaction").speaker


@pytest.mark.parametrize(
    "caption",
    [
        "Prince Khalid and the envoy meet in Riyadh. (SPA)",
        "President Ana Lima chairs the virtual summit on the crisis in the north. [PCS]",
    ],
)
def test_a_present_tense_caption_with_a_bare_agency_credit_is_no_statement(run, caption):
    text = caption + "\n\nThe ministry said on Monday that the talks would resume next week."
    sts = run(text)
    assert [s.text for s in sts] == ["that the talks would resume next week"]


def test_a_present_tense_summary_line_without_a_credit_stays(run):
    sts = run("Foreign ministers Ana Lima and Piet Berg hold first face-to-face talks\n\nThe talks lasted an hour.")
    assert any("face-to-face talks" in s.text for s in sts)


def test_a_newsletter_consent_line_is_furniture(run):
    text = (
        "The two officials met in Ottawa on Monday.\n\nBy providing your email address, you have read and agree to "
        "the Daily's Terms and Conditions and Privacy Policy.\n\nThe ministry said the talks would resume."
    )
    assert not any("email address" in s.text for s in run(text))
