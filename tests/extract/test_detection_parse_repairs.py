"""Statements the small model's parse hid on wire and regional copy: a participle hung on a clause
without an agent, a clause subject coordinated into the phrase before it, an apposition to what was
said left on the verb, a participle before the person met read as a verb; and a framing participle
that is no contact. Every sentence is written for the test."""

from __future__ import annotations

from tests.extract.conftest import find


def test_a_participle_after_a_subordinate_clause_acts_for_that_clauses_subject(run):
    st = find(
        run(
            "Ties between the two capitals have been tense since March, when Niger's military government "
            "suspended a defence pact with its neighbour, accusing it of \"hostile manoeuvres\" on the border."
        ),
        "accusing it of",
    )
    assert st.kind == "indirect" and st.speaker == "Niger's military government"


def test_a_clause_subject_the_parser_coordinated_into_the_phrase_before_it(run):
    out = run(
        "Mensah met Foreign Minister Kowalski twice in May, in the Polish capital Warsaw and in Accra, Ghana, and "
        "delegations from both capitals have since held three rounds of talks on visas."
    )
    st = find(out, "held three rounds of talks")
    assert st.kind == "contact" and st.speaker == "delegations from both capitals"


def test_an_apposition_left_on_the_verb_is_part_of_what_was_said(run):
    st = find(
        run(
            "A senior official, speaking anonymously, said the accord covered Arlit and Agadez, the "
            "last two contested districts in the north, where patrols would resume next month."
        ),
        "the accord covered Arlit and Agadez",
    )
    assert "the last two contested districts" in st.text


def test_a_participle_describing_the_person_met_is_no_verb_of_its_own(run):
    out = run(
        "The talks were overshadowed by news that the Malaysian envoy had met jailed opposition leader Rafael "
        "Ortiz in the capital on Sunday, the first such visit in a year."
    )
    st = find(out, "jailed opposition leader Rafael Ortiz")
    assert st.kind == "contact" and st.speaker == "the Malaysian envoy"


def test_meeting_demands_is_still_no_contact(run):
    assert not any(s.kind == "contact" for s in run("The minister met revised demands from the unions with silence."))


def test_a_framing_participle_with_a_plural_subject_is_no_contact(run):
    out = run(
        "Speaking as petitioners, island lawmakers Ana Reyes and Tom Hale rejected the claim before the committee."
    )
    assert not any(s.kind == "contact" for s in out)
    assert find(out, "rejected the claim").kind == "indirect"


def test_a_fronted_participle_with_a_counterpart_is_still_a_contact(run):
    out = run("Speaking with his Turkish counterpart on Monday, Lavrov said the talks had been useful.")
    assert find(out, "Speaking with his Turkish counterpart").kind == "contact"


def test_a_name_split_at_a_lower_case_particle_can_speak(run):
    out = run(
        "Commission President Ingrid von der Heyde and Kenyan President Paul Otieno on Friday signed a "
        "fisheries agreement in Nairobi."
    )
    st = find(out, "signed a fisheries agreement")
    assert st.kind == "contact" and "von der Heyde" in st.speaker


def test_a_lower_case_noun_between_names_is_still_no_speaker_without_the_pattern(run):
    assert run("The deal requires ratification by parliament.") == []


def test_a_past_tense_verb_read_as_a_participle_on_the_root_noun_is_the_sentences_verb(run):
    # "The … minister called Monday on …" parsed as "a minister (who was) called Monday", with no verb.
    st = find(
        run("The Freedonian foreign minister called Monday on neighbours to unite against the blockade."), "unite"
    )
    assert st.speaker == "The Freedonian foreign minister"


def test_a_noun_with_a_participle_and_no_statement_stays_silent(run):
    assert not run("A small town called Lumo on the northern coast.")


def test_called_for_someone_to_act_is_a_call(run):
    st = find(run("The Freedonian minister called for Ruritania to support the plan."), "support the plan")
    assert st.speaker == "The Freedonian minister"
    assert st.category_code == "020"


