"""Reported speech and direct quotes attributed to the right speaker."""

import datetime as dt

import pytest

from tests.extract.conftest import NullResolver, find


def test_post_quote_attribution_and_full_name_phrase(run):
    sts = run("“We will reopen the crossing next month,” the Norwegian Foreign Minister Kari Lund said on Friday.")
    st = find(sts, "reopen the crossing")
    assert st.kind == "direct"
    assert st.speaker == "the Norwegian Foreign Minister Kari Lund"
    assert st.actor.name == "Kari Lund"


def test_verb_before_speaker_after_quote(run):
    st = find(run("“Nothing has been decided about the fleet,” said Pedro Alves, the defence spokesman."), "fleet")
    assert st.actor.name == "Pedro Alves"


def test_colon_introduced_quote(run):
    text = "Marta Silva, the mayor of the port city, said: “The harbour will stay open to every ship.”"
    st = find(run(text), "harbour will stay open")
    assert st.kind == "direct" and st.actor.name == "Marta Silva"


def test_indirect_with_that_clause(run):
    st = find(run("Chile said on Monday that it would send observers to the disputed valley."), "observers")
    assert st.kind == "indirect" and st.speaker == "Chile"


def test_act_verbs_start_at_the_verb(run):
    sts = run("Peru called on both governments to withdraw their troops from the river basin.")
    st = find(sts, "withdraw their troops")
    assert st.text.startswith("called on")
    assert st.category_code == "020"


def test_according_to(run):
    st = find(run("According to the harbour authority, the tanker left the port without permission."), "tanker left")
    assert st.speaker == "the harbour authority"


def test_told_outlet_speaker_is_the_person(run):
    st = find(run("“We are not leaving the table,” Ines Duarte told the Lusa news agency."), "not leaving the table")
    assert st.actor.name == "Ines Duarte"
    assert "Lusa" not in st.text


def test_pronoun_follow_up_across_paragraphs(run):
    text = (
        "Finance Minister Tomas Berg said the budget would be cut by a tenth.\n\n"
        "Analysts expect a difficult winter for the coalition.\n\n"
        "“We have no other option this year,” he added."
    )
    st = find(run(text), "no other option")
    assert st.actor.name == "Tomas Berg"


def test_bare_title_resolves_to_earlier_speaker(run):
    text = (
        "President Lena Varga said the referendum would go ahead in May.\n\n"
        "Turnout is expected to be low.\n\n"
        "“Nobody will postpone this vote,” the president said."
    )
    st = find(run(text), "postpone this vote")
    assert st.actor.name == "Lena Varga"
    assert st.speaker.endswith("Lena Varga")


def test_indefinite_title_is_a_new_speaker(run):
    text = (
        "President Lena Varga said the referendum would go ahead in May.\n\n"
        "A ministry spokesman said the ballots had already been printed."
    )
    st = find(run(text), "ballots had already been printed")
    assert st.actor.name != "Lena Varga"


def test_split_quote_is_one_statement(run):
    text = "“The road is long,” Mayor Anna Kowal said. “But we will walk it together with our neighbours.”"
    direct = [s for s in run(text) if s.kind == "direct"]
    # one statement, printed as exactly the words its attribution introduces (issue 14: never
    # the attribution between two quotations)
    assert len(direct) == 1 and direct[0].text == "The road is long"


def test_pronoun_falls_back_to_named_subject(run):
    text = "Mayor Anna Kowal met residents at the bridge.\n\n“The road is long,” she said."
    assert find(run(text), "road is long").actor.name == "Anna Kowal"


def test_two_attributions_give_two_statements(run):
    text = "“The road is long,” Mayor Anna Kowal said. “But we will walk it together with our neighbours,” she added."
    assert len([s for s in run(text) if s.kind == "direct"]) == 2


def test_participle_extends_indirect_statement(run):
    sts = run("Ecuador said it would close the border, adding that the decision was temporary.")
    assert len(sts) == 1 and "temporary" in sts[0].text


def test_quote_after_adding_colon_is_separate(run):
    text = (
        'Bolivia said the lithium deal was fair, adding: "we will defend our right to sell our '
        'resources to anyone who pays a fair price".'
    )
    assert {s.kind for s in run(text)} == {"indirect", "direct"}


def test_quote_inside_quote_is_not_a_statement(run):
    text = "“The minister told us that the plan was dead, and he was right,” Senator Olga Kim said."
    assert len(run(text)) == 1


