"""Page furniture is recognised per paragraph, and datelines at their start."""

import pytest

from app.lang import load_lexicon
from app.pipeline.extract.segments import dateline_length, split_paragraphs

LEX = load_lexicon("en").extract


def furniture(text: str) -> list[str]:
    return [p.text for p in split_paragraphs(text, LEX) if p.furniture]


def test_captions_credits_bylines_prompts():
    text = "\n\n".join(
        [
            "By Jane Roe and John Doe",
            "ANNA BELL / POOL / REUTERS",
            "Photo: Agency archive",
            "Read: Why the talks stalled",
            "Subscribe to our newsletter",
            "Leave a Comment",
            "THE NEXT ROUND",
            "The minister said the talks would continue next week.",
        ]
    )
    assert furniture(text) == text.split("\n\n")[:-1]


def test_unterminated_standfirst_with_verb_is_kept():
    text = "Lisbon says the new fishing quota is a “modest step” that ignores small ports and coastal towns"
    assert furniture(text) == []


def test_offsets_index_the_text():
    text = "First line.\n\nSecond line here."
    paras = split_paragraphs(text, LEX)
    assert [text[p.start : p.end] for p in paras] == ["First line.", "Second line here."]


@pytest.mark.parametrize(
    "text, dateline",
    [
        ("VILNIUS, May 4 — Lithuania's foreign minister said", "VILNIUS, May 4 — "),
        ("PORT LOUIS/VICTORIA, 3 March - The two islands agreed", "PORT LOUIS/VICTORIA, 3 March - "),
        ("BOGOTA (Reuters) - Colombia said", "BOGOTA (Reuters) - "),
        ("NAIROBI — Kenya's president told", "NAIROBI — "),
        ("SYLVANIA, March 3. /FNA/. The ministry said", "SYLVANIA, March 3. /FNA/. "),
        ("PORT ELLIS, Sylvania, Sept 14 (Reuters) - The two leaders met", "PORT ELLIS, Sylvania, Sept 14 (Reuters) - "),
        ("NATO, Russia - the talks", ""),
        ("SYLVANIA, March 3 /FNA/. The ministry said", "SYLVANIA, March 3 /FNA/. "),
        ("NATO/EU talks resumed. /The end/. Then", ""),
        ("EU — the bloc said", ""),
        ("LIMA -- The Peruvian ministry said", "LIMA -- "),
        ("BAKU — Azerbaijan's foreign minister said", "BAKU — "),
        ("Doha, Qatar: The prime minister said", ""),
        ("NATO said on Monday", ""),
        ("US President Joe Biden — who", ""),
        ("U.S.-brokered talks will resume", ""),
        ("NATO-led forces must leave", ""),
        ("IAEA-monitored sites", ""),
    ],
)
def test_datelines_are_recognised_and_nothing_else(text, dateline):
    assert text[: dateline_length(text, LEX)] == dateline


def test_a_dateline_is_never_the_speaker(run):
    sts = run(
        "VILNIUS, May 4 — Lithuania's foreign minister told his Nordic counterparts on Monday "
        "that the pipeline had been damaged deliberately."
    )
    assert len(sts) == 1 and "VILNIUS" not in (sts[0].speaker or "") and "VILNIUS" not in sts[0].actor.name


@pytest.mark.parametrize(
    ("text", "dateline"),
    [
        ("Port Louis – The council welcomed the accord.", "Port Louis – "),
        ("Santa Rosa de Lima — Officials said the bridge would reopen.", ""),
        ("Kigali, March 3 — The envoy said the talks had ended.", "Kigali, March 3 — "),
        ("Lindqvist – the envoy – said the talks had ended.", ""),
        ("Lindqvist - Ferraz said the talks had ended.", ""),
        ("Doha, Qatar: Prime Minister Ana Lopes received a call.", "Doha, Qatar: "),
        ("Spokeswoman Jane Roe: Good morning.", ""),
    ],
)
def test_a_dateline_in_ordinary_capitals_opens_only_the_article(text, dateline):
    assert text[: dateline_length(text, LEX, opening=True)] == dateline
    assert dateline_length(text, LEX) == 0  # inside the text: no dateline


