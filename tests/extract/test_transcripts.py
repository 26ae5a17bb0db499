"""Briefing and interview transcripts: each labelled answer is the labelled speaker's direct
statement; questions and what an answer reports are no statements of their own. Every text
is written for the test."""

from __future__ import annotations

import datetime as dt

import pytest

from app.pipeline.types import ArticleInput
from tests.extract.conftest import find

BRIEFING = (
    "Press Briefing – March 3, 2025\n\n"
    "Helen Ardent, Ministry Spokesperson\n\n"
    "MS ARDENT: Good morning. The minister travelled to Lusaka yesterday, where she urged both parties "
    "to resume the border talks without delay.\n\n"
    "QUESTION: Did she meet the opposition leader?\n\n"
    "MS ARDENT: She did not. We remain concerned about the detention of journalists and we will keep raising it.\n\n"
    "We expect an answer within the week.\n\n"
    "QUESTION: Is the government still calling the vote \"flawed\"?\n\n"
    "MS ARDENT: Thanks, everyone.\n\n"
    "(The briefing ended at 11:40 a.m.)"
)


@pytest.fixture
def briefing(make_extractor, project_resolver):
    return make_extractor(project_resolver).extract(ArticleInput(text=BRIEFING, published=dt.date(2025, 3, 3)))


def test_each_answer_is_the_labelled_speakers_direct_statement(briefing):
    first = find(briefing, "resume the border talks")
    second = find(briefing, "concerned about the detention")
    for st in (first, second):
        assert st.kind == "direct" and st.speaker == "MS ARDENT" and st.actor.name == "Helen Ardent"


def test_an_answer_runs_on_over_its_unlabelled_paragraphs(briefing):
    st = find(briefing, "concerned about the detention")
    assert st.text.rstrip(".").endswith("within the week")


def test_questions_greetings_and_reported_words_in_an_answer_are_no_statements(briefing):
    assert len(briefing) == 2  # no "she urged", no question, no "Thanks, everyone."
    assert not any("flawed" in s.text or "opposition leader" in s.text for s in briefing)


def test_the_date_is_the_briefings(briefing):
    assert all(s.date == dt.date(2025, 3, 3) for s in briefing)


def test_a_known_speaker_by_honorific_label(make_extractor, project_resolver):
    text = (
        "QUESTION: What is your view of the talks?\n\n"
        "MR MILLER: We welcome the progress and we hope both sides keep talking.\n\n"
        "QUESTION: And the sanctions?\n\n"
        "MR MILLER: I have nothing new to announce on sanctions today."
    )
    out = make_extractor(project_resolver).extract(ArticleInput(text=text, published=dt.date(2023, 8, 8)))
    assert [s.actor.name for s in out] == ["Matthew Miller", "Matthew Miller"]


def test_a_name_label_in_title_case(run):
    text = (
        "Question: How do you see the summit?\n\n"
        "Oskar Lindqvist: We see it as a chance to settle the fisheries dispute for good.\n\n"
        "Question: Will you attend?\n\n"
        "Oskar Lindqvist: Yes, I will lead our delegation myself."
    )
    out = run(text)
    assert [s.actor.name for s in out] == ["Oskar Lindqvist", "Oskar Lindqvist"]


def test_an_answer_quoting_someone_keeps_inside_the_marks(run):
    text = (
        "QUESTION: Are you worried?\n\n"
        'MS ARDENT: We are watching closely. As the minister put it, "this is a test for all of us", and '
        "we intend to pass that test together with our partners.\n\n"
        "QUESTION: Thank you."
    )
    out = run(text)
    st = next(s for s in out if s.kind == "direct")
    assert '"' not in st.text.strip('"')


def test_a_dateline_with_a_colon_is_no_transcript(run):
    text = (
        "KIGALI: The foreign ministry said on Monday that the border would reopen next week.\n\n"
        "UPDATE: The ministry later added that trucks would be let through first."
    )
    out = run(text)
    assert find(out, "border would reopen").kind == "indirect"


def test_unnamed_answers_are_left_to_the_ordinary_rules(run):
    text = (
        "Q: What did the minister tell you?\n\n"
        "A: We agreed on a timetable.\n\n"
        "Q: Anything else?\n\n"
        "A: Nothing I can share."
    )
    assert run(text) == []


