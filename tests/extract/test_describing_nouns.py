"""A describing noun ("the diplomat") refers back to the person the article met under a title it
stands for, not to whoever spoke last: a deputy foreign minister is a diplomat, a presidential
spokesman is not. Every sentence here is invented."""

from tests.extract.conftest import find


def test_the_diplomat_is_the_deputy_foreign_minister_not_the_presidential_spokesman(run, project_resolver):
    sts = run(
        "Ruritania sees no sign of a dialogue, Ruritanian Deputy Foreign Minister Ivo Brandt told reporters on Thursday.\n\n"
        "Earlier, presidential spokesman Jan Kowal told reporters that the president had no plans for a call.\n\n"
        "The diplomat also commented on the expulsion of Ruritanian envoys, calling it a hostile step.",
        resolver=project_resolver,
    )
    assert find(sts, "expulsion of Ruritanian envoys").actor.name == "Ivo Brandt"


def test_the_diplomat_after_an_ambassador_spoke_last_is_the_ambassador(run, project_resolver):
    sts = run(
        "Ruritanian Ambassador Ivo Brandt said the talks had stalled.\n\n"
        "The diplomat also said the sanctions were unlawful.",
        resolver=project_resolver,
    )
    assert find(sts, "sanctions were unlawful").actor.name == "Ivo Brandt"


def test_one_senior_diplomat_is_someone_new_not_the_last_speaker(run, project_resolver):
    sts = run(
        "Commission President Ana Lopes on Tuesday called for a tougher stance on trade.\n\n"
        "One senior EU diplomat, who was granted anonymity to speak candidly, said several member countries "
        "feared retaliation.\n\n"
        '"Nobody wants a trade war," the diplomat said.',
        resolver=project_resolver,
    )
    assert "Lopes" not in find(sts, "feared retaliation").actor.name
    assert "Lopes" not in find(sts, "Nobody wants").actor.name


def test_the_veteran_politician_is_a_speaker_who_refers_back(run, project_resolver):
    sts = run(
        "Ruritanian Foreign Minister Ana Lopes said Europe needed to do more.\n\n"
        '"We have heard the message loud and clear," the veteran politician told DW.',
        resolver=project_resolver,
    )
    assert find(sts, "loud and clear").actor.name == "Ana Lopes"
