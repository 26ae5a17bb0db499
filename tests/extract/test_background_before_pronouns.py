"""A paragraph with no word of saying is not parsed, for speed; but when the next paragraph opens with
"He" or "She", its subject is who the pronoun stands for ("X arrived in Brussels. ¶ He started by
meeting …"), so it is parsed too. The texts are our own."""

import datetime as dt

from tests.extract.conftest import find


def test_a_pronoun_after_a_paragraph_of_background(run, project_resolver):
    sts = run(
        "Foreign Minister Sergei Lavrov arrived in Brussels on Monday after a long flight from Moscow.\n\n"
        "He started by meeting with the Prime Minister of Belgium, Alexander de Croo, and members of his cabinet.",
        published=dt.date(2021, 6, 24),
        resolver=project_resolver,
    )
    st = find(sts, "meeting with the Prime Minister of Belgium")
    assert (st.kind, st.actor.name) == ("contact", "Sergei Lavrov")


def test_they_after_a_call_in_the_paragraph_before(run, project_resolver):
    """The small model leaves "Mélanie Joly" untagged: the caller is still a person the resolver knows."""
    sts = run(
        "The Honourable Mélanie Joly, Minister of Foreign Affairs, today spoke with Elizabeth Truss, the United "
        "Kingdom's Secretary of State.\n\nThey affirmed the historic and strategic importance of the partnership.",
        published=dt.date(2021, 11, 19),
        resolver=project_resolver,
    )
    assert find(sts, "historic and strategic importance").actor.name == "Mélanie Joly"


def test_a_participle_after_this_follows_a_statement(run, project_resolver):
    """ "This follows a statement by the ministry, objecting to …": the parser hangs the participle on
    "follows", whose subject "This" is a thing; the statement's issuer objected."""
    sts = run(
        "Kathmandu handed a diplomatic note to the Indian ambassador on Monday.\n\nThis follows a press statement "
        "by the Ministry of Foreign Affairs of Nepal on Saturday, objecting to the opening of the road link.",
        published=dt.date(2020, 5, 12),
        resolver=project_resolver,
    )
    st = find(sts, "the opening of the road link")
    assert st.actor.country == "NP" and st.speaker != "This"
