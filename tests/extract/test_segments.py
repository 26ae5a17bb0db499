"""Page furniture is recognised per paragraph."""
from app.pipeline.extract.segments import split_paragraphs


def furniture(text: str) -> list[str]:
    return [p.text for p in split_paragraphs(text) if p.furniture]


def test_captions_credits_bylines_prompts():
    text = "\n\n".join([
        "By Jane Roe and John Doe",
        "ANNA BELL / POOL / REUTERS",
        "Photo: Agency archive",
        "Read: Why the talks stalled",
        "Subscribe to our newsletter",
        "Leave a Comment",
        "THE NEXT ROUND",
        "The minister said the talks would continue next week.",
    ])
    assert furniture(text) == text.split("\n\n")[:-1]


def test_unterminated_standfirst_with_verb_is_kept():
    text = "Lisbon says the new fishing quota is a “modest step” that ignores small ports and coastal towns"
    assert furniture(text) == []


def test_offsets_index_the_text():
    text = "First line.\n\nSecond line here."
    paras = split_paragraphs(text)
    assert [text[p.start:p.end] for p in paras] == ["First line.", "Second line here."]
