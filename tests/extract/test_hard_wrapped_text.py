"""Hard-wrapped copy (wire text, a PDF): a line break inside a sentence is read as a space, so a
quotation and its speaker are found across it; a normal article's line breaks stay paragraph breaks.
Texts written for the test."""

from __future__ import annotations

from app.pipeline.extract.reading import reading_text
from tests.extract.conftest import find

WRAPPED = (
    "[June 2, 2025]\n"
    "By ANA LIMA\n"
    "GENEVA (AP) — A meeting between the Sylvanian foreign minister and top\n"
    "European diplomats on Friday yielded hopes of further talks but no\n"
    "immediate breakthrough, a week after the crisis over the border\n"
    "erupted into open conflict between the two neighbours.\n"
    "Foreign ministers from three European states emerged from talks at a\n"
    "Geneva hotel about three hours after the Sylvanian minister arrived.\n"
    "British Foreign Secretary Piet Berg said: “We are keen to continue the\n"
    "discussions with Sylvania.” He added that “we were\n"
    "clear: the border must reopen.”\n"
)


def test_wrapped_lines_are_joined_with_offsets_kept():
    read = reading_text(WRAPPED)
    assert len(read) == len(WRAPPED)
    assert "top European diplomats" in read and "the\ndiscussions" not in read
    assert read.startswith("[June 2, 2025]\nBy ANA LIMA\nGENEVA")  # short lines still end their paragraph
    assert "neighbours.\nForeign ministers" in read  # a sentence's end at a line's end stays a break


def test_a_quotation_wrapped_over_lines_is_one_statement(run):
    st = find(run(WRAPPED), "keen to continue")
    assert st.kind == "direct" and "Piet Berg" in st.speaker
    assert st.text.replace("\n", " ") == "We are keen to continue the discussions with Sylvania."


def test_an_article_with_one_paragraph_per_line_is_left_as_it_is():
    text = "\n".join(f"Paragraph {n} of the story tells what the minister said on Monday." for n in range(10))
    assert reading_text(text) == text
