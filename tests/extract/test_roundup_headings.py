"""A reactions roundup whose sections are headed by a line with only a state's name ("Jordan"):
a speaker the article does not place otherwise is that state's. One such line alone heads nothing.
Sentences written for the test; the spokesperson's name is invented."""

from __future__ import annotations

ROUNDUP = (
    "Arab states condemned on Saturday an attack in the Sinai that killed at least 11 troops.\n"
    "Saudi Arabia\n"
    "The Ministry of Foreign Affairs expressed the Kingdom’s strong condemnation of the attack, state news "
    "agency SPA reported.\n"
    "Jordan\n"
    "The ministry’s spokesperson, Karim Haddadin, voiced the Kingdom's strong condemnation of this attack, "
    "state news agency Petra reported.\n"
    "He stressed the Kingdom's solidarity and support to Egypt in confronting terrorism.\n"
)


def test_a_section_headed_by_a_state_places_its_speakers(real_with_source):
    sts = real_with_source(ROUNDUP, "Arab News")
    spokesman = [st for st in sts if st.actor.name == "Karim Haddadin"]
    assert len(spokesman) == 2
    assert {st.actor.country for st in spokesman} == {"JO"}
    saudi = [st for st in sts if "Ministry" in st.actor.name]
    assert saudi and {st.actor.country for st in saudi} == {"SA"}


def test_one_line_naming_a_state_is_no_roundup(real_with_source):
    text = ROUNDUP.replace("Saudi Arabia\n", "").replace("Kingdom’s strong condemnation", "strong condemnation")
    sts = real_with_source(text, "Arab News")
    spokesman = [st for st in sts if st.actor.name == "Karim Haddadin"]
    assert spokesman and {st.actor.country for st in spokesman} != {"JO"}
