"""Names written family name first ("Kim Yo Jong", "Wang Yi"): a later bare "Kim said" is the
Kim who has been speaking, found by the first word of the name, not a namesake the article
only mentioned in passing nearer to it. Every sentence here is invented."""

import datetime as dt

import pytest

from tests.extract.conftest import find

DAY = dt.date(2025, 7, 29)


@pytest.fixture
def real(run, project_resolver):
    return lambda text: run(text, published=DAY, resolver=project_resolver)


def test_a_bare_family_name_is_the_speaker_not_a_namesake_mentioned_nearer(real):
    sts = real(
        "PYONGYANG -- North Korean Vice Foreign Minister Pak Myong Ho said on Tuesday that the talks "
        "were over, days after leader Pak Jong Su inspected a shipyard.\n\n"
        '"There is nothing left to discuss with Washington," Pak said.'
    )
    st = find(sts, "nothing left to discuss")
    assert st.actor.name == "Pak Myong Ho" and st.actor.country == "KP"


def test_a_registry_person_is_found_again_by_the_family_name(real):
    sts = real(
        "SEOUL -- Kim Yo Jong, the sister of leader Kim Jong Un, said on Tuesday that Seoul's offer "
        'was a dream.\n\n"We have no interest in any proposal from the South," Kim said.'
    )
    assert find(sts, "no interest in any proposal").actor.name.replace("-", " ").lower() == "kim yo jong"