def test_unnamed_answers_are_the_host_introduced_just_before(run):
    text = (
        "The ministry released on Monday a record of the daily briefing given by spokeswoman Mara Ostrova.\n\n"
        "Q: Has the border crossing reopened for trucks?\n\n"
        "A: The crossing will stay shut until the inspection teams finish their work.\n\n"
        "Q: Will the talks resume?\n\n"
        "A: We expect both delegations back at the table within the month."
    )
    out = run(text)
    assert len(out) == 2
    assert all(s.kind == "direct" and s.actor.name == "Mara Ostrova" for s in out)


def test_narration_after_the_last_turn_is_not_the_speakers(run):
    text = (
        "QUESTION: Will you go to the summit?\n\n"
        "MS ARDENT: We will decide next week, and we will tell you then.\n\n"
        "QUESTION: And the sanctions?\n\n"
        "MS ARDENT: Nothing has changed on the sanctions since Monday.\n\n"
        "The spokeswoman left the room shortly afterwards and the briefing ended."
    )
    out = run(text)
    assert len(out) == 2 and not any("left the room" in s.text for s in out)


def test_a_white_house_transcript_with_bare_q_lines(make_extractor, project_resolver):
    text = (
        "Remarks by the President in a press gaggle\n\n"
        "Q    Mr. President, will you meet the premier next week?\n\n"
        "THE PRESIDENT:  We are working on it, and I expect we will talk very soon.\n\n"
        "Q    And the tariffs?\n\n"
        "THE PRESIDENT:  Nothing changes on the tariffs until the review is done."
    )
    out = make_extractor(project_resolver).extract(ArticleInput(text=text, published=dt.date(2023, 8, 8)))
    assert len(out) == 2 and all(s.kind == "direct" and s.speaker == "THE PRESIDENT" for s in out)
    assert not any("Mr. President" in s.text for s in out)


def test_q_colon_lines_and_a_full_name_label_with_honorific(run):
    text = (
        "Excerpts from the briefing:\n\n"
        "Q: Has the neighbouring government shared any evidence with you?\n\n"
        "MR. TOMAS VELLARD: To be plain, we have received no evidence of any kind so far.\n\n"
        "Q: Will the minister travel to the summit?\n\n"
        "MR. VELLARD: The minister will lead our delegation and hold meetings on the sidelines."
    )
    out = run(text)
    assert [s.kind for s in out] == ["direct", "direct"]
    assert find(out, "no evidence of any kind").actor.name == "Tomas Vellard"
    assert not any("shared any evidence with you" in s.text for s in out)


def test_outlets_asking_and_a_spokesperson_answering(run):
    text = (
        "Foreign Ministry Spokesperson Lin Haoran's Regular Press Conference on May 12, 2025\n\n"
        "AFP: The coastguard of a neighbouring country said your ships blocked a supply mission. What is "
        "your response?\n\n"
        "Lin Haoran: The vessels entered the waters without permission and our coast guard acted in accordance "
        "with the law.\n\n"
        "Shenzhen TV: The regional forum opens next week. Could you share more about the arrangements? "
        "Thank you.\n\n"
        "Spokesperson Lin Haoran: The forum will focus on connectivity, trade and the green transition in the "
        "region.\n\n"
        "Bloomberg: A follow-up. Will more ships be sent?\n\n"
        "Lin Haoran: I would refer you to the competent authorities."
    )
    out = run(text)
    assert len(out) == 2 and all(s.kind == "direct" for s in out)
    assert {s.actor.name for s in out} == {"Lin Haoran"}
    assert not any("blocked a supply mission" in s.text for s in out)  # a journalist's question


def test_a_label_with_title_comma_and_honorific_and_a_bracketed_questioner(run):
    text = (
        "Transcript of Weekly Media Briefing\n\n"
        "Official Spokesperson, Shri Devan Kapoor: Good afternoon. The Prime Minister will visit three "
        "island nations next week.\n\n"
        "Question (Ritu Sen, National Daily): Sir, any update on the extradition request?\n\n"
        "Official Spokesperson, Shri Devan Kapoor: We have taken the matter up with the authorities there.\n\n"
        "It remains a priority for us, and we expect their cooperation.\n\n"
        "(The briefing concluded at 4:05 pm)"
    )
    out = run(text)
    assert [s.actor.name for s in out] == ["Devan Kapoor", "Devan Kapoor"]
    assert find(out, "taken the matter up").text.rstrip(".").endswith("expect their cooperation")  # the turn runs on


