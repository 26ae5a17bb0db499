"""Title phrases with a "to" complement or a later apposition, content cut
short by the parse, the antecedent of "it", reported contacts, bare-object acts.
Sentences are made up; the mechanisms are general."""

from tests.extract.conftest import find


def test_title_to_place_then_name_keeps_the_name(run, project_resolver):
    text = "Norway's Ambassador to the Netherlands Ingrid Moe wrote on X that Oslo backed the court."
    st = find(run(text, resolver=project_resolver), "Oslo backed the court")
    assert st.actor.name == "Ingrid Moe"
    assert "Ingrid Moe" in st.speaker


def test_title_to_place_then_name_as_the_object_of_quoted(run, project_resolver):
    """The parser hangs the "to" phrase on "quoted", not on the title: the name is still the holder's."""
    text = "KUNA also quoted Norway's permanent envoy to the UN Ambassador Ingrid Moe as saying that Oslo backed the court."
    st = find(run(text, resolver=project_resolver), "Oslo backed the court")
    assert st.actor.name == "Ingrid Moe"


def test_name_in_apposition_after_the_title_complement(run):
    st = find(
        run("The secretary-general of the Andean Community, Carla Ruiz, said the border would reopen."),
        "border would reopen",
    )
    assert st.actor.name == "Carla Ruiz"


def test_directive_infinitives_stay_in_the_content(run):
    st = find(
        run(
            "The chairperson of the Andean Community, Maria Vidal, called on both sides to show "
            "restraint and to return to talks."
        ),
        "both sides",
    )
    assert "return to talks" in st.text
    assert st.actor.name == "Maria Vidal"


def test_said_in_a_statement_that_keeps_the_clause_and_what_follows(run):
    sts = run(
        "Chile's foreign ministry said in a statement that any new dam on the river must respect "
        "existing treaties and warned against \u201cunilateral steps of any kind.\u201d"
    )
    st = find(sts, "existing treaties")
    assert st.kind == "indirect"
    assert "unilateral steps" in st.text
    assert len([s for s in sts if "unilateral steps" in s.text]) == 1


def test_it_refers_to_the_nearest_clause_subject(run):
    text = (
        "Officials in Lima said the talks had stalled. The dispute flared in May when Bolivia closed "
        "what it called an illegal crossing near towns it said were used by smugglers."
    )
    st = find(run(text), "used by smugglers")
    assert st.actor.name == "Bolivia"


def test_contact_reported_by_a_trailing_attribution_is_a_contact(run):
    sts = run(
        "Foreign Minister Ana Pereira spoke by phone with her Peruvian counterpart, Luis Soto, "
        "on Tuesday, the ministry said."
    )
    st = find(sts, "spoke by phone")
    assert st.kind == "contact"
    assert st.actor.name == "Ana Pereira"
    assert len(sts) == 1


def test_speech_verb_with_a_bare_object_reads_with_the_verb(run):
    st = find(run("Ecuador and Peru recalled their ambassadors from Bogota on Sunday."), "ambassadors")
    assert st.text.startswith("recalled their ambassadors")


def test_a_college_of_leaders_can_speak(run):
    st = find(
        run(
            "The college of heads of state of the Coastal Union condemned the raid and said the "
            "attack was a violation of its waters."
        ),
        "violation of its waters",
    )
    assert "Coastal Union" in st.speaker


def test_title_to_organisation_then_name_without_apposition(run, project_resolver):
    st = find(
        run("Peru's envoy to the UN Julio Mesa said the resolution was unbalanced.", resolver=project_resolver),
        "resolution was unbalanced",
    )
    assert st.actor.name == "Julio Mesa"
