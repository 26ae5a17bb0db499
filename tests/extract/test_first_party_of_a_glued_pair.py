"""Two people joined by "and" whose second title the parser hung on the first as an apposition
("Minister X and Ruritania's Ambassador to Y Z met"): the first party is the first person, never
one actor glued from both, and later mentions of the first person's surname are that person.
Sentences written for the test."""

from __future__ import annotations


def test_a_pair_with_the_second_title_hung_on_the_first_is_two_parties(real_with_source):
    text = (
        "Damascus, SANA_ Foreign and Expatriates Minister Dr. Faisal Mikdad and Iran’s Ambassador to Syria "
        "Javad Turk-Abadi discussed prospects of relations between Syria and Iran.\n\n"
        "During their meeting on Saturday, Mikdad expressed Syria’s condemnation of the attack on the "
        "scientist.\n\n"
        "Minister Mikdad affirmed that such crimes affect the whole world."
    )
    sts = real_with_source(text, "SANA")
    assert len(sts) == 3
    for st in sts:
        assert "and" not in st.actor.name.split()
        assert st.actor.name.endswith("Mikdad") or st.actor.name.endswith("Mekdad")
        assert st.actor.country == "SY"


def test_the_first_of_two_titled_lawmakers_keeps_the_groups_place(real_with_source):
    text = (
        "Falkland Islands lawmakers MLA Teslyn Barkman and MLA Gavin Short rejected the Argentine position "
        "and invited members of the committee to visit the Islands."
    )
    (st,) = real_with_source(text, "MercoPress")
    assert st.actor.name == "Teslyn Barkman" and st.actor.country == "FK"
