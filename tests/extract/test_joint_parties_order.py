"""A joint statement's actor is its first-named party: "They also discussed …" after "The two sides
reviewed …" are the host and the guest (the host first), not the guest who spoke last; and "Sheikh A
and the US Secretary of State reviewed …" is Sheikh A's, though the resolver can read the whole phrase
as the second party's title. Names other than public figures' are invented."""

import datetime as dt

import pytest

from tests.extract.conftest import find


@pytest.fixture
def real(run, project_resolver):
    return lambda text: run(text, published=dt.date(2026, 1, 30), resolver=project_resolver)


def test_they_after_the_two_sides_are_the_joint_speaker_not_the_last_person(run):
    sts = run(
        "VELORA -- Deputy Prime Minister Ana Lopes on Monday received Ivo Brandt, Foreign Minister of Sylvania.\n\n"
        "The Sylvanian official conveyed greetings of his country’s leadership to the government.\n\n"
        "The two sides reviewed the growth of their relations and ways to enhance cooperation in all fields. "
        "They also discussed current regional and international issues and developments."
    )
    st = find(sts, "current regional and international issues")
    assert "Ana Lopes" in st.speaker


def test_a_named_first_party_and_a_known_title_is_the_first_partys(real):
    sts = real(
        "ABU DHABI, 30th January, 2026 (WAM) -- H.H. Sheikh Abdullah bin Zayed Al Nahyan, Deputy Prime Minister and "
        "Minister of Foreign Affairs, received a phone call from Marco Rubio, US Secretary of State.\n\n"
        "During the call, H.H. Sheikh Abdullah and the US Secretary of State reviewed the situation in the Gaza Strip."
    )
    st = find(sts, "reviewed the situation")
    assert st.actor.name == "Abdullah bin Zayed Al Nahyan"
    assert st.actor.country == "AE"
    assert [a.name for a in st.co_actors] == ["Marco Rubio"]


def test_a_bare_plural_is_a_group_not_the_last_person_met(make_extractor, project_resolver):
    from app.pipeline.types import ArticleInput

    text = (
        "JOHANNESBURG — President Cyril Ramaphosa has spoken to Ukrainian President Volodymyr Zelensky, who "
        "thanked him for his efforts.\n\n"
        "African leaders this week discussed a peace plan with both sides.\n\n"
        "Armenian leaders have complained of a lack of support."
    )
    sts = make_extractor(project_resolver).extract(ArticleInput(text=text, published=dt.date(2025, 3, 4)))
    african = find(sts, "a peace plan")
    assert african.actor.name == "African leaders" and african.actor.country is None
    assert find(sts, "lack of support").actor.country == "AM"  # the state its words name


def test_they_with_no_speaker_before_are_the_pair_last_named_as_a_subject(run):
    sts = run(
        "President Ana Lopes and her counterpart Ivo Brandt attended the summit in Velora. "
        "On Thursday they met for bilateral talks at a hotel in the capital."
    )
    st = next(s for s in sts if "met for bilateral talks" in s.text)
    assert st.kind == "contact" and "Ana Lopes" in st.speaker


def test_they_after_one_person_named_as_the_subject_is_no_one(run):
    sts = run("President Ana Lopes attended the summit in Velora. On Thursday they met for talks at a hotel.")
    assert not any("met for talks" in s.text for s in sts)


def test_the_pair_are_the_two_just_named(run):
    sts = run("Ana Lopes met Ivo Brandt on Friday. The pair held their bilateral meeting at the Grand Hotel.")
    st = next(s for s in sts if "held their bilateral meeting" in s.text)
    assert st.kind == "contact"


def test_a_meeting_the_pair_have_yet_to_hold_is_none(run):
    sts = run("Relations have been icy, and the pair have yet to hold a formal bilateral meeting.")
    assert not any(s.kind == "contact" for s in sts)


@pytest.mark.parametrize("joint", ["The two counterparts", "Both envoys", "The two premiers"])
def test_counterparts_and_envoys_are_the_two_just_named(run, joint):
    sts = run(
        "Sylvanian Foreign Minister Ivo Brandt met Ruritanian Foreign Minister Ana Lopes in Velora on Tuesday. "
        f"{joint} talked about a wide range of issues."
    )
    st = find(sts, "a wide range of issues")
    assert "Ivo Brandt" in st.speaker


def test_a_pair_goes_by_the_party_who_spoke_first_in_the_article(real):
    sts = real(
        "Ruritanian Foreign Minister Ana Lopes met her Sylvanian counterpart, Ivo Brandt, in Velora on Wednesday, "
        "an official said.\n\n"
        "On an earlier trip, Brandt held talks with his Freedonian counterpart, Omar Vale.\n\n"
        "Brandt shared the results of his trip with Lopes, the official said.\n\n"
        "The ministers noted the frequent and close communication between them."
    )
    st = find(sts, "close communication")
    assert st.actor.name == "Ana Lopes"  # the host who spoke first, not Brandt nor Vale
    assert [a.name for a in st.co_actors] == ["Ivo Brandt"]


def test_three_named_leaders_keep_the_order_of_their_sentence(run):
    sts = run(
        "Ana Lopes said the border was calm.\n\n"
        "In Velora, Ivo Brandt and Ana Lopes were joined by Omar Vale, and the three leaders signed a treaty "
        "on the junction point of their borders."
    )
    st = find(sts, "signed a treaty")
    assert "Ivo Brandt" in st.speaker


def test_the_title_met_before_and_a_named_person_is_the_title_holders(run, project_resolver):
    text = (
        "Prime Minister Boris Johnson spoke to President Macron of France this afternoon. "
        "The Prime Minister and President Macron reiterated their commitment to the fishing talks. "
        "The Deputy Prime Minister and Foreign Secretary Dominic Raab said the call went well."
    )
    sts = run(text, published=dt.date(2021, 11, 1), resolver=project_resolver)
    assert find(sts, "reiterated their commitment").actor.name == "Boris Johnson"
    assert find(sts, "call went well").actor.name == "Dominic Raab"  # one person's two posts
