""" "The Iranian president" is the holder whose title says "president", not Iran's head of state (its
Supreme Leader), on the article's day and in an undated article; where the president is the head of
state, nothing changes. The sentences are our own."""

import datetime as dt

import pytest

from tests.extract.conftest import find


@pytest.mark.parametrize(
    ("published", "name"),
    [(None, "Masoud Pezeshkian"), (dt.date(2026, 6, 1), "Masoud Pezeshkian"), (dt.date(2023, 6, 1), "Ebrahim Raisi")],
)
def test_the_iranian_president(run, project_resolver, published, name):
    sts = run("The Iranian president said the talks were useful.", published=published, resolver=project_resolver)
    assert find(sts, "talks were useful").actor.name == name


def test_a_president_who_is_head_of_state(run, project_resolver):
    sts = run(
        "The French president said the talks were useful.", published=dt.date(2024, 1, 1), resolver=project_resolver
    )
    assert find(sts, "talks were useful").actor.name == "Emmanuel Macron"
