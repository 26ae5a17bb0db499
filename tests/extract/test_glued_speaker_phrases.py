"""What the parser glues onto a speaker's phrase is no part of who spoke: a name suffix after a comma
("Ana Lima, Jr."), a weekday ("the special envoy on Friday"), a closing quotation mark ("… Haftar”
Lima said"), and a dateline with its region and agency ("TOWN, Region (AP) —"). Every sentence here is
invented."""

import datetime as dt

import pytest

from tests.extract.conftest import find

DAY = dt.date(2023, 11, 16)


@pytest.fixture
def real(run, project_resolver):
    return lambda text: run(text, published=DAY, resolver=project_resolver)


@pytest.fixture
def run_real_2009(run, project_resolver):
    return lambda text: run(text, published=dt.date(2009, 8, 28), resolver=project_resolver)


def test_a_name_suffix_after_a_comma_is_not_the_speaker(real):
    sts = real("President Joseph R. Biden, Jr. met with Prime Minister Kishida Fumio of Japan in San Francisco today.")
    assert find(sts, "Kishida Fumio").actor.country == "US"


def test_a_weekday_is_never_the_speakers_name(run_real_2009):
    sts = run_real_2009(
        "RAMALLAH, West Bank (AP) — President Barack Obama's special Mideast envoy on Friday played down "
        "Israel's rejection of U.S. calls for a halt to construction. Washington remains undeterred in "
        "its push to renew peace talks, he said."
    )
    st = find(sts, "remains undeterred")
    assert "Friday" not in st.actor.name and st.actor.country == "US"


def test_a_closing_quotation_mark_ends_the_quote_not_a_name(real):
    sts = real("“We support the talks with the chief of the army, General Omar Rami” Lima said.")
    assert "Rami" not in find(sts, "support the talks").actor.name


def test_a_dateline_with_region_and_agency_is_no_speaker(run_real_2009):
    sts = run_real_2009(
        "JENIN, West Bank (AP) — A special Mideast envoy on Friday played down the rejection of calls for "
        "a halt to construction, saying talks went well. Washington remains undeterred, he said."
    )
    assert all("JENIN" not in (s.speaker or "") for s in sts)
