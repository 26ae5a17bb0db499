"""A definite title with no name ("Chile's special envoy to the Arctic says …" in a standfirst) is
the one person the article names with that same title, before or after it ("Chile's special envoy
to the Arctic, Rosa Vidal, told reporters …"); no one when the article names several or none.
Every sentence here is invented."""

import datetime as dt

import pytest

from tests.extract.conftest import find

DAY = dt.date(2024, 8, 31)


@pytest.fixture
def real(run, project_resolver):
    return lambda text: run(text, published=DAY, resolver=project_resolver)


def test_a_standfirst_title_is_the_person_the_body_names_with_it(real):
    sts = real(
        "In short:\nChile's special envoy to the Arctic says the new shipping rules must be withdrawn.\n\n"
        "Arctic states met on Friday in Tromso.\n\n"
        "But Chile's special envoy to the Arctic, Rosa Vidal, told reporters at the venue that the rules "
        "ignored small fleets."
    )
    st = find(sts, "shipping rules must be withdrawn")
    assert st.actor.name == "Rosa Vidal" and st.actor.country == "CL"


def test_a_title_the_article_gives_two_names_stays_unnamed(real):
    sts = real(
        "Chile's special envoy to the Arctic says the new shipping rules must be withdrawn.\n\n"
        "Chile's special envoy to the Arctic, Rosa Vidal, met officials in Oslo in May. "
        "Chile's special envoy to the Arctic, Ana Lopes, will replace her in June."
    )
    assert find(sts, "shipping rules must be withdrawn").actor.name not in ("Rosa Vidal", "Ana Lopes")


def test_an_indefinite_title_is_someone_new(real):
    sts = real(
        "Chile's special envoy to the Arctic, Rosa Vidal, arrived in Oslo on Friday.\n\n"
        "A special envoy to the Arctic said the new shipping rules must be withdrawn."
    )
    assert find(sts, "shipping rules must be withdrawn").actor.name != "Rosa Vidal"
