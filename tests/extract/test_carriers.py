"""Who carries words is not who said them: a ministry or an outlet reporting what a named person
said or did ("X urged Y, the ministry said", "X said A, the news agency reported", "X met Y,
according to the presidency") gives the statement to that person. Sentences written for the test,
in the styles of readouts, state agencies and wire copy."""

from __future__ import annotations

import datetime as dt

import pytest

from app.pipeline.types import ArticleInput
from tests.extract.conftest import find


@pytest.fixture
def run_real(make_extractor, project_resolver):
    ex = make_extractor(project_resolver)
    return lambda text: ex.extract(ArticleInput(text=text, published=dt.date(2025, 3, 1)))


def test_a_ministry_reporting_what_its_minister_urged(run):
    st = find(
        run("Keita also urged Lisbon to release the detained sailors without delay, the foreign ministry said."),
        "release the detained sailors",
    )
    assert st.actor.name == "Keita" and st.text.startswith("urged Lisbon")


def test_an_agency_reporting_what_a_spokeswoman_said(run):
    (st,) = run(
        "Foreign Ministry spokeswoman Lina Haddad said on Monday that Amman would not attend the summit, "
        "the state-run Petra news agency reported."
    )
    assert st.actor.name == "Lina Haddad" and "would not attend the summit" in st.text


def test_a_persons_own_account_of_a_capitals_warning_stays_theirs(run):
    (st,) = run("Quito has warned that the truce is fragile, Noboa said.")
    assert st.actor.name == "Noboa"


def test_a_ministry_reporting_a_states_position_keeps_it(run):
    (st,) = run("The ministry said the government would raise fuel prices next month.")
    assert st.speaker == "The ministry"


def test_a_contact_reported_according_to_a_body_is_the_contact(run):
    (st,) = run("President Ana Lopes met the visiting envoy at the palace on Friday, according to the presidency.")
    assert st.kind == "contact" and st.actor.name == "Ana Lopes"
    assert "according" not in st.text and st.text.startswith("President Ana Lopes met the visiting envoy")


def test_a_gulf_readout_of_a_call_according_to_the_news_agency(run):
    (st,) = run(
        "Sheikh Khalid bin Saud received a phone call from his Omani counterpart on Tuesday evening to discuss "
        "cooperation in responding to the crisis, according to the official news agency."
    )
    assert st.kind == "contact" and st.actor.name.endswith("Khalid bin Saud")


def test_a_trailing_according_to_gives_way_to_a_named_person(run):
    (st,) = run("Minister Ivo Brandt urged the rebels to lay down their arms, according to state television.")
    assert st.actor.name.endswith("Ivo Brandt")


def test_a_leading_according_to_frames_a_readouts_account(run):
    (st,) = run("According to the presidency's readout of the call, Lopes proposed a joint patrol of the border.")
    assert st.cue == "according to" and st.actor.name != "Lopes"


def test_the_outlets_name_after_its_noun_is_part_of_the_speaker(run):
    (st,) = run("The border crossing will reopen on Sunday, according to the state news agency Lumo.")
    assert st.speaker == "the state news agency Lumo"


def test_a_document_carried_by_an_outlet_is_its_issuers(run_real):
    text = (
        "In a statement carried by the official news agency, the Kenyan foreign ministry said the envoy had "
        "been recalled.\n\n"
        "“Nairobi will not accept such conduct,” the statement said."
    )
    st = find(run_real(text), "not accept such conduct")
    assert st.speaker == "the Kenyan foreign ministry" and st.actor.country == "KE"


def test_a_speaker_the_parser_hangs_on_the_carrier(run):
    text = (
        "In a statement carried by KNA, a spokesperson for the Sylvanian foreign ministry condemned the drills.\n\n"
        "“They will answer for every consequence,” the statement said."
    )
    st = find(run(text), "answer for every consequence")
    assert "spokesperson" in st.speaker and "KNA" not in st.speaker


def test_he_after_a_states_delegate_is_that_delegate(run_real):
    text = (
        "Ana Holm, the Foreign Secretary of Ruritania, said the vote was a disgrace.\n\n"
        "The representative of the Russian Federation told the Council that Moscow had abstained on the draft. "
        "“Only the people of Ruritania can settle this,” he said."
    )
    st = find(run_real(text), "Only the people")
    assert st.actor.name == "Russia"


def test_they_in_a_where_clause_are_the_pair_named_as_subject(run):
    text = (
        "“The bloc remains united,” the Council of the Union said in a press release.\n\n"
        "Commission President Ana Lopes and Council President Ivo Brandt opened the forum in Tirana, "
        "where they met President Tomas Reis along with several other heads of government."
    )
    st = find(run(text), "met President Tomas Reis")
    assert st.kind == "contact" and "Ana Lopes" in st.actor.name and "Council of the Union" not in st.speaker


def test_they_in_a_where_clause_after_a_coordinated_subject(run):
    text = (
        "The agency said the talks would resume.\n\n"
        "Ana Lopes and Ivo Brandt travelled to Arusha, where they met President Tomas Reis on Sunday."
    )
    st = find(run(text), "met President Tomas Reis")
    assert st.actor.name == "Ana Lopes" and [a.name for a in st.co_actors] == ["Ivo Brandt"]


