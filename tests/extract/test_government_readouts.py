"""A government's own readout ("www.whitehouse.gov", "pm.gc.ca") speaks of its own president or prime
minister without naming the state: the site's state places "The President", and "The Prime Minister and
the President agreed" is the prime minister the readout introduced, not the guest. Public figures'
names only where the registry must know them."""

import datetime as dt

from app.lang import load_lexicon
from app.pipeline.extract.home import government_site
from app.pipeline.types import ArticleInput
from tests.extract.conftest import find

LEX = load_lexicon("en").extract


def _readout(make_extractor, project_resolver, text, url, day):
    article = ArticleInput(text=text, published=day, url=url, source="")
    return make_extractor(project_resolver).extract(article)


def test_government_sites_are_told_by_their_address():
    assert government_site("https://www.whitehouse.gov/briefing-room/readout", LEX)
    assert government_site("https://pm.gc.ca/en/news/readouts", LEX)
    assert government_site("https://www.gov.uk/government/news/x", LEX)
    assert not government_site("https://www.theguardian.com/world/x", LEX)
    assert not government_site("https://www.govindia-news.com/x", LEX)  # a word that begins with "gov"
    assert not government_site(None, LEX)


def test_the_president_of_a_white_house_readout_is_the_us_president(make_extractor, project_resolver):
    sts = _readout(
        make_extractor,
        project_resolver,
        "The President spoke today with Prime Minister David Cameron of the United Kingdom to discuss the "
        "situation in Ukraine. They agreed that Russia must use its influence.",
        "https://obamawhitehouse.archives.gov/the-press-office/2014/07/18/readout",
        dt.date(2014, 7, 18),
    )
    st = find(sts, "spoke today with")
    assert st.actor.name == "Barack Obama"


def test_the_same_readout_on_a_news_site_does_not_borrow_its_state(make_extractor, project_resolver):
    sts = _readout(
        make_extractor,
        project_resolver,
        "The President spoke today with Prime Minister David Cameron of the United Kingdom to discuss the "
        "situation in Ukraine. They agreed that Russia must use its influence.",
        "https://www.example.com/2014/07/18/readout",
        dt.date(2014, 7, 18),
    )
    assert find(sts, "spoke today with").actor.name != "Barack Obama"


def test_the_prime_minister_and_the_president_agreed_is_the_readouts_prime_minister(make_extractor, project_resolver):
    sts = _readout(
        make_extractor,
        project_resolver,
        "Prime Minister Justin Trudeau spoke today with the President of the United States, Joe Biden.\n\n"
        "The Prime Minister congratulated President Biden on his inauguration. The leaders discussed the "
        "importance of the Canada-U.S. relationship.\n\n"
        "The Prime Minister and the President agreed to speak again soon.",
        "https://pm.gc.ca/en/news/readouts/2021/01/22/prime-minister-trudeau-speaks-president-biden",
        dt.date(2021, 1, 22),
    )
    assert find(sts, "importance of the Canada-U.S.").actor.name == "Justin Trudeau"
    assert find(sts, "speak again soon").actor.name == "Justin Trudeau"


def test_the_prime_minister_and_president_under_one_article_is_the_readouts_leader(make_extractor, project_resolver):
    sts = _readout(
        make_extractor,
        project_resolver,
        "Prime Minister Justin Trudeau spoke today with the President of the United States, Joe Biden.\n\n"
        "The Prime Minister and President agreed to consult closely to avoid measures that may constrain trade.\n\n"
        "The Prime Minister underscored the important economic benefits of the energy relationship.",
        "https://pm.gc.ca/en/news/readouts/2021/01/22/prime-minister-trudeau-speaks-president-biden",
        dt.date(2021, 1, 22),
    )
    agreed = find(sts, "consult closely")
    assert agreed.actor.name == "Justin Trudeau"
    assert find(sts, "energy relationship").actor.name == "Justin Trudeau"
