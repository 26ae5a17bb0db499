"""Contacts whose counterpart the parser hung on the topic ("discussed the crisis in the region with
the UN envoy"), the pair of such a contact as "both leaders" later in the same sentence, and an
infinitive of purpose on a present state, which tells a plan, not a contact. Names are invented."""

from tests.extract.conftest import find


def test_discussed_a_topic_with_someone_is_a_contact(run):
    sts = run(
        "VELORA — Talks went on.\n\n"
        "Sylvania’s Foreign Minister Ana Lopes discussed the latest developments in the border crisis with the "
        "UN’s special envoy, Ivo Brandt, in Velora on Saturday.\n\n"
        "The meeting ended."
    )
    st = find(sts, "latest developments")
    assert st.kind == "contact"
    assert "Ana Lopes" in st.speaker


def test_both_leaders_after_a_call_in_the_same_sentence_are_its_two_parties(run):
    sts = run(
        "VELORA — Talks went on.\n\n"
        "Norland's President Tomas Reis warned in a televised message that Sylvania should expect a response.\n\n"
        "President Ana Lopes also discussed the regional situation in a phone call with Premier Ivo Brandt, with "
        "both leaders warning against the expansion of the conflict."
    )
    st = find(sts, "against the expansion")
    assert "Ana Lopes" in st.speaker  # not the last two who spoke, Reis first


def test_a_delegation_to_discuss_something_is_a_plan_not_a_contact(run):
    sts = run(
        "VELORA — Talks went on.\n\n"
        "Ana Lopes, who is part of a delegation to discuss trade tariffs with the Sylvanian government until "
        "next week, praised the host.\n\n"
        "The meeting ended."
    )
    assert not any(st.kind == "contact" and "tariffs" in st.text for st in sts)


def test_flew_somewhere_to_sign_with_someone_took_place(run):
    sts = run(
        "VELORA — Talks went on.\n\n"
        "Foreign Minister Ana Lopes flew to Velora to sign the agreement with Premier Ivo Brandt on Tuesday.\n\n"
        "The meeting ended."
    )
    st = find(sts, "sign the agreement")
    assert st.kind == "contact"


def test_a_contact_reported_by_a_ministry_on_a_platform_is_the_contact(run):
    sts = run(
        "VELORA — Talks went on.\n\n"
        "On Monday, Ana Lopes met with Sylvanian presidential aide Ivo Brandt in Velora, the Norland Foreign "
        "Ministry said on Twitter."
    )
    st = find(sts, "met with Sylvanian presidential aide")
    assert st.kind == "contact" and "Ana Lopes" in st.speaker
    assert len(sts) == 1


def test_with_hung_on_a_manner_phrase_is_still_the_counterpart(run, project_resolver):
    text = "President Bola Tinubu on Wednesday met behind closed doors with Mr Talon at the Presidential Villa."
    st = find(run(text, resolver=project_resolver), "met behind closed doors")
    assert st.kind == "contact" and "patrice-talon" in st.targets


def test_with_after_an_event_noun_is_no_counterpart_of_the_verb(run):
    sts = run("Speaking at a joint press conference with Ivo Brandt, Ana Lopes said the talks had gone well.")
    assert all(s.kind != "contact" for s in sts)


def test_a_deed_joined_to_the_contact_is_part_of_it(run):
    sts = run("Ana Lopes also met with Prime Minister Ivo Brandt, and handed over a letter from President Reis.")
    st = find(sts, "met with Prime Minister")
    assert st.kind == "contact" and "handed over a letter" in st.text


def test_a_statement_joined_to_the_contact_is_not(run):
    sts = run("Ana Lopes met with Prime Minister Ivo Brandt and said the border would reopen in May.")
    assert "border would reopen" not in find(sts, "met with Prime Minister").text


def test_an_adverb_set_off_by_commas_keeps_the_subject_in_the_contact(run):
    st = find(run("President Ana Lopes, too, received Ivo Brandt in the palace on Monday."), "received Ivo Brandt")
    assert st.kind == "contact" and st.text.startswith("President Ana Lopes")


def test_a_relative_clause_after_the_subject_stays_out_of_the_contact(run):
    sts = run("Ana Lopes, who had said days earlier that talks were over, met Ivo Brandt on Monday.")
    st = next(s for s in sts if s.kind == "contact")
    assert st.text.startswith("met Ivo Brandt")


def test_contacts_between_kinds_of_people_are_no_reported_contact(run):
    sts = run(
        "Ana Lopes had a telephone conversation with the President of Sylvania, Ivo Brandt.\n\nIn particular, the "
        "leaders discussed issues of closer cooperation between special services after the bombing. The Presidents "
        "reached a practical agreement on active contacts between special services and their senior officers.\n\nThe minister commented on the talks between Russian officials and Ukrainian diplomats."
    )
    assert not [s for s in sts if s.kind == "contact" and "special services" in (s.speaker or "")]
    assert [s for s in sts if s.kind == "contact" and "Russian officials" in s.text]


def test_contacts_between_posts_stay_contacts(run):
    sts = run(
        "President Ana Lopes said on Monday that she would travel to Velora.\n\n"
        "During the meeting between the president and the prime minister, the two sides signed a defence pact."
    )
    assert [s for s in sts if s.kind == "contact" and "between the president and the prime minister" in s.text]
