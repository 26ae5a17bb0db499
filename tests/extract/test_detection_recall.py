"""Statements the extractor used to miss on unseen news: a that-clause the parser hung on a noun,
new cue verbs and frames, contacts in forms not known before. Every sentence is written for the test."""

from __future__ import annotations

import pytest

from app.pipeline.types import ArticleInput
from tests.extract.conftest import find


@pytest.mark.parametrize(
    ("text", "speaker", "fragment"),
    [
        (
            "The premier told a parliamentary committee on foreign affairs that the country had no evidence of "
            "outside interference in the vote.",
            "The premier",
            "had no evidence of outside interference",
        ),
        (
            "A foreign ministry spokeswoman said in reply to a question from a local broadcaster that the embassy "
            "would stay open through the holidays.",
            "A foreign ministry spokeswoman",
            "the embassy would stay open",
        ),
        (
            "Spokesman Arif Demir said the same evening that Ankara was ready to mediate between the two sides.",
            "Spokesman Arif Demir",
            "Ankara was ready to mediate",
        ),
        (
            "The envoy told him through a translator that his government welcomed the aid.",
            "The envoy",
            "his government welcomed",
        ),
        (
            "Okafor told journalists after the ceremony that the accord settled the issues raised by the court and "
            "that flights would resume.",
            "Okafor",
            "the accord settled the issues",
        ),
    ],
)
def test_a_that_clause_hung_on_the_last_noun_is_what_was_said(run, text, speaker, fragment):
    st = find(run(text), fragment)
    assert st.kind == "indirect" and st.speaker == speaker


def test_a_clause_giving_a_nouns_content_stays_with_the_noun(run):
    st = find(run("The minister told reporters about claims that the army had shelled the town."), "shelled")
    assert "claims" in st.text


def test_receiving_a_document_is_no_contact_and_leaves_the_statement_whole(run):
    out = run(
        "Delegation head Maria Lenko said her team had received the draft memorandum and would take a few days to "
        "examine it, adding that a further meeting was possible."
    )
    assert not any(s.kind == "contact" for s in out)
    st = find(out, "received the draft memorandum")
    assert st.speaker == "Delegation head Maria Lenko"


@pytest.mark.parametrize(
    ("text", "speaker", "fragment"),
    [
        ("Manila pressed Beijing to halt the blockade of the shoal at once.", "Manila", "halt the blockade"),
        (
            "The opposition party pressed for an independent inquiry into the shooting.",
            "The opposition party",
            "inquiry",
        ),
        (
            "The foreign minister further sought the prompt release of the two detained aid workers.",
            "The foreign minister",
            "prompt release of the two detained aid workers",
        ),
        ("Pyongyang, meanwhile, lashed out at the joint naval exercise near its waters.", "Pyongyang", "joint naval"),
        ("The ruling party hit out at the court's decision on Friday.", "The ruling party", "court's decision"),
        (
            "The regional summit directed the army commanders to hold a meeting within a week.",
            "The regional summit",
            "army commanders to hold a meeting",
        ),
        (
            "The president instructed the foreign ministry to summon the ambassador.",
            "The president",
            "summon the ambassador",
        ),
        (
            "The European Union on Tuesday adopted a 17th package of sanctions against Moscow.",
            "The European Union",
            "package of sanctions",
        ),
        (
            "In a statement carried by the state news agency, a spokesman for the defence ministry called the "
            "manoeuvres a rehearsal for invasion.",
            "a spokesman for the defence ministry",
            "rehearsal for invasion",
        ),
    ],
)
def test_new_cue_verbs_and_frames(run, text, speaker, fragment):
    st = find(run(text), fragment)
    assert st.kind == "indirect" and st.speaker == speaker


@pytest.mark.parametrize(
    "text",
    [
        "The army pressed ahead with its offensive in the east.",
        "The documentary was directed by a young filmmaker from the capital.",
        "The parliament adopted a law on school meals on Tuesday.",
        "The bloc sought a quick handover to an elected government.",
        "The rebels hit back with a wave of drone strikes overnight.",
    ],
)
def test_narration_with_the_same_verbs_is_no_statement(run, text):
    assert run(text) == []


