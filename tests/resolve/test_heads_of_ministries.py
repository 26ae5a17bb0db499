"""The head of a ministry is its minister, not the head of state ("the head of the Ministry of
Foreign Affairs of Tajikistan" is the foreign minister)."""

from __future__ import annotations

import datetime as dt

import pytest


@pytest.mark.parametrize(
    "mention, role_holder",
    [
        ("the head of the Ministry of Foreign Affairs of Armenia", "ararat-mirzoyan"),
        ("the head of Russia's Defence Ministry", "sergei-shoigu"),
        ("the head of the Ministry of Defence of Russia", "sergei-shoigu"),
    ],
)
def test_the_head_of_a_ministry_is_its_minister(project_resolver, mention, role_holder):
    assert project_resolver.resolve(mention, dt.date(2023, 5, 1)).slug == role_holder


def test_the_head_of_a_state_is_still_its_head_of_state(project_resolver):
    assert project_resolver.resolve("the head of state of Russia", dt.date(2023, 5, 1)).slug == "vladimir-putin"
