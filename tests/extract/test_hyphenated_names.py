"""Hyphenated given names ("Min-jae", "Won-sik") and surnames ("Al-Sharaa"): the tokenizer cuts
them at the hyphen and the parser may give the verb only the last piece; the speaker is the
whole name, and every offset still points into the original text. Sentences are our own."""

import pytest

from tests.extract.conftest import find


def _speaker_span_is_in_text(text, st):
    assert text[st.speaker_start : st.speaker_end] == st.speaker


def test_quote_then_title_and_hyphenated_name_told_reporters(run):
    text = '"We will respond firmly to any provocation," Foreign Minister Park Min-jae told reporters on Tuesday.'
    st = find(run(text), "respond firmly")
    assert st.actor.name == "Park Min-jae"
    assert "Park Min-jae" in st.speaker
    _speaker_span_is_in_text(text, st)
    assert text[st.start : st.end] == st.text


@pytest.mark.parametrize(
    ("text", "fragment", "name"),
    [
        ("Defense Minister Shin Won-sik said on Friday the military was on alert.", "on alert", "Shin Won-sik"),
        (
            "Vice Foreign Minister Kim Hong-kyun told reporters that Seoul would send an envoy.",
            "send an envoy",
            "Kim Hong-kyun",
        ),
        (
            "Foreign Ministry spokesperson Lim Dae-soo said Seoul was watching the launch closely.",
            "watching the launch",
            "Lim Dae-soo",
        ),
        (
            "Yang Tae-hun, the ministry's spokesperson, said the talks would resume next month.",
            "talks would resume",
            "Yang Tae-hun",
        ),
        (
            '"The drills are a grave provocation," Ri Son-gwon said in a statement carried by KCNA.',
            "grave provocation",
            "Ri Son-gwon",
        ),
    ],
)
def test_hyphenated_given_name_is_the_whole_speaker(run, text, fragment, name):
    st = find(run(text), fragment)
    assert st.actor.name == name
    _speaker_span_is_in_text(text, st)


def test_last_piece_tagged_a_plural_noun_is_still_one_person(run):
    text = "Vice Foreign Minister Kim Hong-kyun told reporters that Seoul would send an envoy. He added that talks would follow."
    sts = run(text)
    assert find(sts, "talks would follow").actor.name == "Kim Hong-kyun"


def test_contact_with_hyphenated_name(run):
    text = "Foreign Minister Yoo Jin-ho held phone talks with his Indonesian counterpart, Dewi Lestari, on Thursday."
    sts = [s for s in run(text) if s.kind == "contact"]
    assert sts and sts[0].actor.name == "Yoo Jin-ho"
    _speaker_span_is_in_text(text, sts[0])


def test_contact_whose_parse_the_cut_name_misled(run):
    """Cut at its hyphen, "rin" misled the parser into reading "held" as an adjective on "talks"."""
    text = "Foreign Minister Jung Hae-rin held phone talks with his Indonesian counterpart on Thursday."
    sts = [s for s in run(text) if s.kind == "contact"]
    assert sts and sts[0].actor.name == "Jung Hae-rin"


@pytest.mark.parametrize(
    ("text", "fragment", "name"),
    [
        (
            "Syrian President Ahmed Al-Sharaa said the elections would be held next year.",
            "elections",
            "Ahmed Al-Sharaa",
        ),
        (
            "Sheikh Abdullah bin Zayed Al-Nahyan said the UAE supported the ceasefire.",
            "ceasefire",
            "Abdullah bin Zayed Al-Nahyan",
        ),
        ("Chinese Foreign Minister Wang Yi said Beijing opposed the sanctions.", "opposed the sanctions", "Wang Yi"),
    ],
)
def test_other_names_unchanged(run, text, fragment, name):
    st = find(run(text), fragment)
    assert st.actor.name == name


def test_hyphenated_words_that_are_no_given_name_keep_their_mentions(run):
    sts = run("UN Secretary-General Antonio Guterres said the attack was unacceptable.")
    assert find(sts, "unacceptable").actor.name == "Antonio Guterres"
    st = find(run("Pro-Beijing lawmakers said the bill would pass."), "bill would pass")
    assert st.speaker == "Pro-Beijing lawmakers"


def test_apposition_after_a_hyphenated_name_is_found(run):
    text = '"We are deeply concerned," Park Min-jae, the ministry\'s spokesperson, told reporters.'
    st = find(run(text), "deeply concerned")
    assert st.actor.name == "Park Min-jae"
    _speaker_span_is_in_text(text, st)


def test_parsed_tokens_are_the_tokenizer_s_with_the_name_whole_in_the_parse(nlp):
    text = "Vice Foreign Minister Kim Hong-kyun told reporters.\n\nLee Jae-myung, the party leader, said the Anti-war rally was banned."
    doc = nlp(text)
    assert [(t.text, t.idx) for t in doc] == [(t.text, t.idx) for t in nlp.make_doc(text)]
    assert doc.text == text
    kyun = next(t for t in doc if t.text == "kyun")
    assert kyun.dep_ == "nsubj" and kyun.head.text == "told" and kyun.ent_type_ == "PERSON"
    assert next(t for t in doc if t.text == "Hong").head.i == kyun.i
    assert next(t for t in doc if t.text == "Lee").is_sent_start


def test_lower_case_particle_glued_to_a_surname_keeps_the_whole_name(run):
    # The parser gives the verb "al", "-" and "Thani" as three subjects; the speaker is the whole name.
    text = "Freedonia's emir, Sheikh Hamad bin Khalifa al-Thani launched a new plan on Monday, saying the talks would continue."
    st = find(run(text), "talks would continue")
    assert st.speaker == "Sheikh Hamad bin Khalifa al-Thani"
    _speaker_span_is_in_text(text, st)


def test_name_parts_parsed_as_separate_subjects_stay_with_the_hyphenated_surname(run):
    text = "Freedonia's emir, Sheikh Hamad bin Khalifa al-Thani launched a mediation effort on Sunday between the two states."
    sts = run(text)
    assert sts and all("Hamad bin Khalifa al-Thani" in st.speaker for st in sts)
    for st in sts:
        _speaker_span_is_in_text(text, st)
