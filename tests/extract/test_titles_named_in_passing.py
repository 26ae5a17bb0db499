"""A bare title ("the crown prince") whose last speaker bears no such title is the person the text
named with that very title since, spoken or not ("… phoned Saudi Crown Prince Mohammed bin Salman"),
never a holder of another post of the same noun ("Prime Minister Modi" is no "the minister"). The
texts are our own."""

import datetime as dt

from tests.extract.conftest import find


def test_the_title_of_a_person_named_in_passing(run, project_resolver):
    sts = run(
        "Emir Nawaf al-Ahmad of Kuwait phoned Saudi Crown Prince Mohammed bin Salman on Tuesday to offer help.\n\n"
        "The crown prince \"thanked him for the offer,\" the agency reported.",
        published=dt.date(2021, 3, 9),
        resolver=project_resolver,
    )
    assert find(sts, "thanked him for the offer").actor.name == "Mohammed bin Salman"


def test_another_post_of_the_same_noun_is_no_antecedent(run, project_resolver):
    sts = run(
        "Lavrov said the talks were useful. He later met Prime Minister Narendra Modi in Delhi.\n\n"
        "The minister said Russia would keep supplying oil.",
        published=dt.date(2023, 3, 2),
        resolver=project_resolver,
    )
    assert find(sts, "keep supplying oil").actor.name == "Sergey Lavrov"


def test_a_speaker_the_text_gave_no_post_keeps_the_title(run, project_resolver):
    sts = run(
        "Zelensky said Ukraine would not cede territory.\n\nHe will meet US President Donald Trump in Washington "
        "on Monday.\n\nThe president said Ukraine needed security guarantees before any deal.",
        published=dt.date(2025, 8, 15),
        resolver=project_resolver,
    )
    assert find(sts, "needed security guarantees").actor.country == "UA"


def test_a_leader_may_still_be_the_president(run, project_resolver):
    sts = run(
        "Russian leader Vladimir Putin said Moscow was open to dialogue.\n\nPutin spoke by phone with Turkish "
        "President Recep Tayyip Erdogan on Tuesday.\n\nThe president said Russia would continue to honour the deal.",
        published=dt.date(2023, 7, 4),
        resolver=project_resolver,
    )
    assert find(sts, "continue to honour the deal").actor.country == "RU"
