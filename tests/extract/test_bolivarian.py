""" "The Bolivarian delegation", "the head of Bolivarian diplomacy": Venezuela's own adjective (the
Bolivarian Republic of Venezuela) places a speaker as "Venezuelan" does; the Bolivarian Alliance stays
an organisation of its own. The sentences are our own."""

import datetime as dt

import pytest

from tests.extract.conftest import find


@pytest.fixture
def real(run, project_resolver):
    return lambda text: run(text, published=dt.date(2026, 1, 30), resolver=project_resolver)


def test_the_bolivarian_delegation_is_venezuelas(real):
    st = find(real("The Bolivarian delegation said contacts continue with all sectors of the opposition."), "contacts")
    assert st.actor.country == "VE"


def test_the_bolivarian_alliance_is_no_state(real):
    st = find(real("The Bolivarian Alliance said the summit would take place in Havana."), "the summit")
    assert st.actor.kind == "international_organisation"
