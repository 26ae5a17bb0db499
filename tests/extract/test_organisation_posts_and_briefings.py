"""A bare post of organisations ("The Secretary-General calls on …") and a briefing's bare title label
("Spokesman: …"). The organisations are real (their posts are what is tested); the people in the
sentences are invented unless the registry must know them by date."""

import datetime as dt

import pytest

from tests.extract.conftest import find


@pytest.fixture
def real(run, project_resolver):
    return lambda text, day: run(text, published=day, resolver=project_resolver)


def test_a_bare_secretary_general_in_a_un_briefing_is_the_un_secretary_general_of_the_day(real):
    sts = real(
        "The following is a near-verbatim transcript of today's noon briefing.\n\n"
        "The Secretary-General is deeply concerned about the violence. He calls on all parties to exercise "
        "maximum restraint.",
        dt.date(2013, 7, 2),
    )
    assert find(sts, "maximum restraint").actor.name == "Ban Ki-moon"


def test_the_secretary_general_after_nato_is_named_is_nato_s(real):
    sts = real("BRUSSELS -- NATO held a summit. The Secretary-General said talks would resume.", dt.date(2016, 7, 2))
    assert find(sts, "talks would resume").actor.name == "Jens Stoltenberg"


def test_the_secretary_general_of_another_organisation_is_not_the_un_s(real):
    sts = real(
        "RIYADH -- GCC Secretary-General Rashid Al-Mansouri condemned the attack, which violated laws upheld "
        "by the United Nations.\n\n"
        "The Secretary-General also noted Qatar's mediation efforts.",
        dt.date(2025, 9, 9),
    )
    assert find(sts, "mediation efforts").actor.name == "Rashid Al-Mansouri"


def test_a_spokesman_label_is_the_spokesman_the_heading_names(real):
    sts = real(
        "The following is a near-verbatim transcript of today's noon briefing by Tomas Reis, Spokesman for the "
        "Secretary-General.\n\n"
        "Question: Has the Secretary-General spoken to the president?\n\n"
        "Spokesman: He has been in touch with other leaders in the region over the past days.\n\n"
        "Question: And on the border?\n\n"
        "Spokesman: The envoy met the parties on Monday and will report back to the Council.",
        dt.date(2024, 7, 2),
    )
    assert find(sts, "in touch with other leaders").actor.name == "Tomas Reis"


def test_an_unlabelled_i_is_the_speaker_whose_label_opened_the_remarks(run):
    sts = run(
        "Press Conference by Foreign Minister ROE Jane\n\n"
        "Opening Remarks\n\n"
        "Ms. ROE Jane, Minister for Foreign Affairs:I held a telephone meeting earlier with Secretary Brandt.\n\n"
        "In addition, I stated that Sylvania will fulfill its role as the chair of the group this year."
    )
    st = find(sts, "fulfill its role")
    assert st.speaker == "Ms. ROE Jane, Minister for Foreign Affairs"


def test_an_i_with_no_label_is_a_guess_kept_out_of_the_top_band(run):
    sts = run(
        "Foreign Minister Ana Lopes met Secretary Ivo Brandt on Monday. Secretary Brandt offered his "
        "congratulations.\n\n"
        "In addition, I stated that Sylvania will fulfill its role as the chair of the group this year."
    )
    st = find(sts, "fulfill its role")
    assert st.confidence < 0.9
