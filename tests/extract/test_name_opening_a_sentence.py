"""A surname that opens a sentence and is tagged a common noun ("Zelenskyy said …") is the name the
article gave in full before, not a title that refers back to the last mention holding the word (a
pair "Lopes and Zelenskyy spoke …", whose first party is Lopes). The people are invented."""

import datetime as dt

from tests.extract.conftest import find


def test_a_sentence_opening_surname_is_the_person_not_the_pair_before(run, project_resolver):
    sts = run(
        "Velorian President Ivo Zelenskyy met Sylvanian President Ana Lopes on Tuesday.\n\n"
        "The details. Lopes and Zelenskyy spoke for almost an hour, their relationship having soured at a "
        "meeting in February. Zelenskyy said this conversation was “long and substantive,” while Lopes said it "
        "“couldn’t have been nicer.”",
        published=dt.date(2026, 1, 30),
        resolver=project_resolver,
    )
    assert find(sts, "long and substantive").actor.name == "Ivo Zelenskyy"
