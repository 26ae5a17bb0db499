"""Meeting coverage (UN press summaries, summit write-ups): a bare delegate of a state is the state;
a delegate the article names is that person, not the registry's holder of some similar post; a
person "of" a state or body is that person. Mentions written for the test."""

from __future__ import annotations

import datetime as dt

import pytest

D = dt.date(2024, 11, 18)


@pytest.mark.parametrize(
    "mention, slug",
    [
        ("The representative of the Russian Federation", "russia"),
        ("the representative of China", "china"),
        ("The representative of the Republic of Korea", "south-korea"),
        ("the delegate of Chile", "chile"),
        ("The representative of Sierra Leone", "sierra-leone"),
    ],
)
def test_a_bare_delegate_of_a_state_is_the_state(project_resolver, mention, slug):
    found = project_resolver.resolve(mention, D)
    assert found.slug == slug and found.kind == "state"


def test_a_delegate_of_an_organisation_is_not_made_a_state(project_resolver):
    found = project_resolver.resolve("the representative of the European Union", D)
    assert found.kind != "state"


def test_an_indefinite_delegate_is_not_the_state(project_resolver):
    found = project_resolver.resolve("a representative of Chile", D)
    assert found is None or found.kind != "state"


@pytest.mark.parametrize(
    "mention, name, country",
    [
        ("the representative of the United States, Mara Quill", "Mara Quill", "US"),
        ("The representative of Brazil, Tomas Varela Reis", "Tomas Varela Reis", "BR"),
        ("Ambassador of Japan to Ruritania, Kenji Hayama", "Kenji Hayama", "JP"),
    ],
)
def test_a_named_delegate_is_the_person_named(project_resolver, mention, name, country):
    found = project_resolver.resolve(mention, D)
    assert (found.kind, found.name, found.country) == ("person", name, country)


@pytest.mark.parametrize(
    "mention, name, country",
    [
        ("Tomas Varela Reis of Brazil", "Tomas Varela Reis", "BR"),
        ("Ines Albuquerque of Portugal", "Ines Albuquerque", "PT"),
        ("Jan Kowalczyk of the University of Warsaw", "Jan Kowalczyk", None),
    ],
)
def test_a_name_of_a_state_or_body_is_the_person(project_resolver, mention, name, country):
    found = project_resolver.resolve(mention, D)
    assert (found.kind, found.name, found.country) == ("person", name, country)


@pytest.mark.parametrize("mention", ["Bank of England", "the Central Bank of Nigeria", "Islamic Republic of Iran"])
def test_bodies_named_with_of_stay_bodies(project_resolver, mention):
    assert project_resolver.resolve(mention, D).kind != "person"


def test_a_legislators_title_is_no_part_of_the_name(project_resolver):
    assert project_resolver.resolve("MLA Tessa Holm", D).name == "Tessa Holm"


def test_canciller_is_a_foreign_ministers_title(project_resolver):
    found = project_resolver.resolve("Argentine Canciller Diana Mondino", dt.date(2024, 6, 18))
    assert found.slug == "diana-mondino"
