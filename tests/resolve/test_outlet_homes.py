"""A national outlet's home state (`based:` in the registry) is where a bare "the Foreign Ministry"
in its pages most often belongs; a wire service or a broadcaster to the world has none. Records
and names written for the test, except the project's own seeds in the last test."""

from __future__ import annotations

import pytest

from app.pipeline.resolve import Registry
from app.pipeline.resolve.record import RegistryError

RECORDS = [
    {
        "slug": "daily-drum",
        "name": "The Daily Drum",
        "kind": "media",
        "country": None,
        "based": "KE",
        "aliases": ["Daily Drum"],
    },
    {"slug": "wire", "name": "World Wire", "kind": "media", "country": None},
    {"slug": "state-agency", "name": "Sylvanian News Agency", "kind": "media", "country": "SE", "based": "SE"},
]


@pytest.mark.parametrize(
    "source, home",
    [
        ("The Daily Drum", "KE"),
        ("Daily Drum", "KE"),
        ("The Daily Drum (Nairobi edition)", "KE"),  # a description in brackets after the name
        ("World Wire", None),  # a wire service: no one home
        ("Sylvanian News Agency", "SE"),
        ("Unknown Gazette", None),
        (None, None),
    ],
)
def test_an_outlets_home_is_where_the_registry_says_it_is_based(source, home):
    assert Registry.from_dicts(RECORDS).outlet_home(source) == home


def test_a_home_that_is_no_iso_code_is_refused():
    with pytest.raises(RegistryError, match="ISO"):
        Registry.from_dicts([{"slug": "x", "name": "X Times", "kind": "media", "based": "Kenya"}])


def test_the_seeded_outlets_of_the_world_have_no_home_and_national_ones_do(registry):
    assert [registry.outlet_home(n) for n in ("Reuters", "Al Jazeera", "CNN", "Arab News", "Xinhua")] == [
        None,
        None,
        None,
        "SA",
        "CN",
    ]


@pytest.mark.parametrize(
    "source, home",
    [("Dawn", "PK"), ("The Hindu", "IN"), ("The Jakarta Post", "ID"), ("Tehran Times", "IR"), ("IOL", "ZA")],
)
def test_national_papers_of_south_asia_the_gulf_and_africa_have_their_home(project_resolver, source, home):
    # a bare "Foreign Office Spokesperson X" in Dawn's story about Afghanistan is Pakistan's
    assert project_resolver.registry.outlet_home(source) == home
