"""The house style of official readouts and agency copy: "the parties discussed …" and "They also
discussed …" after a call or a meeting, a counterpart named after "the leader of X", a long name the
parser cut in two, "the Chinese official" for the guest just received, "MoFA", "in a statement" after a
body, a syndicator's credit before the dateline, a full stop glued to the next sentence, and the field of
a post before its holder's name. Every name and sentence here is invented."""

import datetime as dt

import pytest

from tests.extract.conftest import find

DAY = dt.date(2024, 5, 14)


@pytest.fixture
def real(run, project_resolver):
    return lambda text: run(text, published=DAY, resolver=project_resolver)


def test_the_parties_after_a_call_with_the_leader_of_a_state_are_both_sides(run):
    sts = run(
        "President of Kyrgyzstan Ivo Brandt had a telephone conversation with the leader of Turkey Tomas Reis.\n\n"
        "The parties discussed topical issues of cooperation in trade and culture."
    )
    st = find(sts, "topical issues")
    assert "Ivo Brandt" in st.speaker


def test_the_two_sides_reviewed_relations_is_a_contact_of_the_host_and_the_guest(run):
    sts = run(
        "Velora: Deputy Prime Minister Ana Lopes on Monday received Ivo Brandt, State Councilor and Foreign "
        "Minister of Sylvania.\n\n"
        "The two sides reviewed the growth of their relations and ways to enhance cooperation in all fields."
    )
    st = find(sts, "reviewed the growth")
    assert st.kind == "contact"
    assert "Ana Lopes" in st.speaker  # the host, not the guest's two posts read as two parties


def test_they_after_a_meeting_are_the_two_who_met(run):
    sts = run(
        "The talks were held in Velora.\n\n"
        "Foreign Minister Ana Lopes met Ivo Brandt on Monday. They discussed regional issues and developments. "
        "They also exchanged views on the border."
    )
    assert "Ana Lopes" in find(sts, "regional issues").speaker
    assert "Ana Lopes" in find(sts, "exchanged views").speaker


def test_they_in_a_clause_about_a_past_meeting_is_no_contact(run):
    sts = run(
        "The advisory was not consistent with the relationship that Ana Lopes and Ivo Brandt agreed to promote "
        "when they met in Velora late last month, an official said."
    )
    assert not any(s.kind == "contact" and s.text.startswith("they met") for s in sts)


def test_a_long_name_the_parser_cuts_in_two_stays_whole(run):
    sts = run(
        "Sylvania's Foreign Minister Sheikh Salem Abdullah Al-Jaber Al-Tamimi received on Tuesday a phone call "
        "from his Ruritanian counterpart Tomas Reis."
    )
    st = find(sts, "received on Tuesday")
    assert st.speaker.endswith("Salem Abdullah Al-Jaber Al-Tamimi")


def test_the_nationality_official_is_the_guest_just_received(real):
    sts = real(
        "MUSCAT: Deputy Prime Minister Ana Lopes on Monday received Wang Yi, State Councilor and Foreign "
        "Minister of China.\n\n"
        "The Chinese official conveyed greetings of his country's leadership to the government."
    )
    st = find(sts, "conveyed greetings")
    assert st.actor.name == "Wang Yi"  # a registry name: an unknown guest has no country here
    assert st.actor.country == "CN"


def test_a_foreign_ministry_in_a_statement_is_the_ministry(real):
    sts = real(
        "KUALA LUMPUR, Nov 23 (Bernama) -- Malaysia welcomes the humanitarian pause in Gaza, the Foreign "
        "Ministry in a statement said today."
    )
    st = find(sts, "humanitarian pause")
    assert st.speaker == "the Foreign Ministry"
    assert (st.actor.name, st.actor.country) == ("Ministry of Foreign Affairs of Malaysia", "MY")


def test_mofa_is_the_foreign_ministry_of_the_article_state(real):
    st = find(
        real("ADDIS ABABA – Ethiopia remains committed to a negotiated settlement of the dispute, MoFA said."),
        "negotiated settlement",
    )
    assert (st.actor.name, st.actor.country) == ("Ministry of Foreign Affairs of Ethiopia", "ET")


def test_a_syndicator_credit_before_the_dateline_keeps_the_first_sentence(run):
    sts = run(
        "(MENAFN- Sylvania News Agency (SNA)) VELORA, Sept 9 (SNA) -- Secretary-General of the Northern "
        "Council Ana Lopes strongly condemned the attack on the border post.\n"
        "Lopes affirmed the full solidarity of the member states."
    )
    st = find(sts, "condemned the attack")
    assert "Ana Lopes" in st.speaker


def test_a_full_stop_glued_to_the_next_sentence_is_no_name(run):
    sts = run(
        "VELORA, Jan. 10 (SNA) -- Foreign Minister Ana Lopes held phone talks with Ivo Brandt, who took office "
        "in 2017.Brandt welcomed the talks and called for close coordination."
    )
    st = find(sts, "close coordination")
    assert st.speaker == "Brandt"


@pytest.mark.parametrize(
    ("title", "name"),
    [
        ("European Commissioner for Neighbourhood and Enlargement", "Tomas Reis"),
        ("Special Envoy for the Western Balkans", "Ivo Brandt"),
        ("Assistant Secretary for Europe and Eurasia", "Ana Lopes"),
    ],
)
def test_the_field_of_a_post_is_no_part_of_the_holder_name(real, title, name):
    st = find(real(f"{title} {name} said in Velora that talks would resume soon."), "talks would resume")
    assert st.actor.name == name


