"""A contact reported by someone else ('X received Y, the presidency said'; 'the office said X had
spoken with Y') is X's contact, not the reporter's words; a person holding two titles is one
speaker. Sentences written for the test."""

from __future__ import annotations

from tests.extract.conftest import find


def test_a_trailing_attribution_hung_on_the_contact_verb(run):
    st = find(run("Mensah also received Okafor at the State House on Friday, the presidency said."), "received Okafor")
    assert st.kind == "contact" and st.actor.name == "Mensah"


def test_a_leading_attribution_of_a_contact(run):
    sts = run(
        "The prime minister's office said President Lena Holm had spoken with Chancellor Ivo Brandt by phone on Monday."
    )
    st = find(sts, "spoken with Chancellor Ivo Brandt")
    assert st.kind == "contact" and st.actor.name == "Lena Holm"
    assert len(sts) == 1


def test_a_news_agency_reporting_a_call(run):
    st = find(
        run(
            "Crown Prince and Prime Minister Karim Haddad received a phone call on Monday from President Ana Lopes, "
            "the state news agency reported."
        ),
        "received a phone call",
    )
    assert st.kind == "contact" and st.actor.name == "Karim Haddad"


def test_two_titles_of_one_person_are_one_speaker(run):
    sts = run(
        "Deputy Prime Minister and Foreign Minister Karim Haddad met the envoy on Monday.\n\n"
        "He also said the border would stay open."
    )
    said = find(sts, "border would stay open")
    assert said.actor.name == "Karim Haddad" and said.co_actors == []


def test_what_a_ministry_says_about_a_policy_stays_its_statement(run):
    st = find(run("The ministry said the government would raise fuel prices next month."), "fuel prices")
    assert st.kind == "indirect" and st.speaker == "The ministry"


def test_a_reported_contact_keeps_the_words_its_reporter_gave_it(run):
    st = find(run("Holm spoke by phone with Brandt after the vote was counted, the ministry said."), "spoke by phone")
    assert st.text == "Holm spoke by phone with Brandt after the vote was counted"  # a contact reads from its subject


def test_a_call_received_from_someone_is_a_contact_with_them(run):
    (st,) = run("Foreign Minister Ana Lopes received a phone call from Ivo Brandt on Tuesday.")
    assert st.kind == "contact" and st.text.startswith(
        "Foreign Minister Ana Lopes received a phone call from Ivo Brandt"
    )


def test_an_honorific_heading_the_phrase_gives_way_to_the_name(run):
    text = (
        "His Highness Sheikh Karim bin Omar Al Haddad, Minister of Foreign Affairs, received a phone call "
        "from Ivo Brandt, the state news agency reported."
    )
    (st,) = run(text)
    assert st.kind == "contact" and "Karim bin Omar Al Haddad" in st.speaker


def test_talks_of_two_titled_leaders_with_one_saying_something(run):
    text = (
        "PORT ELLIS, Sylvania, Sept 14 (Reuters) - Sylvanian President Tomas Varga and Freedonian leader Ivo Brandt "
        "held talks at a remote air base on Wednesday, with Varga saying he saw room for military cooperation."
    )
    sts = run(text)
    contact = find(sts, "held talks at a remote air base")
    said = find(sts, "room for military cooperation")
    assert contact.kind == "contact" and "saying" not in contact.text and "Tomas Varga" in contact.actor.name
    assert said.kind == "indirect" and said.actor.name.endswith("Varga")


def test_a_surname_the_tagger_takes_for_a_nationality_still_met_someone(run):
    (st,) = run("Albanese also met Prime Minister Ivo Brandt, the forum's host, his office said.")
    assert st.kind == "contact" and st.actor.name == "Albanese"


def test_told_journalists_that_talks_were_under_way_is_the_ministers_statement(run):
    (st,) = run(
        "Energy Minister Ivo Brandt told journalists that talks with shareholders of the pipeline on expanding "
        "its capacity were already under way."
    )
    assert st.actor.name.endswith("Ivo Brandt") and st.text.startswith("that talks with shareholders")


def test_a_signed_treaty_keeps_what_it_is_aimed_at(run):
    (st,) = run("Sylvania and Freedonia signed a new treaty on Tuesday aimed at reopening the border to trade.")
    assert st.kind == "contact" and st.text.endswith("aimed at reopening the border to trade")
