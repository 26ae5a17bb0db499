"""Normalisation: the key every alias and mention is looked up by."""

import pytest

from app.pipeline.resolve.normalize import fold, kebab, norm, without_possessive


@pytest.mark.parametrize(
    "text, key",
    [
        ("The Kremlin", "kremlin"),
        ("the U.S. Defense Department", "united states defense department"),
        ("US", "united states"),
        ("USA", "united states"),
        ("the UK's Foreign Office", "united kingdom foreign office"),
        ("Türkiye’s", "turkiye"),
        ("Mevlüt Çavuşoğlu", "mevlut cavusoglu"),
        ("Aleksandar Vučić", "aleksandar vucic"),
        ("Lech Wałęsa", "lech walesa"),
        ("Lavrov's", "lavrov"),
        ("the ministers' talks", "ministers talks"),
        ("al-Burhan", "al burhan"),
        ("  NATO  ", "nato"),
        ("U.N. chief", "un chief"),
        ("", ""),
        (None, ""),
    ],
)
def test_norm(text, key):
    assert norm(text) == key


def test_lower_case_us_is_a_pronoun_not_the_country():
    assert norm("us") == "us"
    assert norm("told us") == "told us"


def test_fold_keeps_case_and_kebab_is_ascii():
    assert fold("Élysée") == "Elysee"
    assert kebab("Côte d'Ivoire") == "cote-d-ivoire"
    assert kebab("Türkiye") == "turkiye"


def test_without_possessive_takes_off_the_last_word_s_ending_only():
    assert without_possessive("Iran's") == "Iran"
    assert without_possessive("the Coast Guard’s") == "the Coast Guard"
    assert without_possessive("Iran's foreign minister") == "Iran's foreign minister"
    assert without_possessive("the ministers'") == "the ministers'"