def test_pushing_for_something_is_pressing_for_it(run):
    st = find(
        run("The Freedonian trade minister pushed for a quick agreement on tariffs at the summit."), "quick agreement"
    )
    assert st.speaker == "The Freedonian trade minister"
    assert st.category_code == "020"


def test_pushing_a_crowd_is_no_statement(run):
    assert not run("The police pushed the crowd back from the gates.")


def test_unnamed_reports_leave_the_act_to_the_one_who_acted(run):
    st = find(run("According to reports, Freedonia urged Ruritania to back its plan."), "back its plan")
    assert st.speaker == "Freedonia"


def test_a_named_report_is_still_the_source(run):
    st = find(run("According to a UN report, Freedonia urged Ruritania to back its plan."), "back its plan")
    assert st.speaker == "UN"


def test_pressuring_someone_to_act_is_pressing_them(run):
    text = "Freedonian authorities have been pressuring dock workers of the port company to call off their strike."
    st = find(run(text), "call off their strike")
    assert st.speaker == "Freedonian authorities"
    assert st.category_code == "020"


def test_pressure_without_an_infinitive_is_no_statement(run):
    assert not run("The minister pressured the council into a vote.")


def test_a_clause_after_earlier_in_the_day_is_what_was_said(run):
    st = find(
        run(
            "The palace spokeswoman Amina Dallo said earlier in the day that the king was willing to receive the rebel envoys."
        ),
        "willing to receive",
    )
    assert st.speaker.endswith("Amina Dallo")


def test_a_second_that_clause_joined_to_the_verb_is_part_of_what_was_said(run):
    st = find(
        run("The envoy told reporters that the round had gone well but that a deal on the border was still far off."),
        "round had gone well",
    )
    assert "still far off" in st.text


def test_a_subject_under_neither_or_no_names_no_source(run):
    assert run("Neither side mentioned the border dispute in its account of the call.") == []
    assert run("No official confirmed the date of the vote.") == []


def test_a_quotation_after_a_speech_introduced_without_quotes_is_that_speech(run):
    text = (
        "In his closing address, Ruto spoke about the difficulties ahead for the union.\n\n"
        '"We meet at a moment of real danger for the region. Our unity has never mattered more than it does now."'
    )
    statements = run(text)
    st = find(statements, "moment of real danger")
    assert st.kind == "direct" and st.speaker == "Ruto"
    assert len(statements) == 1


def test_a_quotation_after_a_view_is_not_taken_for_a_speech(run):
    text = (
        "In her view, the minister had gone too far.\n\n"
        '"Nobody in this town believes a word of it any more, and nobody should."'
    )
    assert all("believes a word" not in s.text for s in run(text))


def test_what_a_text_says_in_a_because_clause_stays_in_the_speakers_words(run):
    text = (
        "The envoy of Chile said her country backed the draft because it asked for a truce in the valley, "
        "and welcomed talks between the two armies."
    )
    statements = run(text)
    st = find(statements, "backed the draft")
    assert "truce in the valley" in st.text and len(statements) == 1


def test_a_fronted_participle_the_parser_made_the_subject_frames_the_named_speaker(run):
    sts = run(
        "Addressing the weekly media briefing, Ministry of Trade spokesperson Ana Lopes said the government's "
        'position was "clear and consistent".'
    )
    (st,) = sts
    assert st.speaker.endswith("Ana Lopes") and st.text.startswith("the government's position")


def test_a_verb_with_its_clause_after_it_is_no_trailing_attribution(run):
    sts = run(
        "Reading the final communiqué of the summit, the President of the Commission, Ana Lopes, said the "
        "heads of state had directed the chiefs of staff to activate the standby force."
    )
    st = find(sts, "activate the standby force")
    assert "Ana Lopes" in st.speaker and not st.text.startswith("Reading")