@pytest.mark.parametrize(
    "opening",
    [
        "Port Louis – The Regional Council and the Coastal Union welcomed the ferry accord on Tuesday.",
        "PORT LOUIS, Dec 12 – The Regional Council and the Coastal Union welcomed the ferry accord on Tuesday.",
    ],
)
def test_a_dateline_place_is_never_the_speaker_even_in_ordinary_capitals(run, opening):
    sts = run(opening + " The council said the accord would hold.")
    assert sts and all("port louis" not in (s.speaker or "").lower() for s in sts)
    assert all("port louis" not in s.actor.name.lower() for s in sts)


def test_the_diplomat_said_is_the_spokeswoman_named_before(run):
    sts = run(
        "Russia welcomed the ferry accord, Russian Foreign Ministry spokeswoman Maria Zakharova said on Saturday.\n\n"
        '"The accord deserves a positive assessment," the diplomat said.'
    )
    said = [s for s in sts if "positive assessment" in s.text]
    assert said and said[0].actor.name == "Maria Zakharova"


def test_the_diplomat_is_the_titled_person_named_even_when_another_subject_took_that_statement(run):
    sts = run(
        "Moldova positively assesses the ferry accord signed in Geneva with Swiss mediation and hopes that it "
        "will help calm the region, Moldovan Foreign Ministry spokeswoman Daria Lupescu said in a commentary "
        "on Saturday.\n\n"
        '"The accord deserves a positive assessment. We hope it will last," the diplomat said.'
    )
    said = [s for s in sts if "positive assessment" in s.text]
    assert said and said[0].actor.name == "Daria Lupescu"


def test_a_diplomat_introduced_anew_is_not_the_spokeswoman_named_before(run):
    sts = run(
        "Moldovan Foreign Ministry spokeswoman Daria Lupescu said on Saturday the ferry accord would hold.\n\n"
        '"Nobody expects it to last," a senior diplomat said.'
    )
    said = [s for s in sts if "Nobody expects" in s.text]
    assert said and "Lupescu" not in said[0].actor.name


def test_a_country_title_does_not_point_to_the_first_party_of_a_joint_mention():
    from app.pipeline.extract.attribution import Speaker, _compatible
    from app.pipeline.extract.mentions import Mention
    from app.pipeline.types import ResolvedActor

    text = "Nordic Council President Ingrid Solberg and Moldovan President Vasile Rotaru"
    mention = Mention(text=text, start=0, end=len(text), form="name", person=True)
    first = Speaker(
        mention,
        ResolvedActor(slug="ingrid-solberg", name="Ingrid Solberg", kind="person", country=None, known=False),
        "name",
    )
    assert not _compatible(first, ["Moldovan"], None)  # "the Moldovan president" is not Solberg
    assert _compatible(first, ["Nordic"], None)


def test_the_headlines_under_a_related_stories_label_are_furniture(lex):
    text = (
        "Foreign Minister Ana Lopes said on Monday that the talks would resume.\n\n"
        "Most Read\n\n"
        "Sylvania says it stands with Velora after latest clash\n\n"
        "What is the Quad, and can it end the war?\n\n"
        "The ministry added that a delegation would travel to Velora next week."
    )
    paras = split_paragraphs(text, lex)
    assert [p.furniture for p in paras] == [False, True, True, True, False]


def test_an_unterminated_line_outside_a_related_block_is_judged_as_before(lex):
    text = "Foreign Minister Ana Lopes said on Monday that the talks would resume.\n\nSylvania says it stands with Velora after latest clash"
    assert [p.furniture for p in split_paragraphs(text, lex)] == [False, False]
