"""A post the parser made a second subject before the name ("The Spokesperson of the Ministry of
Foreign Affairs of Ruritania, Ana Reis said") is the name's post, not what was said; and an
abbreviated post ("the FO spokesperson", "FM Reis") refers back to the person introduced with the
full title: two capitals that are also an ISO code ("FO", "FM") are no country in prose.
Sentences written for the test."""

import datetime as dt

import pytest

from tests.extract.conftest import find


def test_a_post_before_the_name_is_part_of_the_speaker_not_of_the_statement(run):
    sts = run(
        "The Spokesperson of the Ministry of Foreign Affairs of Ruritania, Ana Reis said that the minister "
        "of Sylvania has continued his trend of offering unhelpful comments."
    )
    st = find(sts, "unhelpful comments")
    assert st.speaker == "The Spokesperson of the Ministry of Foreign Affairs of Ruritania, Ana Reis"
    assert st.text.startswith("that the minister of Sylvania")


def test_the_abbreviated_post_is_the_post_of_the_articles_state(run, project_resolver):
    sts = run(
        "ISLAMABAD: Foreign Office spokesperson Mumtaz Zahra Baloch on Thursday responded to the criticism.\n\n"
        "“The media needs to grow up,” the FO spokesperson said while responding to a question.",
        published=dt.date(2023, 6, 1),
        resolver=project_resolver,
    )
    st = find(sts, "grow up")
    assert st.actor.name == "Mumtaz Zahra Baloch" and st.actor.country == "PK"


def test_the_fm_refers_back_to_the_foreign_minister(run):
    sts = run(
        "Foreign Minister Ana Reis said on Sunday that Ruritania rejects the plan. "
        "The FM said the priority now must be ending the war."
    )
    assert find(sts, "ending the war").speaker == "Foreign Minister Ana Reis"


def test_a_post_named_with_a_capitalised_adjective_refers_back_to_its_holder(run):
    sts = run(
        "Ana Reis, Minister Responsible for Foreign Affairs, today received a phone call from Ivo Brandt, "
        "Sylvania's Secretary of State.\n\n"
        "The Sylvanian Secretary of State expressed his confidence in the relations.\n\n"
        "The Minister Responsible for Foreign Affairs affirmed that the role of Sylvania is important."
    )
    st = find(sts, "role of Sylvania")
    assert st.speaker == "The Minister Responsible for Foreign Affairs"
    assert st.actor.name == "Ana Reis"


# A bare "Foreign Office" is the dateline's state, not that of a state whose people the sentence names
# in passing ("India's minister"); a place named before the body ("In Naypyitaw, …") still places it.
_BODIES = [
    (
        "ISLAMABAD: Pakistan has rejected the claims.\n\n"
        "In response to media queries regarding the recent statement of India’s minister for external "
        "affairs, the Foreign Office spokesperson emphasised that the dispute was an internationally "
        "recognised issue.",
        dt.date(2024, 9, 2),
        "internationally recognised",
        "PK",
    ),
    (
        "JAKARTA, July 12 — Indonesia said on Wednesday that the talks would go on.\n\n"
        "In Naypyitaw, the Foreign Ministry spokesman said that the meeting had taken place.",
        dt.date(2023, 7, 12),
        "meeting had taken place",
        "MM",
    ),
]


@pytest.mark.parametrize(("text", "published", "fragment", "country"), _BODIES)
def test_a_bare_body_is_placed_by_the_article_not_by_an_owner_named_in_passing(
    run, project_resolver, text, published, fragment, country
):
    sts = run(text, published=published, resolver=project_resolver)
    assert find(sts, fragment).actor.country == country


def test_an_abbreviated_title_ends_no_sentence(run):
    sts = run("The Ruritanian High Commissioner, Amb. Kabiru Bala, in a statement said that the victims were safe.")
    assert find(sts, "victims were safe").speaker == "The Ruritanian High Commissioner, Amb. Kabiru Bala"