def test_a_military_rank_abbreviation_is_a_title(real):
    st = find(real("Coast Guard spokesperson Commodore Ivo Brandt said the vessels had left the shoal."), "had left")
    assert st.actor.name == "Ivo Brandt"


def test_named_parties_reviewing_during_the_call_is_a_contact(run):
    sts = run(
        "Foreign Minister Ana Lopes received a phone call from Ivo Brandt, Sylvania's foreign minister.\n\n"
        "During the call, Lopes and Brandt reviewed the situation on the border and the state of the talks."
    )
    st = find(sts, "reviewed the situation")
    assert st.kind == "contact"
    assert "Lopes" in st.speaker


def test_named_parties_reviewing_outside_a_contact_is_no_contact(run):
    sts = run("The report says Lopes and Brandt reviewed the situation on the border last year, as officials recall.")
    assert not any(s.kind == "contact" for s in sts)


def test_a_bullet_item_of_a_readout_is_read_not_taken_for_a_dialogue_dash(run):
    sts = run(
        "Foreign Minister Ana Lopes held telephone talks with Ivo Brandt. The outline of the talks is as follows.\n"
        "- Minister Lopes expressed strong concern that the missile test had damaged the peace of the region. "
        "She stated that a new resolution should be adopted quickly."
    )
    assert "Lopes" in find(sts, "strong concern").speaker
    assert find(sts, "new resolution").kind == "indirect"


def test_the_statement_read_and_added_the_statement_are_the_document(real):
    sts = real(
        "PUTRAJAYA, Nov 23 — Malaysia commends the agreement, said the Foreign Ministry in a statement Thursday.\n\n"
        "“Malaysia urges the concerned parties to intensify efforts for a lasting ceasefire,” the statement read.\n\n"
        "Malaysia stands firm in its position that the people of the region deserve peace, added the statement."
    )
    for fragment in ("intensify efforts", "deserve peace"):
        assert find(sts, fragment).actor.name == "Ministry of Foreign Affairs of Malaysia"


def test_a_person_reading_a_text_says_nothing_by_it(run):
    assert run("The envoy read the report aloud to the committee on Monday.") == []


def test_appreciated_is_a_cue(run):
    st = find(run("President Ana Lopes highly appreciated the contribution of Sylvania to the talks."), "contribution")
    assert "Ana Lopes" in st.speaker


def test_they_opening_the_paragraph_after_a_meeting_are_the_two_who_met(run):
    sts = run(
        "Foreign Minister Ana Lopes has met with her Sylvanian counterpart Ivo Brandt in Velora.\n\n"
        "They noted the importance of reciprocal visits for the development of relations."
    )
    assert "Ana Lopes" in find(sts, "reciprocal visits").speaker


def test_the_fms_are_the_two_ministers(run):
    sts = run(
        "Foreign Minister Ana Lopes met her Sylvanian counterpart Ivo Brandt in Velora.\n\n"
        "The FMs underlined the important role of the joint commission."
    )
    assert "Ana Lopes" in find(sts, "joint commission").speaker


def test_the_presidents_paragraphs_after_a_call_are_its_two_parties(run):
    sts = run(
        "Ivo Brandt had a telephone conversation with President of the French Republic Tomas Reis.\n\n"
        "The two leaders continued their discussion of the situation around the nuclear plant.\n\n"
        "Ivo Brandt drew attention to the shelling of the plant. Tomas Reis informed his counterpart about his "
        "contacts.\n\n"
        "The Presidents agreed to continue contacts on the matter."
    )
    assert find(sts, "continued their discussion").kind == "contact"
    assert "Ivo Brandt" in find(sts, "continue contacts on the matter").actor.name


def test_a_guest_received_after_the_place_of_the_meeting_is_the_counterpart(run):
    sts = run(
        "Sylvanian President Ana Lopes received at the Palace of the Revolution the Minister of Foreign Affairs "
        "of Ruritania, Tomas Reis, who is on an official visit to the island.\n\n"
        "During the friendly meeting, both parties expressed their interest in expanding cooperation."
    )
    contact = find(sts, "received at the Palace")
    assert contact.kind == "contact"
    assert find(sts, "expressed their interest").actor.name == "Ana Lopes"


def test_outlined_is_a_cue(run):
    st = find(run("The talks were held on Monday. Ana Lopes, in turn, outlined her country's approaches."), "outlined")
    assert "Ana Lopes" in st.speaker


def test_the_nationality_minister_is_the_minister_of_that_state_named_before(real):
    sts = real(
        "On March 5, Foreign Minister Sergey Lavrov held talks in Moscow with Minister of Foreign Affairs of the "
        "Republic of Turkey Hakan Fidan.\n\n"
        "The Turkish minister thanked the Russian side for its hospitality."
    )
    assert find(sts, "hospitality").actor.name == "Hakan Fidan"


@pytest.mark.parametrize(
    ("sentence", "tail"),
    [
        (
            "Minister Ana Lopes called for greater engagement among senior leaders of the region.",
            "among senior leaders",
        ),
        ("Ana Lopes highlighted joint cooperation within the framework of the regional forum.", "within the framework"),
        ("Ivo Brandt stressed sustained engagement through diplomacy and dialogue.", "through diplomacy"),
        ("Minister Ivo Brandt stressed the need for trust by promoting cooperation in all fields.", "by promoting"),
    ],
)
def test_a_phrase_after_the_object_that_qualifies_what_was_said_is_part_of_it(run, sentence, tail):
    sts = run(f"The talks were held in Velora on Monday.\n\n{sentence}")
    assert len(sts) == 1 and tail in sts[0].text
