"""A surname ending in -s that the tagger reads as a plural noun ("Sobers said") is the person
named before; "the prime minister's office" in an outlet of a state with no prime minister is the
office of the prime minister the article met; "the Secretary of State" after a local holder of
that title is that holder; "the two PMs" are the two just named; a day is never a speaker. The
texts are our own."""

import datetime as dt

from app.pipeline.types import ArticleInput
from tests.extract.conftest import find


def _run(make_extractor, project_resolver, text, source="", url="", published=dt.date(2025, 9, 16)):
    ex = make_extractor(project_resolver)
    return ex.extract(ArticleInput(text=text, published=published, source=source, url=url))


def test_a_surname_read_as_a_plural_noun_is_the_person_named_before(make_extractor, project_resolver):
    text = (
        "Foreign Affairs Minister Dean Rivers said relations with the neighbouring state remain strong.\n\n"
        "Yesterday, Rivers met with the ambassador of Chile during a courtesy call.\n\n"
        "“We have always stood on the side of the people,” Rivers said."
    )
    sts = _run(make_extractor, project_resolver, text)
    assert find(sts, "We have always stood").actor.name == "Dean Rivers"
    assert find(sts, "Rivers met with the ambassador").actor.name == "Dean Rivers"


def test_a_plural_noun_named_nobody_before_stays_a_group(make_extractor, project_resolver):
    text = "Farmers said on Monday that the new border rules would ruin the harvest in the valley."
    sts = _run(make_extractor, project_resolver, text)
    assert all(s.actor is None or s.actor.kind != "person" for s in sts)


def test_the_prime_ministers_office_in_a_state_without_one(make_extractor, project_resolver):
    text = (
        "President Claudia Sheinbaum said she would meet the prime minister of Canada this week, and "
        "Mark Carney confirmed his visit to the Mexican capital on Tuesday.\n\n"
        "“This visit will further strengthen our relationship and our prosperity,” the prime minister’s office said."
    )
    sts = _run(make_extractor, project_resolver, text, source="Mexico News Daily", url="https://mexiconewsdaily.com/x")
    st = find(sts, "This visit will further strengthen")
    assert (st.actor.name, st.actor.country) == ("Office of the Prime Minister of Canada", "CA")


def test_the_secretary_of_state_is_the_one_the_article_introduced(make_extractor, project_resolver):
    text = (
        "ASTANA. KAZINFORM - Secretary of State Gulshara Abdykalikova on April 24 met with the Russian "
        "ambassador to Kazakhstan, Kazinform reports.\n\n"
        "The Secretary of State added that Kazakhstan and Russia enjoy close and friendly relations."
    )
    sts = _run(make_extractor, project_resolver, text, source="Kazinform", published=dt.date(2018, 4, 24))
    assert find(sts, "enjoy close and friendly relations").actor.name == "Gulshara Abdykalikova"


def test_the_secretary_of_state_with_the_us_one_met_is_still_his(make_extractor, project_resolver):
    text = (
        "Foreign Minister of Armenia Ararat Mirzoyan and U.S. Secretary of State Antony Blinken signed a "
        "charter in Washington on January 14.\n\n"
        "Before the ceremony the Armenian FM and the Secretary of State held a meeting.\n\n"
        "“This charter elevates our relationship,” the Secretary of State said."
    )
    sts = _run(make_extractor, project_resolver, text, published=dt.date(2025, 1, 15))
    assert find(sts, "This charter elevates").actor.name == "Antony Blinken"


def test_the_two_pms_are_the_two_just_named(make_extractor, project_resolver):
    text = (
        "Chinese Premier Li Keqiang met Russian Prime Minister Dmitry Medvedev in Beijing on Wednesday.\n\n"
        "The two PMs said China and Russia see each other’s development as their own opportunities."
    )
    sts = _run(make_extractor, project_resolver, text, published=dt.date(2017, 11, 1))
    st = find(sts, "see each other’s development")
    assert st.actor.name == "Li Keqiang"


def test_a_day_is_no_speaker(project_resolver):
    ctx = project_resolver.for_article(dt.date(2024, 3, 1))
    for mention in ("Monday’s", "on 28 January", "March", "Thursday"):
        assert ctx.resolve(mention) is None, mention
    assert ctx.resolve("May") is None or ctx.resolve("May").kind == "person"  # Theresa May, not a month


def test_an_editors_brackets_are_no_part_of_a_name(project_resolver):
    ctx = project_resolver.for_article(dt.date(2016, 3, 1))
    found = ctx.resolve("Russian President [Vladimir] Putin")
    assert found is not None and found.name == "Vladimir Putin"


def test_hoped_is_a_cue_not_a_hop(make_extractor, project_resolver):
    text = (
        "Uruguayan Foreign Minister Mario Lubetkin took office on Wednesday.\n\n"
        "Regarding the bloc, Lubetkin hoped that “all partners remain committed to this space of integration.”"
    )
    sts = _run(make_extractor, project_resolver, text, published=dt.date(2025, 3, 6))
    st = find(sts, "all partners remain committed")
    assert (st.kind, st.actor.name) == ("direct", "Mario Lubetkin")


def test_the_lemma_of_hoped_is_hope(nlp):
    doc = nlp("He hoped the talks would go on, and officials are hoping for more.")
    assert [t.lemma_ for t in doc if t.lower_ in ("hoped", "hoping")] == ["hope", "hope"]


def test_a_title_or_a_weekday_after_a_name_is_no_part_of_it(project_resolver):
    ctx = project_resolver.for_article(dt.date(2023, 3, 1))
    assert ctx.resolve("Sameh Shoukry Foreign Minister").name == "Sameh Shoukry"
    assert ctx.resolve("Tripoli Thursday").name != "Tripoli Thursday"
    assert ctx.resolve("Ahmed Al Amir").name == "Ahmed Al Amir"  # a family name that is also a title
    assert ctx.resolve("PS Korir Sing’oei").name == "Korir Sing’oei"
