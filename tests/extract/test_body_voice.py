"""A bare "the official" (spokesperson, diplomat) that no person speaker had is the voice of the
body that spoke last, in its paragraph or the one before. Every sentence here is invented."""

import datetime as dt

import pytest

from tests.extract.conftest import find

DAY = dt.date(2024, 11, 4)


@pytest.fixture
def real(run, project_resolver):
    return lambda text: run(text, published=DAY, resolver=project_resolver)


def test_the_official_after_a_ministry_is_the_ministrys(real):
    sts = real(
        "OSLO -- Norway's Foreign Ministry rejected the claims on Friday, a spokesperson told reporters.\n\n"
        'The official said that "the fishing fleet acted within the treaty" at all times.'
    )
    assert find(sts, "fishing fleet acted").actor.country == "NO"


def test_the_official_far_from_the_body_is_not_its(real):
    sts = real(
        "OSLO -- Norway's Foreign Ministry rejected the claims on Friday.\n\n"
        "Fishermen gathered in the harbour on Saturday.\n\n"
        "Boats stayed in port on Sunday.\n\n"
        'The official said that "the fishing fleet acted within the treaty" at all times.'
    )
    assert find(sts, "fishing fleet acted").actor.kind != "institution"