@pytest.mark.parametrize(
    ("text", "speaker", "fragment"),
    [
        (
            "The ceasefire was announced after nine hours of talks between Sudanese and Saudi delegations in Jeddah.",
            "Sudanese and Saudi delegations",
            "talks between Sudanese and Saudi delegations",
        ),
        (
            "She was referring to last month's talks between Foreign Minister Ana Lopes and her counterpart Ivo Brandt "
            "in Geneva.",
            "Foreign Minister Ana Lopes",
            "talks between Foreign Minister Ana Lopes",
        ),
        (
            "The rebels released six hostages on Sunday after three days of talks with Omani mediators in Muscat.",
            "The rebels",
            "talks with Omani mediators",
        ),
        (
            "The two presidents were later joined by Zambian President Mwale for a three-way meeting.",
            "The two presidents",
            "joined by Zambian President Mwale",
        ),
        (
            "Its foreign ministers were in Beijing last week for consultations with Chinese Foreign Minister Wang Yi.",
            "Its foreign ministers",
            "consultations with Chinese Foreign Minister",
        ),
        (
            "The Armenian delegation, led by Deputy Prime Minister Mher Grigoryan, sat down with the Azerbaijani team "
            "in Brussels.",
            "The Armenian delegation",
            "sat down with the Azerbaijani team",
        ),
        (
            "The two heads of state then exchanged views on the drought in the Horn of Africa.",
            "The two heads of state",
            "exchanged views on the drought",
        ),
        (
            "Qatar's prime minister said after hosting the third round of indirect talks between the two parties in "
            "Doha that progress had been made.",
            "Qatar's prime minister",
            "hosting the third round of indirect talks",
        ),
        (
            "After their meeting, the two leaders witnessed the signing of twelve cooperation agreements.",
            "the two leaders",
            "witnessed the signing",
        ),
    ],
)
def test_contacts_in_forms_not_known_before(run, text, speaker, fragment):
    st = next(s for s in run(text) if s.kind == "contact" and fragment in s.text)
    assert st.speaker.startswith(speaker)  # a joint party's phrase may run on ("A and her counterpart")


@pytest.mark.parametrize(
    "text",
    [
        "The minister called for talks between the two neighbours.",
        "The next round of talks between Kyiv and Moscow is expected in June.",
        "Talks between the two sides will resume next week.",
        "The envoy arrived ahead of talks with the rebel leadership.",
        "There have been no talks between the two governments since the coup.",
        "The army exchanged fire with the rebels overnight.",
        "The two sides hope for a meeting between their leaders before the summer.",
    ],
)
def test_talks_not_held_are_no_contact(run, text):
    assert not any(s.kind == "contact" for s in run(text))


def test_a_contact_reads_from_its_subject_through_a_coordination(make_extractor, project_resolver):
    text = (
        "Crown Prince Tariq received Foreign Minister Ana Lopes in Riyadh on Sunday.\n\n"
        "The two sides went over recent events in the region, and discussed ways to expand trade "
        "between them."
    )
    out = make_extractor(project_resolver).extract(ArticleInput(text=text))
    st = next(s for s in out if s.kind == "contact" and "discussed" in s.text)
    assert st.text.startswith("The two sides went over recent events")


def test_a_reporting_verb_in_a_condition_is_no_statement(run):
    out = run(
        "The premier's office said ministers would not approve the plan until the monitors reported that the "
        "militia had signed every annex."
    )
    assert len(out) == 1 and out[0].speaker == "The premier's office"


def test_a_speaker_behind_a_fronted_time_phrase(run):
    st = find(
        run(
            "On Friday, the tenth birthday of the treaty, the Ministry of Foreign Affairs said in a release "
            "that the treaty still held."
        ),
        "treaty still held",
    )
    assert st.speaker.endswith("Ministry of Foreign Affairs")


def test_went_on_after_a_quotation(run):
    st = find(run("“The islands were never a colony of anyone,” Okafor went on."), "never a colony")
    assert st.kind == "direct" and st.speaker == "Okafor"


def test_went_on_as_narration_is_no_statement(run):
    assert run("The fighting went on. The envoy left the capital.") == []


def test_a_company_adds_after_the_clause(run):
    out = run(
        "Grid operator Voltnet said repairs could take weeks. Deliveries would go on as usual, the company added."
    )
    assert find(out, "Deliveries would go on").kind == "indirect"