def test_a_participle_hung_on_an_embedded_question_is_the_main_speakers(run):
    text = (
        "Spokesman Ivo Brandt declined to say whether Quito plans to move troops to the frontier, "
        "saying only that the cabinet would act “with due care” while the negotiations went on."
    )
    st = find(run(text), "with due care")
    assert st.actor.name.endswith("Ivo Brandt")


def test_a_ministry_named_for_its_field_does_not_refer_back_to_another_ministry(run_real):
    text = (
        "SEOUL, March 3 (Yonhap) -- South Korea's foreign ministry on Monday voiced regret over the launch.\n\n"
        "The unification ministry, which oversees ties with the North, separately said Pyongyang was raising the stakes."
    )
    st = find(run_real(text), "raising the stakes")
    assert st.speaker == "The unification ministry" and st.actor.country == "KR"


def test_a_known_person_is_named_as_the_article_spells_them(run_real):
    text = (
        "Russian Foreign Minister Sergei Lavrov said the talks had failed.\n\n"
        "“We are ready for a new round,” Lavrov added."
    )
    sts = run_real(text)
    assert {s.actor.slug for s in sts} == {"sergey-lavrov"}
    assert {s.actor.name for s in sts} == {"Sergei Lavrov"}


def test_another_name_is_not_another_spelling(run_real):
    st = find(run_real("Tony Blinken said the talks had failed."), "talks had failed")
    assert st.actor.name == "Antony Blinken"


def test_a_states_body_in_a_sentence_opening_on_another_place_is_that_places(run_real):
    text = (
        "“We back the plan,” Qatar’s Ministry of Foreign Affairs said on Monday.\n\n"
        "In Khartoum, where the military cabinet sits, the Ministry of Foreign Affairs said it "
        "would refuse any plan that bypassed the state’s institutions."
    )
    st = find(run_real(text), "refuse any plan")
    assert st.actor.country == "SD" and st.actor.kind == "institution"


def test_the_title_after_an_indefinite_introduction_is_that_person(run):
    text = (
        "Ana Lopes, chief economist at Banco Sul, has cautioned that the cheap exports are now heading for Africa.\n\n"
        "A senior official close to the talks was franker. “We were heard, but nothing moved,” the official said."
    )
    st = find(run(text), "We were heard")
    assert "official" in st.speaker and "Lopes" not in st.actor.name


def test_he_after_a_sentence_owned_by_a_named_person(run):
    text = (
        "Brandt said his side had raised the export curbs with the visitors.\n\n"
        "President Tomas Reis’s message was the reverse. According to the summary of the meeting, he told "
        "his visitors that the two sides “must not see each other as enemies.”"
    )
    st = find(run(text), "must not see each other")
    assert "Tomas Reis" in st.actor.name


def test_an_outlet_leading_with_its_report_keeps_it(run_real):
    text = "The state news agency KNA said on Thursday that Lopes had invited Brandt to visit the capital."
    st = find(run_real(text), "invited Brandt")
    assert "Lopes" not in st.actor.name and "KNA" in st.speaker


def test_a_trailing_outlet_gives_way_to_the_clauses_speaker(run_real):
    st = find(run_real("Ana Lopes has offered to mediate between the two sides, a newspaper said."), "mediate")
    assert st.actor.name == "Ana Lopes"


def test_the_first_of_a_pair_by_the_name_the_article_introduced(run_real):
    text = (
        "The agency reported that leader Kim Tae-sung had signed an order endorsing the treaty, which Kim "
        "and Chinese leader Xi Jinping signed in Beijing last autumn."
    )
    sts = run_real(text)
    st = next(s for s in sts if s.kind == "contact")
    assert st.actor.name == "Kim Tae-sung"


def test_an_outlet_passing_on_an_attribution_after_a_quotation(run):
    (st,) = run("“We will not accept any interference,” the foreign ministry spokesman said, IRNA reported.")
    assert st.kind == "direct" and st.speaker == "the foreign ministry spokesman"
    assert st.text == "We will not accept any interference"


def test_an_outlet_passing_on_an_attribution_is_no_part_of_what_was_said(run):
    (st,) = run("Foreign Minister Ana Lopes said the border would reopen on Sunday, Tasnim reported on Tuesday.")
    assert st.actor.name.endswith("Ana Lopes") and st.text == "the border would reopen on Sunday"


def test_the_emirati_minister_held_talks_wam_said(run):
    sts = run("Foreign Minister Ana Lopes held talks with her Omani counterpart in Muscat, WAM said.")
    assert any(s.kind == "contact" and s.actor.name.endswith("Ana Lopes") for s in sts)


def test_a_titled_head_of_state_received_someone_the_presidency_said(run):
    sts = run("Kenya's president received the visiting envoy at State House, the presidency said.")
    (st,) = sts
    assert st.kind == "contact" and st.speaker == "Kenya's president"


def test_an_indefinite_minister_is_no_one_to_credit_a_contact_to(run):
    (st,) = run("A minister met the protesters, the agency said.")
    assert st.kind == "indirect"


def test_a_title_for_a_body_names_its_own_speaker_not_the_last_delegate(run_real):
    text = (
        "UNITED NATIONS -- The delegate of Brazil, speaking on behalf of the group, welcomed the text.\n\n"
        "The speaker for the European Union said the bloc would keep its sanctions."
    )
    st = find(run_real(text), "keep its sanctions")
    assert st.actor.name != "Brazil" and st.actor.country is None