def test_a_bare_title_label_is_the_person_the_article_introduced(run):
    text = (
        "Weekly briefing by Official Spokesperson, Shri Devan Kapoor (June 5, 2025)\n\n"
        "Question: Is the ceasefire holding?\n\n"
        "Official Spokesperson: The ceasefire is holding and we are in touch with all the parties.\n\n"
        "Question: And the trade talks?\n\n"
        "Official Spokesperson: The next round will take place in the capital later this month."
    )
    out = run(text)
    assert [s.actor.name for s in out] == ["Devan Kapoor", "Devan Kapoor"]


def test_a_short_refusal_to_comment_is_no_statement(run):
    text = (
        "QUESTION: Will the envoy be expelled?\n\n"
        "MS ARDENT: There is nothing to add on that for now.\n\n"
        "QUESTION: And the trade talks?\n\n"
        "MS ARDENT: The talks resume on Monday and we expect progress on tariffs."
    )
    out = run(text)
    assert len(out) == 1 and "talks resume" in out[0].text


def test_a_bare_spokesperson_label_under_a_possessive_heading(run):
    text = (
        "Foreign Ministry Spokesperson Lin Haoran's Regular Press Conference on May 12, 2025\n\n"
        "Spokesperson: Let me start with an announcement about the visit of the Foreign Minister of Peru.\n\n"
        "Xinhua News Agency: Could you share more details about the visit?\n\n"
        "Spokesperson: The two sides will exchange views on bilateral relations and regional issues.\n\n"
        "Reuters: Follow-up: will the trade talks resume next month?\n\n"
        "Spokesperson: Our position on tariffs is consistent and clear. A trade war has no winners."
    )
    out = run(text)
    assert len(out) == 3 and {s.actor.name for s in out} == {"Lin Haoran"}


def test_refraining_from_comment_is_no_statement(run):
    text = (
        "Reporter: Will the Prime Minister attend the ceremony?\n\n"
        "Minister Okabe: I will refrain from commenting on plans that are not yet fixed.\n\n"
        "Reporter: And the talks with Seoul?\n\n"
        "Minister Okabe: We will continue close communication with the Korean side at every level."
    )
    out = run(text)
    assert len(out) == 1 and "close communication" in out[0].text


QUESTION_REPORTS = (
    "Regular Press Conference of the Foreign Ministry, 4 May 2026\n\n"
    "Spokesperson Lin Haoran: Good afternoon. We will host the trade ministers of three countries next week.\n\n"
    "Reuters: Chilean President Gabriel Boric said on Sunday that Chile and Peru had agreed to reopen their "
    "border crossings. What is your comment?\n\n"
    "Lin Haoran: We welcome every step that brings the two neighbours closer together.\n\n"
    "Global Times: You said last week that the talks were constructive. Does China think that the deal will hold?\n\n"
    "Lin Haoran: We hope that all parties keep to the commitments they made.\n\n"
)


def test_what_a_question_reports_is_the_reported_persons_statement(make_extractor, project_resolver):
    found = make_extractor(project_resolver).extract(ArticleInput(text=QUESTION_REPORTS, published=dt.date(2026, 5, 4)))
    st = find(found, "reopen their border crossings")
    assert st.kind == "indirect" and "Boric" in st.speaker
    # the question itself, the asker's "you said", and the answers stay as they were
    assert not any("talks were constructive" in s.text or "deal will hold" in s.text for s in found)
    assert not any("your comment" in s.text for s in found)
    welcome = find(found, "brings the two neighbours")
    assert welcome.kind == "direct" and welcome.speaker == "Lin Haoran"


def test_a_time_stamp_line_is_no_speakers_label(make_extractor, project_resolver):
    text = (
        "Ministry rejects the claims\n\n"
        "Published: Mar 4, 2025 08:15 AM\n\n"
        "The foreign ministry said on Tuesday that the vessel had entered the strait without permission.\n\n"
        "Spokesman Ivo Brandt said the crew would be released after questioning.\n\n"
        "Q: Will the ship be returned?\n\n"
        "Ivo Brandt: The authorities are still examining the cargo and will decide by Friday.\n\n"
        "Q: Has the embassy been informed?\n\n"
        "Ivo Brandt: The embassy was told on Monday evening and has asked for consular access."
    )
    out = make_extractor(project_resolver).extract(ArticleInput(text=text, published=dt.date(2025, 3, 4)))
    assert all(s.actor.name != "Published" for s in out)
    assert "foreign" in find(out, "without permission").speaker.lower()


