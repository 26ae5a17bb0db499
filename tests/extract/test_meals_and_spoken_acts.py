"""A meal given for a guest and a "phone contact" are contacts; referring to, heralding, echoing a
position and giving a statement are statements; the registry's own spelling of a name wins a tie
with another the article also writes. The texts are our own."""

import datetime as dt

from tests.extract.conftest import find

DAY = dt.date(2024, 3, 4)


def test_meals_and_phone_contacts(run, project_resolver):
    text = (
        "Foreign Minister Karim Fathy on Sunday made a phone contact with his Jordanian counterpart Omar Rifai.\n\n"
        "Prime Minister Tashi Dorji also hosted a dinner for the Foreign Secretary and his delegation."
    )
    sts = run(text, DAY, project_resolver)
    assert find(sts, "made a phone contact").kind == "contact"
    assert find(sts, "hosted a dinner for").kind == "contact"


def test_spoken_acts(run, project_resolver):
    text = (
        "Foreign Minister Karim Fathy referred to the border tensions with Sudan.\n\n"
        "Secretary-General Ana Ruiz heralded the ceasefire as a first step.\n\n"
        "Minister Omar Rifai gave a statement on the attacks and echoed the call for restraint."
    )
    sts = run(text, DAY, project_resolver)
    assert find(sts, "referred to the border tensions").actor.name == "Karim Fathy"
    assert find(sts, "heralded the ceasefire").actor.name == "Ana Ruiz"
    assert find(sts, "gave a statement on the attacks").actor.name == "Omar Rifai"


def test_the_registry_spelling_wins_a_tie(run, project_resolver):
    text = (
        "EU chief diplomat Joseph Borrell in Brussels. [Photo]\n\n"
        "The EU's chief diplomat Josep Borrell said on Monday that the visit to Moscow had been difficult.\n\n"
        "\"It wasn't a good time,\" Borrell said."
    )
    sts = run(text, dt.date(2021, 2, 25), project_resolver)
    assert find(sts, "It wasn't a good time").actor.name == "Josep Borrell"


def test_welcoming_a_person_is_a_contact_and_a_decision_a_statement(run, project_resolver):
    text = (
        "President Ali Haddad welcomed Foreign Minister Omar Rifai at the palace on Monday.\n\n"
        "Haddad welcomed the decision by Egypt to reopen the crossing."
    )
    sts = run(text, DAY, project_resolver)
    assert find(sts, "welcomed Foreign Minister Omar Rifai").kind == "contact"
    assert find(sts, "welcomed the decision by Egypt").kind == "indirect"


def test_wishes_in_a_clause_but_not_an_intention(run, project_resolver):
    text = (
        "Premier Li Wen wished that the people of the region will turn grief into strength. "
        "Minister Omar Rifai wished to visit Beijing soon."
    )
    sts = run(text, DAY, project_resolver)
    assert find(sts, "turn grief into strength").actor.name == "Li Wen"
    assert not any("visit Beijing" in st.text for st in sts)


def test_shared_exchanged_and_touched_upon(run, project_resolver):
    text = (
        "Minister Cho Tae-yul and Wang Yi shared their assessment of the regional security situation. "
        "President Sadyr Japarov touched upon the topic of restoring houses. "
        "The two countries share a long border. The sides exchanged prisoners on Monday."
    )
    sts = run(text, DAY, project_resolver)
    assert find(sts, "shared their assessment").actor.name == "Cho Tae-yul"
    assert find(sts, "touched upon the topic").actor.name == "Sadyr Japarov"
    assert not any("border" in st.text or "prisoners" in st.text for st in sts)
