"""Countries: country_code and find_countries over the tables and the English pack."""

import pytest

from app.lang import load_lexicon
from app.pipeline.resolve.countries import Countries, names_of, short_name

COUNTRIES = Countries(load_lexicon().resolve.countries)
country_code = COUNTRIES.country_code
find_countries = COUNTRIES.find_countries


@pytest.mark.parametrize(
    "name, code",
    [
        ("Armenian", "AM"),
        ("Azerbaijani", "AZ"),
        ("Azeri", "AZ"),
        ("Turkish", "TR"),
        ("American", "US"),
        ("British", "GB"),
        ("Russians", "RU"),
        ("Israelis", "IL"),
        ("Chinese", "CN"),
        ("Dutch", "NL"),
        ("Türkiye", "TR"),
        ("Turkey", "TR"),
        ("Turkiye", "TR"),
        ("Russia", "RU"),
        ("Russian Federation", "RU"),
        ("South Korea", "KR"),
        ("North Korean", "KP"),
        ("Czech Republic", "CZ"),
        ("Ivory Coast", "CI"),
        ("Côte d’Ivoire", "CI"),
        ("DR Congo", "CD"),
        ("Congo", "CD"),
        ("Congo-Brazzaville", "CG"),
        ("Moscow", "RU"),
        ("Kyiv", "UA"),
        ("Kiev", "UA"),
        ("Pristina", "XK"),
        ("Yerevan", "AM"),
        ("Naypyidaw", "MM"),
        ("La Paz", "BO"),
        ("Washington", "US"),
        ("New Delhi", "IN"),
        ("Kosovo", "XK"),
        ("Kosovar", "XK"),
        ("Palestine", "PS"),
        ("Palestinian", "PS"),
        ("the Gambia", "GM"),
        ("Somali", "SO"),
        ("South Sudanese", "SS"),
        ("Sudanese", "SD"),
        ("Nigerien", "NE"),
        ("Nigerian", "NG"),
        ("RU", "RU"),
        ("RUS", "RU"),
        ("XK", "XK"),
        ("USA", "US"),
        ("UK", "GB"),
        ("UAE", "AE"),
        ("U.S.", "US"),
        ("Russia's", "RU"),
    ],
)
def test_country_code(name, code):
    assert country_code(name) == code


@pytest.mark.parametrize("name", ["in", "it", "am", "", None, "Atlantis", "European", "African"])
def test_country_code_rejects(name):
    assert country_code(name) is None


def test_short_names_are_the_news_names():
    assert short_name("KR") == "South Korea" == COUNTRIES.short_name("KR")
    assert short_name("TR") == "Türkiye"
    assert short_name("XK") == "Kosovo"
    assert short_name("GB") == "United Kingdom"
    assert "Turkey" in names_of("TR")


def _found(text):
    return [(text[a:b], code) for a, b, code in find_countries(text)]


def test_find_countries_names_demonyms_capitals_in_order():
    text = "The Georgian envoy flew from Tbilisi to Ankara after Iran's offer; Azerbaijani troops stayed."
    assert _found(text) == [
        ("Georgian", "GE"),
        ("Tbilisi", "GE"),
        ("Ankara", "TR"),
        ("Iran", "IR"),
        ("Azerbaijani", "AZ"),
    ]


def test_find_countries_offsets_index_the_text():
    text = "Talks between Serbia and Kosovo resumed."
    for start, end, _code in find_countries(text):
        assert text[start:end] in ("Serbia", "Kosovo")


def test_find_countries_prefers_the_longest_name():
    assert _found("South Sudanese and Sudanese delegates met in Papua New Guinea.") == [
        ("South Sudanese", "SS"),
        ("Sudanese", "SD"),
        ("Papua New Guinea", "PG"),
    ]
    assert _found("Guinea-Bissau and Equatorial Guinea") == [("Guinea-Bissau", "GW"), ("Equatorial Guinea", "GQ")]


def test_find_countries_codes_only_in_capitals():
    assert _found("The U.S. and the UK told us it was in the UAE's interest.") == [
        ("U.S.", "US"),
        ("UK", "GB"),
        ("UAE", "AE"),
    ]


def test_find_countries_skips_lookalikes():
    text = "A Latin American diplomat from New Jersey spoke in Brussels about the Indian Ocean; turkey was served."
    assert _found(text) == []


def test_find_countries_accents_and_apostrophes():
    assert _found("Cote d'Ivoire and Türkiye and Turkiye") == [
        ("Cote d'Ivoire", "CI"),
        ("Türkiye", "TR"),
        ("Turkiye", "TR"),
    ]


def test_find_countries_empty():
    assert find_countries("") == []


def test_post_abbreviations_are_no_country_codes_in_prose(countries):
    assert countries.country_code("FM") is None  # foreign minister, not Micronesia
    assert countries.country_code("FO") is None  # Foreign Office, not the Faroe Islands
    assert countries.country_code("PM") is None
    assert countries.country_code("RU") == "RU" and countries.country_code("US") == "US"
