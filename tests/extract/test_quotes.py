"""Quotation spans, without spaCy."""

from app.lang import load_lexicon
from app.pipeline.extract.quotes import find_quotes, is_fragment, is_name_like
from app.pipeline.extract.segments import split_paragraphs

LEX = load_lexicon("en").extract


def quoted(text: str) -> list[str]:
    return [text[q.start : q.end] for q in find_quotes(text, split_paragraphs(text, LEX), LEX)]


def test_curly_straight_french_german_marks():
    text = '“We will wait,” she said. "No delay," he said. « Nous restons », dit-il. „Wir bleiben hier“, sagte er.'
    assert quoted(text) == ["We will wait,", "No delay,", "Nous restons", "Wir bleiben hier"]


def test_closing_mark_typed_as_opener():
    text = "The envoy said that ”the border stays open.”"
    assert quoted(text) == ["the border stays open."]


def test_quote_running_over_paragraphs():
    text = "“The first part of the speech goes here.\n\n“And the second part ends it,” the mayor said."
    assert quoted(text) == ["The first part of the speech goes here.\n\n“And the second part ends it,"]


def test_unclosed_quote_stops_at_paragraph_end():
    text = "“An unterminated remark about the harbour\n\nA new paragraph of narration."
    assert quoted(text) == ["An unterminated remark about the harbour"]


def test_nested_single_quotes_belong_to_outer_quote():
    text = "“They call it ‘a bridge too far’ in the capital,” the senator said."
    assert quoted(text) == ["They call it ‘a bridge too far’ in the capital,"]


def test_apostrophes_are_not_quotes():
    assert quoted("The country’s envoy met the region’s leaders.") == []


def test_dialogue_dashes():
    text = "– We have nothing more to add on the pipeline – the minister said.\n\n– This paragraph is all speech."
    assert quoted(text) == ["We have nothing more to add on the pipeline", "This paragraph is all speech."]


def test_dash_after_sentence_inside_paragraph():
    text = "The premier spoke later. – Our patience has limits – he said."
    assert quoted(text) == ["Our patience has limits"]


def test_hyphenated_words_and_datelines_are_not_dashes():
    assert quoted("OSLO (Agency) - Norway-Sweden trade grew, a report showed.") == []


def test_fragments_and_names():
    assert is_name_like("Treaty of Northern Waters", LEX)
    assert not is_name_like("we will never sign this treaty", LEX)
    text = "a plan called “Blue Horizon” and a “bold” idea"
    qs = find_quotes(text, split_paragraphs(text, LEX), LEX)
    assert all(is_fragment(text, q, LEX) for q in qs)


def test_a_judging_verb_with_a_quoted_phrase_is_a_paraphrase(run):
    (st,) = run("During the campaign the opposition leader called the president a “corrupt populist” at every rally.")
    assert st.kind == "indirect" and st.text.startswith("called the president a “corrupt populist”")


def test_a_quoted_object_alone_stays_a_quotation(run):
    (st,) = run("The minister urged “maximum restraint from all sides in the coming days”.")
    assert st.kind == "direct"


def test_a_two_sentence_dash_quote_before_its_attribution(run):
    text = (
        "– We cannot accept violence against peaceful protesters. The authorities must respect the will of "
        "their own people – Lopes said at a press conference after the council met in Brussels."
    )
    (st,) = run(text)
    assert st.kind == "direct" and st.actor.name == "Lopes"
    assert st.text.startswith("We cannot accept") and "said" not in st.text


def test_a_paraphrase_with_a_quoted_manner_phrase_is_indirect(run):
    (st,) = run("Brandt later said he had raised the shooting with the prime minister “personally and directly”.")
    assert st.kind == "indirect" and st.text.startswith("he had raised the shooting")


def test_a_mostly_quoted_predicate_stays_direct(run):
    sts = run(
        'The spokesman rejected the charge, saying the capital remained "committed to the faithful implementation of the truce."'
    )
    assert [s.kind for s in sts] == ["direct"]


def test_a_colon_quote_of_two_sentences_is_one_direct_quotation(run):
    text = (
        "Minister Ivo Brandt toured the docks. Asked by reporters whether the port would reopen, he said: "
        "\"That's why we have come here. The harbour master shows keen interest in the cranes, and they are "
        "trying to fix them.\""
    )
    sts = run(text)
    (st,) = [s for s in sts if "why we have come" in s.text]
    assert st.kind == "direct" and "trying to fix them" in st.text