def test_a_signing_told_in_a_relative_clause_inside_a_report(run):
    out = run(
        "The agency reported that the president had ratified the Treaty of Friendship, which President Ana Lopes "
        "and Prime Minister Ivo Brandt signed in Geneva in May."
    )
    contact = next(s for s in out if s.kind == "contact")
    assert "signed in Geneva" in contact.text
    report = next(s for s in out if s.kind == "indirect")
    assert "signed in Geneva" not in report.text


def test_a_court_order_to_a_state(run):
    st = find(run("The court on Friday ordered the government to halt the evictions at once."), "halt the evictions")
    assert st.kind == "indirect" and st.speaker == "The court"


@pytest.mark.parametrize("text", ["The court ordered a new trial.", "She ordered a coffee to go."])
def test_ordering_without_an_addressee_or_formal_act_is_no_statement(run, text):
    assert run(text) == []


def test_a_trailing_attribution_takes_the_clause_the_parser_hung_loosely(run):
    out = run(
        "The Elysee said the call had been frank. Macron backed Scholz's idea of organizing football matches "
        "between French and German players, the readout added."
    )
    st = find(out, "football matches")
    assert st.text.startswith("Macron backed Scholz's idea") and st.kind == "indirect"


def test_a_framing_participle_before_a_colon_is_not_what_was_said(run):
    out = run(
        "Asked to respond to reports that the bloc had called the talks a failure, Okafor said:\n\n"
        "“We will wait and see what happens next week.”"
    )
    assert not any(s.text.startswith("Asked to respond") for s in out)


def test_told_reporters_after_an_event_that(run):
    st = find(run("Lopes told reporters after the meeting that it had tripled since 2019."), "tripled")
    assert st.speaker == "Lopes" and st.text.startswith("that it had tripled")


def test_endorsing_and_a_texts_words(run):
    out = run(
        "The committee adopted a resolution tabled by five states. The text restates that the dispute must be "
        "settled by negotiation. The bloc endorsed the agenda last year."
    )
    assert find(out, "settled by negotiation").kind == "indirect"
    assert find(out, "endorsed the agenda").kind == "indirect"


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("Vice Minister Sun Li conveyed Beijing's strong dissatisfaction over the visit.", "strong dissatisfaction"),
        ("Sheikh Khalid conveyed his greetings to the people of Oman.", "his greetings"),
        ("The spokeswoman Maria Ivanova drew attention to the rising number of incidents.", "rising number"),
        ("The Security Council voted unanimously to extend the mission for a year.", "extend the mission"),
        ("Russia voted against the draft resolution on Monday.", "against the draft"),
    ],
)
def test_conveying_drawing_attention_and_voting(run, fragment, text):
    assert find(run(text), fragment).kind == "indirect"


@pytest.mark.parametrize(
    "text", ["The artist drew a portrait of the king.", "Millions voted in the election on Sunday."]
)
def test_drawing_and_voting_as_narration(run, text):
    assert run(text) == []


def test_a_speaker_after_a_semicolon_says_only_what_follows_it(run):
    out = run(
        "Nine coastal states pledge to protect the reefs but agree no deadline; Ruritania's Holm urges a halt to "
        "new drilling"
    )
    st = find(out, "new drilling")
    assert st.text.startswith("urges a halt") and "reefs" not in st.text
    assert find(out, "protect the reefs").kind == "indirect"


def test_an_acts_medium_reads_with_it(run):
    st = find(run("President Ana Lopes thanked Chile in a message on X on Sunday."), "thanked Chile")
    assert "in a message on X" in st.text


def test_a_speech_verbs_document_stays_outside_its_clause(run):
    st = find(run("The ministry said in a statement that the border would reopen."), "border would reopen")
    assert not st.text.startswith("in a statement")


def test_a_noun_of_saying_with_its_owner_and_that_clause(run):
    out = run("Kyiv rejected Moscow's claim that its troops had shelled the plant.")
    assert find(out, "rejected Moscow's claim").speaker == "Kyiv"
    assert next(s for s in out if s.text.startswith("its troops")).speaker.startswith("Moscow")


