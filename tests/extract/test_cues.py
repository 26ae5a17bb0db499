"""Reporting cues news uses beyond 'said' (issue 14, kind 7) and the CAMEO category each
statement gets (PLOVER must-show: intent to cooperate, demands, refusals, threats).
Sentences are our own."""

import pytest

from tests.extract.conftest import find


@pytest.mark.parametrize(
    "sentence, fragment, code",
    [
        ("Foreign Minister Ada Kerr reaffirmed her support for the border commission.", "support for the border", None),
        ("Prime Minister Ivo Katz mentioned the need for a census before the vote.", "need for a census", None),
        ("The defence minister raised concerns about the drills near the strait.", "drills near the strait", "012"),
        ("The spokesman termed the new visa rules discriminatory.", "visa rules discriminatory", None),
        ("President Luis Mora addressed the assembly on the need for a regional water pact.", "water pact", None),
        ("The ministry listed the violations of the truce recorded since March.", "violations of the truce", None),
        ("The foreign minister assessed the round of talks as useful.", "round of talks", None),
        ("The envoy laid out a three-step plan for the port dispute.", "three-step plan", None),
        ("Minister Petra Lind spoke of a new chapter in relations with Chile.", "new chapter", None),
        ("Vietnam lodged a protest with China over the seizure of its trawlers.", "seizure of its trawlers", "111"),
        ("The foreign minister elaborated on the new visa policy at length.", "new visa policy", None),
        ("The two presidents gave a positive assessment of the talks held in Minsk.", "talks held in Minsk", None),
        ("The coast guard issued a warning to fishing boats near the reef.", "fishing boats", "130"),
        ("The ministry summoned the Danish ambassador over the cartoon.", "Danish ambassador", "114"),
        ("Libya has offered to hand the two suspects to a court in the Hague.", "two suspects", "030"),
        ("Oman and Qatar agreed to share data on shipping in the Gulf.", "share data", "030"),
        ("The council vetoed the draft resolution on the mission.", "draft resolution", "129"),
        ("Chile has apologised to Peru for the incident at the border post.", "incident at the border", "055"),
    ],
)
def test_cue_makes_a_statement(run, sentence, fragment, code):
    st = find(run(sentence), fragment)
    assert st.kind == "indirect"
    if code is not None:
        assert st.category_code == code


@pytest.mark.parametrize(
    "sentence",
    [
        "The minister raised taxes on fuel in the spring budget.",
        "The president addressed the problem of rising fuel prices.",
        "The ministry issued new passports to the returning workers.",
        "The foreign ministry declined to comment on the report.",
        "The committee met the deadline for its report.",
        "The government continued to build the dam despite the protests.",
    ],
)
def test_same_verbs_without_a_report_are_not_statements(run, sentence):
    assert run(sentence) == []


def test_in_his_view_is_the_named_persons_opinion(run):
    text = (
        "Foreign Minister Karl Berg met the Danish delegation on Monday. "
        "In his view, the sanctions have failed to change the junta's behaviour."
    )
    st = find(run(text), "sanctions have failed")
    assert st.speaker and "Berg" in st.speaker
    assert st.text.startswith("the sanctions have failed")


def test_the_statement_continued_is_a_second_statement_of_the_document(run):
    text = "The ministry said in a statement that the talks had stalled. The statement continued that both sides must show restraint."
    st = find(run(text), "both sides must show restraint")
    assert st.kind == "indirect"


def test_spoke_with_someone_is_a_contact_and_spoke_about_something_is_a_report(run):
    assert (
        find(run("The minister Omar Haddad spoke with the Iraqi ambassador about the dam."), "ambassador").kind
        == "contact"
    )
    assert (
        find(run("The minister Omar Haddad spoke about the dam on the Tigris."), "dam on the Tigris").kind == "indirect"
    )


