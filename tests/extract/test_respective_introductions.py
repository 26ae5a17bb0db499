"""Two states and two names in the same order ("the foreign ministers of Kazakhstan and Russia Ana
Lopes and Ivo Brandt") introduce each person as the first or the second state's, not as the state
written next to the name, nor as the dateline's. The people are invented."""

import datetime as dt

import pytest

from tests.extract.conftest import find


@pytest.mark.parametrize("comma", ["", ","])
def test_each_name_takes_its_state_in_order(run, project_resolver, comma):
    sts = run(
        f"MOSCOW. KAZINFORM – The meeting of the foreign ministers of Kazakhstan and Russia{comma} Ana Lopesova and "
        "Ivo Brandtov has started in the Russian capital.\n\n"
        "Minister Lopesova reminded that the two countries signed an agreement on vaccine deliveries.\n\n"
        "Brandtov said the talks would continue on Friday.",
        published=dt.date(2026, 1, 30),
        resolver=project_resolver,
    )
    assert find(sts, "vaccine deliveries").actor.country == "KZ"
    assert find(sts, "talks would continue").actor.country == "RU"


def test_a_state_of_two_words_and_a_name_with_a_particle(run, project_resolver):
    sts = run(
        "The foreign ministers of Jordan and Saudi Arabia, Ana Lopesova and Faisal bin Farhan Salmanov, met on "
        "Monday.\n\nSalmanov said the talks would continue.",
        published=dt.date(2026, 1, 30),
        resolver=project_resolver,
    )
    st = find(sts, "talks would continue")
    assert st.actor.name == "Faisal bin Farhan Salmanov" and st.actor.country == "SA"