def test_an_answer_quoting_a_phrase_keeps_its_opening_words(make_extractor, project_resolver):
    text = (
        "Press Briefing – April 2, 2025\n\n"
        "MS ARDENT: Good afternoon. The minister will travel to Lusaka on Friday for the border talks.\n\n"
        "QUESTION: The other side calls the plan a trap. Your reaction?\n\n"
        'MS ARDENT: That is an old habit of theirs. They say "maybe" when they mean "never", and they hope '
        "nobody notices the difference between the two words.\n\n"
        "QUESTION: Will the talks go ahead?\n\n"
        "MS ARDENT: Yes, the talks will go ahead as planned on Friday."
    )
    out = make_extractor(project_resolver).extract(ArticleInput(text=text, published=dt.date(2025, 4, 2)))
    st = find(out, "old habit of theirs")
    assert st.kind == "direct" and '"' not in st.text


HOSTED = (
    "On July 11, 2012, Foreign Ministry Spokesperson Jan Kowal held a press conference.\n\n"
    "Q: Special Envoy Ivo Brandt proposed that Iran should play a greater role in resolving the crisis. "
    "How does China comment?\n\n"
    "A: China always believes that the proper resolution of the issue needs the support of regional countries.\n\n"
    "Q: Three Chinese patrol ships entered the disputed waters this morning. Please confirm.\n\n"
    "A: China's ships went to waters under Chinese jurisdiction for a routine patrol. It is a normal duty."
)


def test_unnamed_answers_are_the_hosts_by_the_name_the_heading_gives(make_extractor, project_resolver):
    out = make_extractor(project_resolver).extract(ArticleInput(text=HOSTED, published=dt.date(2012, 7, 11)))
    answers = [s for s in out if s.kind == "direct"]
    assert len(answers) == 2 and {s.actor.name for s in answers} == {"Jan Kowal"}  # not "Jan Kowal held"


def test_the_host_is_placed_by_the_briefing_not_by_the_country_the_first_question_names(
    make_extractor, project_resolver
):
    out = make_extractor(project_resolver).extract(ArticleInput(text=HOSTED, published=dt.date(2012, 7, 11)))
    assert {s.actor.country for s in out if s.kind == "direct"} == {"CN"}


def test_unnamed_answers_are_the_host_the_headline_names(make_extractor):
    text = (
        "Q: Has the border crossing reopened for trucks?\n\n"
        "A: The crossing will stay shut until the inspection teams finish their work.\n\n"
        "Q: Will the talks resume?\n\n"
        "A: We expect both delegations back at the table within the month."
    )
    title = "Foreign Ministry Spokesperson Mara Ostrova's Regular Press Conference on May 3, 2024"
    out = make_extractor().extract(ArticleInput(text=text, published=dt.date(2024, 5, 3), title=title))
    assert len(out) == 2
    assert all(s.kind == "direct" and s.actor.name == "Mara Ostrova" for s in out)


def test_an_answer_that_has_nothing_new_is_no_statement(run):
    text = (
        "MS LIMA: Good afternoon. Ruritania condemns the attack on the border post.\n\n"
        "QUESTION: Do you have any reaction to what the foreign minister said today about the ceasefire?\n\n"
        "MS LIMA: We have seen his comments. Ruritania expects both sides to abide by the truce.\n\n"
        "QUESTION: And on the pipeline?\n\n"
        "MS LIMA: I don't have anything new on that."
    )
    sts = run(text)
    assert len(sts) == 2
    assert not any("anything new" in st.text for st in sts)


def test_a_bare_title_label_is_the_name_an_earlier_label_gave_it(make_extractor, project_resolver):
    # "Foreign Minister:" after "Ana Lima, Foreign Minister:" is Ana Lima, not the registry's holder of
    # some state's post; a doubled colon ("Foreign Minister::") is still a label
    text = (
        "Doorstop interview\n"
        "Journalist: Were you watching as it happened?\n"
        "Ana Lima, Foreign Minister: Look, this meeting was a great success for the country and the region.\n"
        "Journalist: How much effort went into preparing for the meeting with the US President?\n"
        "Foreign Minister:: Oh look, an enormous amount of work and effort has gone into this meeting.\n"
        "Journalist: And the incident with the fighter jet?\n"
        "Foreign Minister: Well, we make representations through our embassy and we will keep doing so."
    )
    sts = make_extractor(project_resolver).extract(ArticleInput(text=text, published=None))
    for words in ("enormous amount of work", "representations through our embassy"):
        assert find(sts, words).actor.name == "Ana Lima"
