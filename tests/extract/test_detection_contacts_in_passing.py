"""Contacts told in passing (December 2026 detection round): talks named by their two parties
("Kenyan-Somali talks"), signatures put to a treaty, a joint declaration signed together, a
handshake, capitalised consultations between two states, and the words of the person met.
Sentences are our own."""

from tests.extract.conftest import find


def contacts(statements):
    return [s for s in statements if s.kind == "contact"]


def test_a_contact_noun_naming_its_two_parties_with_a_hyphen(run):
    st = find(run("Oman hosted three rounds of Kenyan-Somali border talks in Muscat last year."), "border talks")
    assert st.kind == "contact" and st.actor.name == "Oman"
    st = find(
        run("Minister Ada Kerr held the fifth round of the India-Japan Strategic Dialogue in Tokyo."),
        "Strategic Dialogue",
    )
    assert st.kind == "contact"


def test_a_hyphenated_word_that_names_no_two_parties_is_no_contact(run):
    assert contacts(run("The minister held a long-overdue meeting on the budget.")) == []
    assert contacts(run("She held a closed-door briefing for the press.")) == []


def test_the_relative_clause_of_the_person_met_is_their_own_statement(run):
    text = (
        "During a stop in Rome, Berg also met President Sergio Conti, who said Italy is ready to deepen its dialogue."
    )
    out = run(text)
    contact = find(out, "Berg also met")
    assert contact.kind == "contact" and "ready to deepen" not in contact.text
    said = find(out, "Italy is ready to deepen")
    assert said.kind == "indirect" and said.actor.name != "Berg"


def test_putting_signatures_to_a_treaty_is_a_signing(run):
    text = "When President Ana Berg and Premier Ivo Kral put their signatures to a treaty on the border in Oslo, it was a first."
    (st,) = contacts(run(text))
    assert st.actor.name.startswith("Ana Berg") and "signatures to a treaty" in st.text


def test_signing_a_joint_declaration_together_is_a_contact(run):
    text = "On May 3, President Ana Berg and Premier Ivo Kral signed a joint declaration in Geneva before the press."
    (st,) = contacts(run(text))
    assert "joint declaration" in st.text


def test_a_joint_declaration_whose_content_is_told_is_reported_for_what_it_says(run):
    text = "The leaders of Ruritania and Freedonia signed a joint declaration in Paris committing to end the feud over land."
    out = run(text)
    assert contacts(out) == []
    assert find(out, "committing to end the feud").kind == "indirect"


def test_a_declaration_signed_alone_is_no_contact(run):
    assert contacts(run("The president signed a declaration of emergency on Monday.")) == []


def test_shaking_hands_is_a_contact(run):
    (st,) = contacts(run("Minister Ivo Lanz and his Peruvian counterpart Mara Soto shook hands in Lima on Monday."))
    assert st.actor.name.startswith("Ivo Lanz")


def test_a_capitalised_contact_noun_between_two_parties(run):
    text = "The matters came up at the Annual Policy Consultations between the two countries held at a lodge near the capital."
    (st,) = contacts(run(text))
    assert "Consultations between the two countries" in st.text


def test_two_subjects_split_by_a_possessive_hold_talks_together(run):
    text = "Prime Minister Ola Dahl and Peru’s acting Prime Minister Ana Ruiz held talks for three hours at the palace."
    (st,) = contacts(run(text))
    assert st.text.startswith("Prime Minister Ola Dahl") and "held talks" in st.text


def test_informing_a_counterpart_in_a_phone_call_is_a_contact(run):
    text = "Berg informed Peruvian Prime Minister Ivo Kral about the deal during a phone call, her office said."
    (st,) = run(text)
    assert st.kind == "contact" and st.text.startswith("Berg informed") and st.actor.name == "Berg"


def test_telling_in_a_call_what_was_said_stays_reported_speech(run):
    (st,) = run("The minister told his Chilean counterpart in a phone call that the talks had failed.")
    assert st.kind == "indirect" and st.text == "that the talks had failed"
    assert contacts(run("The minister told reporters about the plan in a meeting on Monday.")) == []


def test_talks_after_which_a_participle_hung_on_the_speaker_spoke_are_the_speakers_contact(run):
    text = (
        "Kenya's president said earlier that the border would stay open, but that the checks would be tightened "
        "at every crossing.\n\n"
        "Ruto, speaking in Kampala after talks with Ugandan President Yoweri Museveni, said the rail line "
        "would be finished by next year and would carry goods from the coast to the lakes."
    )
    st = find(run(text), "talks with Ugandan President")
    assert st.kind == "contact" and st.speaker == "Ruto"


def test_speaking_to_local_media_or_to_a_wire_agency_is_no_contact(run):
    text = (
        "Kenya's foreign minister, speaking to Kenyan media on Monday, said the border would reopen. "
        "A senior Ugandan official, speaking to Reuters by telephone, said the trucks were moving again."
    )
    assert all(s.kind != "contact" for s in run(text))


def test_an_outlet_interviewing_a_minister_is_no_contact(make_extractor, project_resolver):
    import datetime as dt

    from app.pipeline.types import ArticleInput

    text = "Reuters spoke to the Kenyan foreign minister in Nairobi on Tuesday about the border."
    out = make_extractor(project_resolver).extract(ArticleInput(text=text, published=dt.date(2025, 3, 4)))
    assert all(s.kind != "contact" for s in out)
