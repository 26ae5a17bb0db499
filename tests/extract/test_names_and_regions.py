"""A person's name is never made of the line above it ("**Middle East" as a section heading,
"- Published" as page furniture), nor of the region a post is held in ("Special Coordinator for
the Horn of Africa Ana Lima"). Every sentence here is invented."""

import datetime as dt

import pytest

from tests.extract.conftest import find

DAY = dt.date(2024, 1, 26)


@pytest.fixture
def real(run, project_resolver):
    return lambda text: run(text, published=DAY, resolver=project_resolver)


def test_a_heading_on_the_line_above_is_no_part_of_a_name(real):
    sts = real(
        "**Horn of Africa\n\n"
        "Ana Lima, the envoy for the region, arrived in Nairobi on Monday.\n\n"
        '"We are alarmed by the fighting," Ms. Lima said.'
    )
    assert find(sts, "alarmed by the fighting").actor.name == "Ana Lima"


@pytest.mark.parametrize(
    ("mention", "name"),
    [
        ("Special Coordinator for the Middle East Ana Lima", "Ana Lima"),
        ("Special Envoy to the Pacific Tom Reis", "Tom Reis"),
        ("Envoy for the Great Lakes Ivo Kral", "Ivo Kral"),
    ],
)
def test_a_region_after_a_post_is_where_the_post_is_held(project_resolver, mention, name):
    assert project_resolver.resolve(mention, DAY).name == name


def test_a_sentences_first_word_is_no_part_of_the_name_after_it(run, project_resolver):
    sts = run(
        "But Lopes Brandt was upbeat as he went about his business.\n\n"
        "“I’m gagged, but I’m fine,” Lopes Brandt told reporters.",
        resolver=project_resolver,
    )
    assert find(sts, "I’m gagged").actor.name == "Lopes Brandt"