def test_hosting_someone_is_a_contact_and_a_host_visit(run):
    st = find(run("President Ana Silva hosted the Kenyan president at the palace on Friday."), "Kenyan president")
    assert st.kind == "contact" and st.category_code == "043"


def test_agreement_in_a_clause_inside_another_statement_stays_in_it(run):
    text = (
        "The governor Rosa Lind protested to the prime minister, saying her province was not consulted "
        "before the two capitals agreed to build the canal."
    )
    sts = run(text)
    assert len(sts) == 1 and "agreed to build the canal" in sts[0].text


@pytest.mark.parametrize(
    "sentence, code",
    [
        ("The rebels said they will release the hostages next week.", "030"),
        ("The minister said his country is ready to send engineers to help rebuild the bridge.", "030"),
        ("The spokesman said the government must free the detained journalists at once.", "100"),
        ("The ministry said the country would not accept any foreign troops on its soil.", "120"),
        ("The party said it will boycott the vote unless the electoral law is changed.", "130"),
        ("The minister said the two sides would meet again in Geneva next month.", "036"),
    ],
)
def test_what_a_plain_said_reports_refines_its_category(run, sentence, code):
    sts = run(sentence)
    assert len(sts) == 1 and sts[0].category_code == code


def test_agreement_to_a_noun_is_a_statement(run):
    text = (
        "The Security Council today agreed to a twelve-month extension of the mandate for the observer force in Cyprus."
    )
    st = find(run(text), "twelve-month extension")
    assert st.category_code == "030"


def test_participle_parsed_as_subject_gives_way_to_the_body_before_it(run):
    text = (
        "The Red Crescent operating in Yemen said Saudi and Emirati forces must ensure safe passage for food convoys."
    )
    st = find(run(text), "safe passage")
    assert "Crescent" in (st.speaker or "")


def test_trailing_attribution_with_an_acronym_reports_the_whole_clause(run):
    text = (
        "The European Union will send nearly 4,000 tons of medical supplies to families fleeing the floods in "
        "Pakistan, the World Health Organization (WHO) said on Monday."
    )
    st = find(run(text), "medical supplies")
    assert "World Health Organization" in (st.speaker or "") and st.text.startswith("The European Union will send")


def test_trailing_said_on_an_agreement_is_its_attribution_and_the_contact_after_it_stays(run):
    text = (
        "Peru and Chile have agreed to a joint patrol of the coast from midnight on May 3, Chile's presidency said, "
        "after Foreign Minister Ana Ruiz hosted her Peruvian counterpart in Santiago on Monday."
    )
    sts = run(text)
    st = find(sts, "joint patrol")
    assert "presidency" in (st.speaker or "") and "Ruiz" not in st.text
    assert find(sts, "Peruvian counterpart").kind == "contact"


def test_offer_takes_an_object_or_an_infinitive(run):
    text = "Norway has again offered its engineers to the new government in Juba to help it repair the dam."
    assert find(run(text), "offered its engineers").category_code == "030"


def test_trailing_attribution_by_a_title_with_its_complement(run):
    text = (
        "Chile is opposed to Bolivian access to the port at Arica, a senior official of the Chilean foreign "
        "ministry said on Monday."
    )
    st = find(run(text), "opposed to Bolivian access")
    assert "official" in (st.speaker or "") and st.category_code == "120"


def test_launching_a_mediation_between_two_parties_is_a_contact(run):
    text = "The emir undertook a mediation mission between Ghana and Togo."
    assert find(run(text), "mediation mission").kind == "contact"


def test_renewed_negotiations_between_two_states_are_a_contact(run):
    assert find(
        run("Peru and Ecuador renewed negotiations today on the river border."), "renewed negotiations"
    ).kind == ("contact")


def test_a_group_protesting_after_the_clause_reports_it(run):
    text = (
        "The border police are failing to protect the refugees in the camps, a human rights group protested on Monday."
    )
    st = find(run(text), "failing to protect")
    assert "group" in (st.speaker or "")
