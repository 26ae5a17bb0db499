"""Furniture that read as statements: a photo caption closed by a credit in square brackets
("….[Photo by Name/chinadaily.com.cn]"), a transcript's "Subjects:" line, and a journalist's own "I"
in a question ("Q: … I am asking this for clarification"), which is nobody's statement. Names are
invented."""

from tests.extract.conftest import find


def test_a_caption_with_a_bracketed_photo_credit_is_furniture(run):
    sts = run(
        "Foreign Minister Ana Lopes (R) shakes hands with visiting Velorian Foreign Minister Ivo Brandt in "
        "Velora Jan 27, 2016.[Photo by Li Wen/example.com.cn]\n\n"
        "Foreign Minister Ana Lopes said on Wednesday that the talks were useful."
    )
    assert [s.text for s in sts] == ["that the talks were useful"]


def test_a_subjects_line_is_no_speaker(run):
    sts = run(
        "Subjects: Resignation of the Prime Minister; detention of two nationals; relations with Velora.\n\n"
        "CLENNELL: Minister, what is your reaction?\n\n"
        "ANA LOPES: We respect the decision and we will keep working closely with the new government.\n\n"
        "CLENNELL: Thank you for your time?"
    )
    assert not any("Resignation" in s.text for s in sts)
    find(sts, "We respect the decision")


def test_a_questioners_i_is_no_statement(run, project_resolver):
    sts = run(
        "This is all for my opening statement. I will take your questions.\n\n"
        "Q: This may be a question about an event a while ago, but I am asking this for clarification. "
        "I would like to know what the minister did while the conference was taking place.\n\n"
        "A: The conference was held during the Games, when a number of visits took place here.",
        resolver=project_resolver,
    )
    assert not any("asking this" in s.text for s in sts)


def test_an_outlets_label_asks_too(run, project_resolver):
    sts = run(
        "Spokesperson Ana Lopes: The talks were useful.\n\n"
        "AFP: This may be a question about an event a while ago, but I am asking this for clarification. "
        "What did the minister do?\n\n"
        "Spokesperson Ana Lopes: I believe she did not attend.",
        resolver=project_resolver,
    )
    assert not any("asking this" in s.text for s in sts)
    assert find(sts, "did not attend").actor.name == "Ana Lopes"