def test_accusations_by_a_body_that(run):
    out = run("The government denied accusations by the rebel authorities that it armed the militias.")
    st = next(s for s in out if s.text.startswith("it armed"))
    assert st.speaker == "the rebel authorities"


@pytest.mark.parametrize("text", ["The minister dismissed the accusations.", "The claims were dismissed by the court."])
def test_a_statement_referred_to_without_content_is_none(run, text):
    assert not any(s.cue in ("accusations", "claims") for s in run(text))


def test_a_contact_told_in_passing_inside_a_statement(run):
    out = run(
        "The militants have said they will free the hostages on Sunday, following three days of talks with Omani "
        "mediators in Muscat."
    )
    assert any(s.kind == "contact" and "talks with Omani mediators" in s.text for s in out)
    assert any(s.kind == "indirect" and "free the hostages" in s.text for s in out)


def test_talks_after_which_something_will_happen_are_not_yet_held(run):
    assert not any(s.kind == "contact" for s in run("The envoy will fly home after talks with the rebels."))


def test_remarks_made_in_a_phone_call_with_a_counterpart(run):
    out = run("Foreign Minister Ana Lopes made the remarks in a phone call with her Chilean counterpart on Sunday.")
    st = next(s for s in out if s.kind == "contact")
    assert "phone call with her Chilean counterpart" in st.text and st.speaker == "Foreign Minister Ana Lopes"


def test_signing_a_number_of_documents_and_receiving_a_message(run):
    out = run(
        "President Ana Lopes and Prime Minister Ivo Brandt signed a number of cooperation documents in Lima.\n\n"
        "Crown Prince Faisal received a written message from the President of Chile."
    )
    assert any(s.kind == "contact" and "cooperation documents" in s.text for s in out)
    assert any(s.kind == "contact" and "written message from the President" in s.text for s in out)


@pytest.mark.parametrize("text", ["He signed a number of books for fans.", "The company renewed its lease."])
def test_signing_books_and_renewing_a_lease_are_no_statements(run, text):
    assert run(text) == []


def test_renewing_a_call(run):
    assert find(run("Riyadh renewed its call for an immediate ceasefire."), "immediate ceasefire").kind == "indirect"


@pytest.mark.parametrize(
    ("text", "speaker", "fragment"),
    [
        (
            "As one senior Asian diplomat put it, the meeting was a damage-limitation exercise.",
            "one senior Asian diplomat",
            "damage-limitation exercise",
        ),
        (
            "In the words of Foreign Minister Ana Lopes, the accord is a turning point for the region.",
            "Foreign Minister Ana Lopes",
            "turning point for the region",
        ),
        ("Delhi has made clear that it will not accept any mediation.", "Delhi", "not accept any mediation"),
        ("Tokyo made it clear that it would not attend the parade.", "Tokyo", "not attend the parade"),
        (
            "The foreign ministry characterised the incident as a deliberate provocation.",
            "The foreign ministry",
            "deliberate provocation",
        ),
    ],
)
def test_analysis_forms(run, text, speaker, fragment):
    assert find(run(text), fragment).speaker == speaker


@pytest.mark.parametrize("text", ["The price put it out of reach for most buyers.", "The rain made it clear."])
def test_analysis_verbs_as_narration(run, text):
    assert run(text) == []


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        (
            "Aid agencies have voiced doubts. The quota would stay, the ministry said.",
            "Aid agencies have voiced doubts",
        ),
        ("The Danish premier hailed a deal, while Oslo kept its reservations.", "The Danish premier hailed a deal"),
    ],
)
def test_a_short_act_reads_from_its_subject(run, text, fragment):
    st = find(run(text), fragment)
    assert st.text.startswith(fragment)


def test_a_short_act_carried_on_by_a_participle_keeps_its_own_span(run):
    text = 'The envoy rejected the claim, saying his country stayed "fully committed to the truce."'
    out = run(text)
    assert not any(s.text.startswith("The envoy") for s in out)


def test_a_name_the_tagger_reads_as_a_common_noun_still_speaks(run):
    sts = run(
        'Ana Lopes met Ivo Brandt.\n\n"We will continue to work closely with Sylvania," Iwaya later told reporters.'
    )
    assert find(sts, "work closely with Sylvania").speaker == "Iwaya"
