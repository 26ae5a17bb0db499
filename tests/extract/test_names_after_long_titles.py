"""A person named after a long title is that person: "Head of the International Department of the
Communist Party of China Song Tao" is Song Tao of China (not the party's head, whom the title alone
would match, nor a body named after the whole phrase), and "Minister Song" later is the same man,
not a registry namesake; "Tao" in a name is no "TAO" (a body's initials); "the Colombian minister"
refers back to "Colombia's Foreign Minister, Ana Ruiz," though her title stands between commas.
The texts are our own."""

import datetime as dt

from tests.extract.conftest import find


def test_a_name_after_a_party_departments_title(run, project_resolver):
    sts = run(
        "Head of the International Department of the Communist Party of China Song Tao said the visit had "
        "deepened trust between the two parties.",
        published=dt.date(2019, 3, 23),
        resolver=project_resolver,
    )
    st = find(sts, "the visit had deepened trust")
    assert (st.actor.name, st.actor.country) == ("Song Tao", "CN")


def test_the_same_man_later_by_title_and_surname(run, project_resolver):
    sts = run(
        "Minister of the International Department of the Communist Party of China Song Tao called on the "
        "Foreign Minister today.\n"
        "Minister Song said both sides would keep in close touch.",
        published=dt.date(2019, 3, 23),
        resolver=project_resolver,
    )
    assert find(sts, "both sides would keep in close touch").actor.name == "Song Tao"


def test_a_known_person_named_under_the_title_stays_known(run, project_resolver):
    sts = run(
        "Russian Foreign Minister Sergei Lavrov said the talks were useful.",
        published=dt.date(2019, 3, 23),
        resolver=project_resolver,
    )
    st = find(sts, "the talks were useful")
    assert (st.actor.known, st.actor.country) == (True, "RU")


def test_a_title_between_commas_is_still_her_title(run, project_resolver):
    sts = run(
        "Colombia’s Foreign Minister, Ana Lucia Ruiz, said the manoeuvres endangered the region.\n"
        "Regarding the storm, the Colombian minister indicated that it caused great destruction.",
        published=dt.date(2025, 11, 19),
        resolver=project_resolver,
    )
    st = find(sts, "it caused great destruction")
    assert (st.actor.name, st.actor.country) == ("Ana Lucia Ruiz", "CO")


def test_a_name_before_its_long_title(run, project_resolver):
    sts = run(
        "Song Tao, head of the International Department of the CPC Central Committee, said the two parties "
        "should strengthen exchanges.\nSong said the visit had been fruitful.",
        published=dt.date(2019, 3, 23),
        resolver=project_resolver,
    )
    assert find(sts, "should strengthen exchanges").actor.name == "Song Tao"
    assert find(sts, "the visit had been fruitful").actor.name == "Song Tao"


def test_initials_in_mixed_case_british_style(run, project_resolver):
    sts = run(
        "The Opec secretariat said the group would keep output unchanged.",
        published=dt.date(2019, 3, 23),
        resolver=project_resolver,
    )
    assert find(sts, "keep output unchanged").actor.name == "Organization of the Petroleum Exporting Countries"


def test_a_name_glued_to_the_body_of_its_post(run, project_resolver):
    # The tagger reads "the Arab League Yusuf Al Hamdan" as one organisation: the words after the
    # body's name are the person's.
    sts = run(
        "Secretary-General of the Arab League Yusuf Al Hamdan said the visit would support relations.\n"
        "The secretary-general said Iraq was a founder of the League.",
        published=dt.date(2021, 3, 6),
        resolver=project_resolver,
    )
    assert find(sts, "the visit would support relations").actor.name == "Yusuf Al Hamdan"
    assert find(sts, "Iraq was a founder").actor.name == "Yusuf Al Hamdan"


def test_a_body_of_its_own_after_of_keeps_its_name(run, project_resolver):
    sts = run(
        "The Minister of Foreign Affairs and Trade of Hungary said the talks were useful.",
        published=dt.date(2021, 3, 6),
        resolver=project_resolver,
    )
    assert find(sts, "the talks were useful").actor.country == "HU"


def test_a_place_after_the_body_of_a_post_is_no_name(run, project_resolver):
    sts = run(
        "Head of the European Union Delegation Niger said the aid would continue.",
        published=dt.date(2021, 3, 6),
        resolver=project_resolver,
    )
    assert find(sts, "the aid would continue").actor.kind != "person"
