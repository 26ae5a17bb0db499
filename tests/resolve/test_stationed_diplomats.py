"""Diplomats in the plural said to be in a capital ("envoys in Nairobi") are posted there by many
states: an unnamed group with no country, while the capital's own officials ("officials in
Nairobi") and a state's diplomats by adjective ("Kenyan diplomats") stay that state's. Mentions
written for the test."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("mention", ["diplomats in Nairobi", "Envoys in Lima", "Western diplomats in Hanoi"])
def test_diplomats_posted_in_a_capital_are_of_no_state(resolver, mention):
    found = resolver.resolve(mention)
    assert found is not None and found.kind == "group" and found.country is None and not found.known


@pytest.mark.parametrize("mention, country", [("officials in Nairobi", "KE"), ("Kenyan diplomats", "KE")])
def test_a_capitals_officials_and_a_states_diplomats_keep_the_state(resolver, mention, country):
    found = resolver.resolve(mention)
    assert found is not None and found.country == country
