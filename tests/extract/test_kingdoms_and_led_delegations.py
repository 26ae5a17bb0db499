"""A state named by the kind of state it is ("the Kingdom", "the Sultanate") is the one the article
named before; a person who "led the Danish delegation" speaks for Denmark; "It came as X led …, ¶
He stressed …" is X's. Every sentence here is invented."""

import datetime as dt

import pytest

from tests.extract.conftest import find

DAY = dt.date(2024, 3, 6)


@pytest.fixture
def real(run, project_resolver):
    return lambda text: run(text, published=DAY, resolver=project_resolver)


@pytest.mark.parametrize(
    ("state", "word", "code"),
    [("Morocco", "Kingdom", "MA"), ("Oman", "Sultanate", "OM")],
)
def test_the_kingdom_is_the_state_named_before(real, state, word, code):
    sts = real(f"{state} on Monday backed the ceasefire plan. The {word} also called for talks on the border.")
    st = find(sts, "talks on the border")
    assert st.actor.country == code and st.actor.kind == "state"


def test_who_led_a_states_delegation_speaks_for_it(real):
    sts = real(
        "It came as Omar Lindqvist, the minister for Nordic affairs, led the Danish delegation at the "
        "session of the council, which was chaired by Peru and held in Lima.\n\n"
        "He stressed the need for fishing quotas that respect small fleets."
    )
    st = find(sts, "fishing quotas")
    assert st.actor.name == "Omar Lindqvist" and st.actor.country == "DK"
