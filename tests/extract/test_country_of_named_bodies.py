"""Issue 14, kind 5: bodies outside the registry take the country their own words give: where
they are based ("a militia based in Tobago"), a bare "the group" that names the clause's subject
again, initials or a gloss in brackets that are no mention of their own ("the Harbour Workers'
Association (HWA)", "the Umma (Nation) party"). Every sentence here is invented."""

import datetime as dt

import pytest

from tests.extract.conftest import find

DAY = dt.date(2024, 5, 14)


@pytest.fixture
def real(run, project_resolver):
    return lambda text: run(text, published=DAY, resolver=project_resolver)


@pytest.mark.parametrize(
    ("text", "evidence", "country"),
    [
        ("A militia based in Trinidad said it would lay down its arms by June.", "lay down its arms", "TT"),
        ("A newspaper headquartered in Nairobi said the tender had been rigged.", "tender had been rigged", "KE"),
    ],
)
def test_where_a_body_is_based_places_it(real, text, evidence, country):
    assert find(real(text), evidence).actor.country == country


def test_the_group_is_the_subject_of_the_clause_it_reports(real):
    sts = real("The Chilean Fishermen's movement rejected the new quota on Monday, the group said.")
    assert find(sts, "new quota").actor.country == "CL"


def test_initials_in_brackets_are_the_bodys_own(real):
    sts = real("Lesotho Harbour Workers Association (AKK) officials demanded higher wages from the port authority.")
    st = find(sts, "higher wages")
    assert st.actor.country == "LS" and st.actor.kind != "person"


def test_a_gloss_in_brackets_is_no_mention_of_its_own(real):
    sts = real(
        "The conservative Umma (Nation) party has said it will boycott Algeria's first multi-party elections "
        "unless the president steps down."
    )
    assert find(sts, "boycott").actor.country == "DZ"


def test_a_leading_the_group_said_stays_the_groups_account(real):
    sts = real(
        "Hamas said it would free the hostages on Saturday.\n\n"
        "In a statement, the group said the negotiators had committed to lifting every barrier to aid."
    )
    assert find(sts, "lifting every barrier").actor.name != "negotiators"
