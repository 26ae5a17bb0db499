"""What opens a sentence or a text before its speaker: "At the summit in Lima, Chile's Foreign
Minister, Ana Prado, said …" is Prado's clause, and the summit is where she said it; "On Monday
Tuesday he said" (a slip) is his, a day is never a speaker; "Valletta, 3 May: The minister said" is a
dateline. The texts are our own."""

import datetime as dt

from tests.extract.conftest import find


def test_speaker_set_off_by_commas_after_an_opening_phrase(run, project_resolver):
    sts = run(
        "At the trade forum at the Palacio de Congresos in Lima, Peru’s Foreign Minister, Carla Soto, said these "
        "measures are unfair to small exporters across the region.",
        published=dt.date(2024, 4, 17),
        resolver=project_resolver,
    )
    st = find(sts, "these measures are unfair")
    assert st.actor.name == "Carla Soto"
    assert not st.text.startswith("At the trade forum")  # where she spoke is not what she said


def test_named_subject_with_a_title_after_it_stays_the_subject(run, project_resolver):
    sts = run(
        "Peter Lane, a veteran former trade minister, asked in Parliament whether the cuts would be put to a vote.",
        published=dt.date(2024, 4, 17),
        resolver=project_resolver,
    )
    assert all(s.actor is None or s.actor.name != "veteran former trade minister" for s in sts)


def test_a_day_before_a_pronoun_is_when(run, project_resolver):
    sts = run(
        "President Maria Duarte has softened her tone toward the neighbouring government.\n"
        "On Monday Tuesday she said a visit by the foreign minister could come soon.",
        published=dt.date(2024, 4, 17),
        resolver=project_resolver,
    )
    st = find(sts, "a visit by the foreign minister could come soon")
    assert st.actor.name == "Maria Duarte"


def test_a_day_after_a_name_is_no_speaker_of_its_own(run, project_resolver):
    sts = run(
        "The government will appeal the ruling, said Foreign Minister Carla Soto Sunday.",
        published=dt.date(2024, 4, 17),
        resolver=project_resolver,
    )
    assert find(sts, "will appeal the ruling").actor.name.startswith("Carla Soto")


def test_place_and_date_before_a_colon_open_the_text(run, project_resolver):
    sts = run(
        "Valletta, 3 May: The Maltese foreign minister said on Friday that the talks had gone well.\n"
        "Malta's Foreign Minister Ian Borg said the country would host the next round.",
        published=dt.date(2024, 5, 3),
        resolver=project_resolver,
    )
    st = find(sts, "the talks had gone well")
    assert st.speaker == "The Maltese foreign minister"  # not the dateline's capital as the state
    assert (st.actor.name, st.actor.country) == ("Ian Borg", "MT")


def test_a_speakers_label_before_a_colon_is_no_dateline(run, project_resolver):
    sts = run(
        "Spokeswoman Jane Roe: Good morning. The minister said the talks went well.",
        published=dt.date(2024, 5, 3),
        resolver=project_resolver,
    )
    assert find(sts, "the talks went well").actor.name != "Spokeswoman Jane Roe"