def test_nested_report_stays_with_outer_speaker(run):
    st = find(run("The Foreign Office said the ambassador stressed the need for calm talks."), "need for calm")
    assert st.speaker == "The Foreign Office"


def test_scare_quotes_and_agreement_names_are_not_statements(run):
    text = "The two sides signed the “Northern Waters Accord” in 2019. The deal has been called a “fig leaf”."
    assert run(text) == []


def test_refusal_to_comment_and_negation_are_not_statements(run):
    text = "The embassy declined to comment. The minister did not say when the talks would resume."
    assert run(text) == []


def test_document_subject_speaks_for_its_author(run):
    st = find(run("A statement from the Ministry of Fisheries said the quota would rise by ten percent."), "quota")
    assert "Ministry of Fisheries" in st.speaker


def test_dialogue_dash_quote_with_attribution(run):
    text = "Premier Jan Novak spoke to reporters.\n\n– We will not accept new tariffs on our steel – Novak said."
    st = find(run(text), "new tariffs")
    assert st.kind == "direct" and st.actor.name.endswith("Novak")


def test_resolver_gets_the_full_mention(run):
    res = NullResolver()
    run("The Chilean Foreign Minister Rosa Vidal said the talks were useful.", resolver=res)
    assert res.asked[0] == "The Chilean Foreign Minister Rosa Vidal"


def test_confidence_in_unit_interval(run):
    for st in run("“We will see,” he said. Chile said on Monday that it would send observers to the valley."):
        assert 0.0 <= st.confidence <= 1.0


def test_dates_relative_to_publication(run):
    st = find(
        run("Chile said on Tuesday that it would send observers to the valley.", published=dt.date(2022, 9, 14)),
        "observers",
    )
    assert st.date == dt.date(2022, 9, 13) and st.date_precision == "day"


# --- trailing attributions the parser lost, and speaker nouns --------------------------------


def test_a_trailing_aide_to_a_titled_person(run):
    st = find(
        run(
            "Ruritania is opposed to any foreign mediation in the border talks, a senior aide to President Ana Lopes said."
        ),
        "opposed to any foreign mediation",
    )
    assert st.kind == "indirect" and "aide to President Ana Lopes" in st.speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("A Freedonian trader is suing the government over the seized cargo, his lawyer said.", "his lawyer"),
        ("The border crossing was closed to lorries overnight, Freedonian police said.", "Freedonian police"),
        ("The militant network has threatened to attack the pipeline again.", "The militant network"),
    ],
)
def test_lawyers_police_and_networks_speak(run, text, speaker):
    (st,) = run(text)
    assert st.speaker == speaker


def test_said_earlier_that_keeps_its_clause(run):
    (st,) = run("Foreign Minister Ivo Brandt said earlier that the plan to isolate the region was doomed to fail.")
    assert st.text.startswith("that the plan to isolate the region")


def test_rose_to_say_and_clarified(run):
    sts = run(
        "When Ivo Brandt rose in parliament on Monday to say that the agencies were investigating the killing, "
        "he set off a crisis.\n\nThe ministry later clarified that its ambassador had not been recalled."
    )
    assert find(sts, "agencies were investigating").actor.name == "Ivo Brandt"
    assert find(sts, "had not been recalled").cue == "clarified"


def test_according_to_inside_a_clausal_subject_covers_the_sentence(run):
    (st,) = run(
        "What followed, according to the Sylvanian navy, was the worst clash in a decade: armed crews rammed "
        "and boarded two patrol boats."
    )
    assert st.cue == "according to" and "the worst clash in a decade" in st.text and st.speaker == "the Sylvanian navy"


def test_two_verbs_of_one_subject_joined_by_and_are_one_statement(run):
    sts = run(
        "Spokesman Ivo Brandt insisted that the patrols were “legitimate, lawful and restrained,” and urged "
        "Sylvania to “stop its provocations at once.”"
    )
    assert len(sts) == 1 and "stop its provocations" in sts[0].text and sts[0].text.startswith("that the patrols")


def test_ordering_an_expulsion_is_a_formal_act_that_communicates(run):
    sts = run(
        "The Sylvanian government on Wednesday ordered the expulsion of two Freedonian diplomats.\n\n"
        "The court ordered a new trial for the three men."
    )
    assert [s.cue for s in sts] == ["ordered"] and "expulsion" in sts[0].text
