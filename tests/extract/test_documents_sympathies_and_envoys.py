""" "it said" after a statement issued by a spokesman is that statement's speaker; sympathies sent
are a statement; "Ambassador Extraordinary and Plenipotentiary" is a title, and "the Russian
diplomat" is the Russian ambassador met before. The texts are our own."""

import datetime as dt

from app.pipeline.types import ArticleInput
from tests.extract.conftest import find


def _run(make_extractor, project_resolver, text, published=dt.date(2014, 8, 4)):
    ex = make_extractor(project_resolver)
    return ex.extract(ArticleInput(text=text, published=published))


def test_it_after_a_statement_issued_by_a_spokesman(make_extractor, project_resolver):
    text = (
        "The Kremlin press service said the president sent a message of condolence on Sunday.\n\n"
        "UN Secretary-General Ban Ki-moon said on Sunday that he \"is saddened by the loss of life\" in the flood.\n\n"
        "The UN chief \"offers his condolences to the government and the families of those killed,\" said a "
        "statement issued by Ban's spokesman.\n\n"
        "\"The United Nations stands ready to lend its assistance to the relief efforts,\" it said."
    )
    sts = _run(make_extractor, project_resolver, text)
    assert find(sts, "stands ready to lend its assistance").actor.name == "Ban Ki-moon"


def test_sympathies_sent_and_extended(make_extractor, project_resolver):
    text = (
        "Palestinian President Mahmoud Abbas sent sincere sympathies to the people and families of the victims.\n\n"
        "Cameroonian President Paul Biya extended his sincerest sympathies to the families of the victims."
    )
    sts = _run(make_extractor, project_resolver, text, dt.date(2010, 4, 22))
    assert find(sts, "sent sincere sympathies").actor.name == "Mahmoud Abbas"
    assert find(sts, "extended his sincerest sympathies").actor.name == "Paul Biya"


def test_the_russian_diplomat_is_the_ambassador_met_before(project_resolver):
    ctx = project_resolver.for_article(dt.date(2018, 4, 24))
    envoy = ctx.resolve("Ambassador Extraordinary and Plenipotentiary of Russia to Kazakhstan Alexei Borodavkin")
    assert envoy is not None and (envoy.name, envoy.country) == ("Alexei Borodavkin", "RU")
    ctx.resolve("Putin")
    assert ctx.resolve("Russian diplomat").name == "Alexei Borodavkin"
    assert ctx.resolve("a Russian diplomat").name != "Alexei Borodavkin"  # someone new


def test_told_a_press_briefing_that(make_extractor, project_resolver):
    text = (
        "Seoul's Foreign Ministry spokesman Cho Tai-young told a press briefing that the envoy came here "
        "to attend a meeting of the three countries."
    )
    sts = _run(make_extractor, project_resolver, text, dt.date(2024, 3, 1))
    st = find(sts, "the envoy came here")
    assert (st.actor.name, st.actor.country) == ("Cho Tai-young", "KR")
    assert "briefing" not in st.text


def test_credentials_received_and_presented_are_contacts(make_extractor, project_resolver):
    text = (
        "Belarusian President Aleksandr Lukashenko received credentials from the ambassadors of eight "
        "countries on 15 February.\n\n"
        "The new ambassador of Japan, Kenji Sato, presented his credentials to President Lukashenko on Tuesday."
    )
    sts = _run(make_extractor, project_resolver, text, dt.date(2024, 2, 15))
    assert find(sts, "received credentials").kind == "contact"
    st = find(sts, "presented his credentials")
    assert (st.kind, st.actor.name) == ("contact", "Kenji Sato")


def test_a_spokesperson_of_a_body_met_before_is_that_bodys_state(project_resolver):
    ctx = project_resolver.for_article(dt.date(2016, 12, 15))
    ctx.set_home("PK")
    ctx.resolve("The Foreign Office")
    ctx.set_home("IN")  # the next sentence is about India
    assert ctx.resolve("FO Spokesperson Nafees Zakaria").country == "PK"
    ctx = project_resolver.for_article(dt.date(2020, 12, 31))
    ctx.set_home("SD")  # a Khartoum dateline
    ctx.resolve("the Egyptian foreign ministry")
    found = ctx.resolve("the spokesman for the Ministry of Foreign Affairs, Ambassador Ahmed Hafez")
    assert (found.name, found.country) == ("Ahmed Hafez", "EG")
