"""The spaCy pipeline, as the extractor needs it.

Loading costs about a second and ~100 MB, so it never happens at import time:
`tracker --help` and the web app stay fast. Whoever builds an `Extractor`
loads it once, with `load_nlp`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from typing import Any

# The extractor reads POS tags, lemmas, the dependency parse and PERSON/ORG
# entities; nothing in the English pipeline is unused except what we list here.
UNUSED_COMPONENTS: tuple[str, ...] = ("senter",)

PARAGRAPH_BREAKS = "paragraph_breaks"


def _paragraph_breaks(doc):
    """Start a sentence after every line break, so the parser never joins two
    paragraphs (or a blanked-out paragraph and its neighbour) into one sentence; and
    start none right after a word on the same line ("MEA spokesperson | Syed Akbaruddin
    said": the small model breaks there on an unfamiliar name, and the speaker loses
    the title that places him), since a sentence ends with punctuation or a line."""
    for i in range(1, len(doc)):
        prev = doc[i - 1]
        if "\n" in prev.text or (prev.is_space and "\n" in prev.whitespace_):
            doc[i].is_sent_start = True
        elif "\n" in prev.whitespace_:
            doc[i].is_sent_start = True
        elif prev.is_alpha or prev.like_num:
            doc[i].is_sent_start = False
    return doc


HYPHENATED_NAMES = "hyphenated_names"
SPLIT_HYPHENATED_NAMES = "split_hyphenated_names"

# Words before a hyphen that start a compound, not a given name ("Anti-war", "Co-chair").
_COMPOUND_HEADS = frozenset(
    "anti pro non co vice ex self post pre semi multi inter counter cross mid well re sub over under "
    "out off on in up down all half full long short high low one two three four five six".split()
)


def _given_name_at(doc, i: int) -> bool:
    """Tokens i, i+1, i+2 are a hyphenated given name after a capitalised surname, cut by the
    tokenizer at its hyphen: "Park Min-jae", "Yoo Jin-ho", "Shin Won-sik"."""
    first, hyphen, last, before = doc[i], doc[i + 1], doc[i + 2], doc[i - 1]
    return (
        hyphen.text == "-"
        and not first.whitespace_
        and not hyphen.whitespace_
        and first.is_alpha
        and first.text[:1].isupper()
        and first.text[1:].islower()
        and len(first) <= 6
        and first.lower_ not in _COMPOUND_HEADS
        and last.is_alpha
        and last.text.islower()
        and len(last) <= 6
        and before.is_alpha
        and before.text[:1].isupper()
        and before.text[1:].islower()
        and before.whitespace_ == " "
        and (i + 3 >= len(doc) or doc[i + 3].text != "-" or last.whitespace_)
    )


def _hyphenated_names(doc):
    """One token for a hyphenated given name ("Min-jae" in "Foreign Minister Park Min-jae"): cut at
    its hyphen, a lower-case last piece ("jae") misleads the tagger and the parser, which then take
    it for the speaker, or for no name at all. The text and every offset stay as they are."""
    spans = []
    i = 1
    while i + 2 < len(doc):
        if _given_name_at(doc, i):
            spans.append(doc[i : i + 3])
            i += 3
        else:
            i += 1
    if spans:
        doc.user_data[HYPHENATED_NAMES] = [span.start_char for span in spans]
        with doc.retokenize() as retokenizer:
            for span in spans:
                retokenizer.merge(span)
    return doc


def _split_hyphenated_names(doc):
    """The names `_hyphenated_names` joined, cut back at their hyphen once tagged and parsed (as the
    tokenizer cut them, and as the entity recognizer knows them: "Park Min-jae" is a person's
    name again): the first piece and the hyphen hang on the last piece, which keeps the joined
    token's tag, head and relation."""
    starts = doc.user_data.pop(HYPHENATED_NAMES, None)
    if not starts:
        return doc
    tokens = [t for t in doc if t.idx in set(starts)]
    with doc.retokenize() as retokenizer:
        for tok in tokens:
            first, last = tok.text.split("-", 1)
            heads = [(tok, 2), (tok, 2), tok.head if tok.head.i != tok.i else (tok, 2)]
            attrs = {
                "TAG": [tok.tag_, "HYPH", tok.tag_],
                "POS": [tok.pos_, "PUNCT", tok.pos_],
                "DEP": ["compound", "punct", tok.dep_],
            }
            retokenizer.split(tok, [first, "-", last], heads=heads, attrs=attrs)
    for start in starts:  # the joined token's own dependents go with the last piece too
        first = next(t for t in doc if t.idx == start)
        last = doc[first.i + 2]
        for t in doc[first.sent.start : first.sent.end]:
            if t.head.i == first.i and t.i != first.i and t.i not in (first.i + 1, last.i):
                t.head = last
    return doc


CO_VERBS = "co_verbs"
CO_VERB_LEMMAS = "co_verb_lemmas"
# Verbs that a "co-" prefix shares among several doers ("co-chaired", "co-hosted"): the prefixed verb does
# what the verb does.
_CO_VERB_BASES = frozenset({"chair", "host", "sign", "sponsor"})
_INFLECTIONS = ("ing", "ed", "es", "s", "d", "")


def _co_verb_base(word: str) -> str | None:
    """The base verb of an inflected form ("chaired" → "chair", "hosting" → "host"), if it is one of
    `_CO_VERB_BASES`."""
    for suffix in _INFLECTIONS:
        if word.endswith(suffix) and word[: len(word) - len(suffix)] in _CO_VERB_BASES:
            return word[: len(word) - len(suffix)]
    return None


def _co_verbs(doc):
    """One token for a verb with the "co-" prefix ("Lopes and Brandt co-chaired a dialogue"): the tokenizer
    cuts it at its hyphen, and the parser then reads "co" as a verb of its own and loses the subject. The
    joined token's lemma is its base verb's (set after the lemmatizer, by `_co_verb_lemmas`)."""
    text = doc.text
    if "co-" not in text and "Co-" not in text:
        return doc  # most articles have none: no walk over every token
    spans, bases = [], []
    for i in range(len(doc) - 2):
        co, hyphen, word = doc[i], doc[i + 1], doc[i + 2]
        if co.lower_ != "co" or hyphen.text != "-" or co.whitespace_ or hyphen.whitespace_:
            continue
        base = _co_verb_base(word.text) if word.is_alpha and word.text.islower() else None
        if base is not None and (i == 0 or doc[i - 1].i not in [t.i for sp in spans for t in sp]):
            spans.append(doc[i : i + 3])
            bases.append(base)
    if spans:
        doc.user_data[CO_VERBS] = {span.start_char: base for span, base in zip(spans, bases, strict=True)}
        with doc.retokenize() as retokenizer:
            for span in spans:
                retokenizer.merge(span)
    return doc


def _co_verb_lemmas(doc):
    """The lemma of a joined "co-" verb is its base verb's ("co-chaired" → "chair")."""
    bases = doc.user_data.pop(CO_VERBS, None)
    if bases:
        for tok in doc:
            if tok.idx in bases and tok.pos_ == "VERB":
                tok.lemma_ = bases[tok.idx]
    return doc


LEMMA_REPAIRS = "lemma_repairs"
# Forms the rule lemmatizer strips to the wrong base ("hoped" → "hop"), with the right one.
_LEMMA_REPAIRS = {"hoped": "hope", "hoping": "hope"}
_LEMMA_REPAIR_FORMS = re.compile(r"\b(?:" + "|".join(_LEMMA_REPAIRS) + r")\b", re.IGNORECASE)


def _lemma_repairs(doc):
    """ "Lubetkin hoped that …": the right base verb for forms the lemmatizer gets wrong, or the
    verb is no cue (found by a search of the text: most articles have none, no walk over the tokens)."""
    for hit in _LEMMA_REPAIR_FORMS.finditer(doc.text):
        span = doc.char_span(hit.start(), hit.end())
        if span is not None and len(span) == 1:
            span[0].lemma_ = _LEMMA_REPAIRS[hit.group(0).lower()]
    return doc


BRACKETED_DELEGATES = "bracketed_delegates"
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def _bracketed_delegates(doc):
    """ "FU CONG (China) welcomed …", as UN press coverage prints a delegate: when the parser takes
    the state in brackets for the subject, with the name before it as a modifier of the state, the
    name heads the subject again and the state in brackets hangs on it (as the parser does for
    most such names), so the person, not the state, is the one who speaks."""
    for state in doc:
        i = state.i
        if state.dep_ not in _SUBJECTS or state.pos_ != "PROPN" or state.head.i == i:
            continue
        if i < 2 or i + 1 >= len(doc) or doc[i - 1].text != "(" or doc[i + 1].text != ")":
            continue
        name = doc[i - 2]
        if name.pos_ != "PROPN" or not name.is_alpha or name.head.i != i:
            continue
        run = [name]
        while run[0].i > 0 and doc[run[0].i - 1].pos_ == "PROPN" and doc[run[0].i - 1].head.i in (i, name.i):
            run.insert(0, doc[run[0].i - 1])
        if not all(t.text[:1].isupper() for t in run):
            continue
        name.head, name.dep_ = state.head, state.dep_
        for t in run[:-1]:
            t.head, t.dep_ = name, "compound"
        for t in (doc[i - 1], doc[i + 1]):
            t.head, t.dep_ = name, "punct"
        state.head, state.dep_ = name, "appos"
    return doc


COORDINATED_TITLES = "coordinated_titles"
_TITLE_LINKS = frozenset({"of", "for", "the"})  # inside a title: "Minister of Foreign Affairs"


def _coordinated_titles(doc):
    """ "… asked X for support at international fora and Minister of Foreign Affairs Carl Greenidge
    has said …": when the parser joins the title before a subject's name to the noun before "and",
    the title goes back to the name it stands before (and leaves the first clause's object, which
    would otherwise run into the second speaker's words)."""
    for subj in doc:
        if subj.dep_ not in _SUBJECTS or subj.pos_ != "PROPN" or subj.head.dep_ != "conj":
            continue
        left = subj.left_edge.i
        start = left
        while start > 0 and (doc[start - 1].text[:1].isupper() or doc[start - 1].lower_ in _TITLE_LINKS):
            start -= 1
        if start == left or start == 0 or doc[start - 1].lower_ != "and" or not doc[start].text[:1].isupper():
            continue
        first = doc[start]
        title = range(start, left)
        if (
            first.dep_ != "conj"
            or first.head.i >= start
            or any(doc[k].head.i not in title and k != start for k in title)
        ):
            continue
        first.head, first.dep_ = subj, "compound"
        doc[start - 1].head, doc[start - 1].dep_ = subj.head, "cc"
    return doc


PAIRED_TITLED_NAMES = "paired_titled_names"


def _paired_titled_names(doc):
    """ "Foreign Minister A and South Korean Foreign Minister B reaffirmed …": the parser hangs the
    first name on the second title as a modifier and makes the second party's state adjective the
    conjunct, so the sentence has one subject, B. The first name heads the subject again, with B its
    conjunct, as "A and B reaffirmed" reads."""
    for ent in [e for e in doc.ents if e.label_ == "PERSON"]:  # the subject is a person's name
        subj = ent.root
        if subj.dep_ not in _SUBJECTS or subj.pos_ != "PROPN":
            continue
        left = subj.left_edge.i
        conj = next(
            (
                t
                for t in doc[left : subj.i]
                if t.dep_ == "conj"
                and any(c.dep_ == "cc" and c.lower_ == "and" and c.i < t.i for c in t.head.children)
                and t.head.ent_type_ == "PERSON"
                and t.head.pos_ == "PROPN"
                and t.head.dep_ in ("nmod", "compound")
                and t.head.i < t.i
            ),
            None,
        )
        if conj is None:
            continue
        first = conj.head
        walk = first.head
        while walk.i != subj.i and walk.head.i != walk.i and left <= walk.i < subj.i:
            walk = walk.head
        if walk.i != subj.i or not doc[conj.i + 1 : subj.i]:
            continue  # the first name must hang on the second party's own run
        first.head, first.dep_ = subj.head, subj.dep_
        conj.head, conj.dep_ = doc[conj.i + 1], ("amod" if conj.pos_ == "ADJ" else "compound")
        for c in [c for c in first.children if c.dep_ == "cc" and c.i < conj.i]:
            c.head = first
        subj.head, subj.dep_ = first, "conj"
    return doc


SAID_SUBJECTS = "said_subjects"
# Verbs that take a clause, not a thing: "said Indonesia" is never what was said
_CLAUSE_VERBS = frozenset(
    {
        "say",
        "add",
        "state",
        "stress",
        "insist",
        "note",
        "argue",
        "claim",
        "reiterate",
        "emphasize",
        "emphasise",
        "underline",
        "underscore",
        "explain",
        "maintain",
        "believe",
        "warn",
        "assert",
    }
)
_SUBJECT_PRONOUNS = frozenset({"i", "we", "he", "she", "they"})
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})


def _said_subjects(doc):
    """ "She said Indonesia, as ASEAN chair, had held …": the parser reads the clause's subject as
    the object of 'said' and its verb as an adverbial clause, and the words said are lost. A verb
    of saying that takes a clause, with a noun right after it and then a finite verb with no
    subject and no subordinator, has said that the noun did something: the noun is that verb's
    subject and the verb its clause."""
    for verb in doc:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in _CLAUSE_VERBS:
            continue
        kids = list(verb.children)
        if any(c.dep_ in ("ccomp", "parataxis") and c.i > verb.i for c in kids):
            continue
        obj = next((c for c in kids if c.dep_ == "dobj" and c.i > verb.i), None)
        if obj is None or obj.left_edge.i != verb.i + 1:
            continue
        if not (obj.pos_ in ("PROPN", "NOUN") or (obj.pos_ == "PRON" and obj.lower_ in _SUBJECT_PRONOUNS)):
            continue
        clause = next((c for c in kids if c.dep_ in ("advcl", "dep") and c.i > obj.i), None)
        if clause is None or clause.pos_ not in ("VERB", "AUX"):
            continue
        ckids = list(clause.children)
        if any(c.dep_ in ("nsubj", "nsubjpass", "mark", "expl") for c in ckids) or clause.tag_ in ("VBG", "TO"):
            continue
        if clause.tag_ not in _FINITE and not any(c.dep_ in ("aux", "auxpass") and c.tag_ in _FINITE for c in ckids):
            continue
        obj.head, obj.dep_ = clause, "nsubj"
        clause.dep_ = "ccomp"
    return doc


INVERTED_SAYERS = "inverted_sayers"
_AFTER_COMMA = re.compile(r", ([a-z]+)\b")


def _inverted_sayers(doc):
    """ "Malaysia stands firm in its position, added the statement.": a verb of saying after a comma
    at the sentence's end, followed only by who said it, which the parser joined to the clause before
    as a second verb with the sayer for its object. The clause is what was said and the sayer its
    subject, as the parser reads "…, said the ministry."."""
    for hit in _AFTER_COMMA.finditer(doc.text):  # only words right after a comma (cheaper than every token)
        span = doc.char_span(hit.start(1), hit.end(1))
        if span is None or len(span) != 1:
            continue
        verb = span[0]
        if verb.pos_ != "VERB" or verb.dep_ not in ("conj", "ROOT") or verb.lemma_.lower() not in _CLAUSE_VERBS:
            continue
        if verb.dep_ == "ROOT":  # "…, added the ministry.": the clause before is already the verb's
            root = next((c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i), None)
        else:
            root = verb.head if verb.head.dep_ == "ROOT" else None
        if root is None or root.i > verb.i or root.pos_ not in ("VERB", "AUX") or doc[verb.i - 1].text != ",":
            continue
        if verb.tag_ not in ("VBD", "VBZ") or any(
            c.dep_ == "cc" and c.i < verb.i for c in (*root.children, *verb.children)
        ):
            continue  # "…, and said the ministry would …"
        kids = list(verb.children)
        sayer = next(
            (c for c in kids if c.dep_ == "dobj" and c.i == verb.i + 1 + (doc[verb.i + 1].dep_ == "det")), None
        )
        if (
            sayer is None
            or sayer.pos_ not in ("NOUN", "PROPN")
            or any(c.i > verb.i and c is not sayer for c in kids if not c.is_punct)
        ):
            continue
        end = sayer.sent.end
        if not all(t.is_punct or t.is_space for t in doc[sayer.right_edge.i + 1 : end]):
            continue
        if verb.dep_ == "conj":
            verb.head, verb.dep_ = verb, "ROOT"
            root.head, root.dep_ = verb, "ccomp"
        sayer.dep_ = "nsubj"
    return doc


FRONTED_CITING = "fronted_citing"
_CITING_WORDS = frozenset({"citing", "quoting"})
_CITING_OPENING = re.compile(r"(?:^|(?<=[\s.\-—–]))(Citing|Quoting)\b")


def _fronted_citing(doc):
    """ "Citing Foreign Minister X, Anadolu said …": the parser hangs the opening participle on the
    name as a modifier and makes the name a second subject of "said". The participle frames the
    verb ("citing X" tells whose words the outlet passes on) and the name is its object."""
    for hit in _CITING_OPENING.finditer(doc.text):  # only sentences that open with the word
        span = doc.char_span(hit.start(1), hit.end(1))
        if span is None or len(span) != 1 or not span[0].is_sent_start:
            continue
        first = span[0]
        if first.lower_ not in _CITING_WORDS or first.dep_ not in ("amod", "compound"):
            continue  # the tagger reads "Citing" as an adjective or as the first word of a name
        noun = first.head
        while noun.dep_ in ("compound", "amod") and noun.head.i != noun.i:
            noun = noun.head
        verb = noun.head
        if noun.dep_ not in ("nsubj", "dep") or verb.pos_ != "VERB":
            continue
        if not any(c.dep_ == "nsubj" and c.i > noun.i for c in verb.children):
            continue  # "Citing sources said …" has no subject of its own after the name
        first.head, first.dep_ = verb, "advcl"
        first.tag_, first.pos_, first.lemma_ = "VBG", "VERB", first.lower_[:-3] + "e"  # "cite", "quote"
        noun.head, noun.dep_ = first, "dobj"
    return doc


PERSON_NAME_TAILS = "person_name_tails"
# Entity labels the small model gives the last word of a foreign name ("Ursula von der" PERSON, "Leyen"
# GPE): a place or a people's name, never a body's or a building's ("Trump Tower").
_TAIL_LABELS = frozenset({"GPE", "LOC", "NORP"})


def _person_name_tails(doc):
    """One PERSON entity for a name the recognizer cut in two ("Ursula von der" + "Leyen" as a place):
    the capitalised words right after a person's name, which that name hangs on as a compound, are
    its last words, not a place. Left cut, a later "she said" finds no person to refer to."""
    from spacy.tokens import Span

    ents = list(doc.ents)
    merged, changed = [], False
    k = 0
    while k < len(ents):
        ent = ents[k]
        tail = ents[k + 1] if k + 1 < len(ents) else None
        if (
            tail is not None
            and ent.label_ == "PERSON"
            and tail.label_ in _TAIL_LABELS
            and tail.start == ent.end
            and ent[-1].whitespace_ == " "
            and ent[-1].dep_ in ("compound", "flat")
            and tail.start <= ent[-1].head.i < tail.end
            and all(t.pos_ == "PROPN" and t.is_alpha and t.text[:1].isupper() for t in tail)
        ):
            merged.append(Span(doc, ent.start, tail.end, label="PERSON"))
            changed = True
            k += 2
            continue
        nxt = doc[ent.end] if ent.end < len(doc) else None
        if (
            ent.label_ == "PERSON"
            and nxt is not None
            and not nxt.ent_type_
            and nxt.pos_ == "PROPN"
            and nxt.is_alpha
            and nxt.text[:1].isupper()
            and not nxt.text.isupper()
            and ent[-1].whitespace_ == " "
            and ent[-1].dep_ in ("compound", "flat")
            and ent[-1].head.i == nxt.i
        ):
            # "President Yoon Suk | Yeol's remark": the name's last word, left out of the entity
            merged.append(Span(doc, ent.start, ent.end + 1, label="PERSON"))
            changed = True
            k += 1
            continue
        merged.append(ent)
        k += 1
    surnames = _surnames_read_as_nouns(doc, merged)
    if surnames:
        merged = sorted(merged + surnames, key=lambda e: e.start)
        changed = True
    if changed:
        doc.ents = merged
    return doc


def _surnames_read_as_nouns(doc, ents) -> list:
    """ "Foreign Affairs Minister Sean Sobers … Yesterday, Sobers met …": a surname ending in -s that
    the tagger reads as a plural common noun where it stands alone. A capitalised word inside its
    sentence, outside any entity, spelt as the last word of a full name met earlier, is that person:
    retagged a proper noun, given a PERSON entity, or "Sobers" would be a group of sobers."""
    from spacy.tokens import Span

    last_words: dict[str, int] = {}  # the last word of each full name -> where it was first met
    for ent in ents:
        if ent.label_ == "PERSON" and len(ent) > 1:
            last_words.setdefault(ent[-1].text, ent[-1].i)
    if not last_words:
        return []
    found = []
    for tok in doc:
        if (
            tok.tag_ == "NNS"
            and not tok.ent_type_
            and not tok.is_sent_start
            and tok.text[:1].isupper()
            and last_words.get(tok.text, len(doc)) < tok.i
        ):
            tok.tag_, tok.pos_ = "NNP", "PROPN"
            found.append(Span(doc, tok.i, tok.i + 1, label="PERSON"))
    return found


def _register() -> None:
    from spacy.language import Language

    if not Language.has_factory(PARAGRAPH_BREAKS):
        Language.component(PARAGRAPH_BREAKS, func=_paragraph_breaks)
    if not Language.has_factory(HYPHENATED_NAMES):
        Language.component(HYPHENATED_NAMES, func=_hyphenated_names)
    if not Language.has_factory(SPLIT_HYPHENATED_NAMES):
        Language.component(SPLIT_HYPHENATED_NAMES, func=_split_hyphenated_names)
    if not Language.has_factory(CO_VERBS):
        Language.component(CO_VERBS, func=_co_verbs)
    if not Language.has_factory(CO_VERB_LEMMAS):
        Language.component(CO_VERB_LEMMAS, func=_co_verb_lemmas)
    if not Language.has_factory(LEMMA_REPAIRS):
        Language.component(LEMMA_REPAIRS, func=_lemma_repairs)
    if not Language.has_factory(PERSON_NAME_TAILS):
        Language.component(PERSON_NAME_TAILS, func=_person_name_tails)
    if not Language.has_factory(SAID_SUBJECTS):
        Language.component(SAID_SUBJECTS, func=_said_subjects)
    if not Language.has_factory(INVERTED_SAYERS):
        Language.component(INVERTED_SAYERS, func=_inverted_sayers)
    if not Language.has_factory(FRONTED_CITING):
        Language.component(FRONTED_CITING, func=_fronted_citing)
    if not Language.has_factory(PAIRED_TITLED_NAMES):
        Language.component(PAIRED_TITLED_NAMES, func=_paired_titled_names)
    if not Language.has_factory(COORDINATED_TITLES):
        Language.component(COORDINATED_TITLES, func=_coordinated_titles)
    if not Language.has_factory(BRACKETED_DELEGATES):
        Language.component(BRACKETED_DELEGATES, func=_bracketed_delegates)


# "… in 2015.Tillerson said", "… from the EU.Johnson affirmed": a full stop with no space after it,
# between a word, a number or two capitals and a capitalised word, ends a sentence; copy pasted from
# pages often loses the space. Without the split the tokenizer makes one token of "2015.Tillerson",
# which then becomes a speaker's name.
_GLUED_FULL_STOP = r"(?:(?<=[a-z0-9])|(?<=[A-Z]{2}))\.(?=[A-Z][a-z])"
# "He added:“We remember …”": a colon with no space before an opening quotation mark, and the mark,
# are tokens of their own, as with the space.
_GLUED_COLON = r"(?<=[A-Za-z]):(?=[“\"«‘])"
_GLUED_OPENING_MARK = r"(?<=[A-Za-z]:)[“\"«‘](?=\w)"


def _split_glued_sentences(nlp) -> None:
    from spacy.util import compile_infix_regex

    nlp.tokenizer.infix_finditer = compile_infix_regex(
        [*nlp.Defaults.infixes, _GLUED_FULL_STOP, _GLUED_COLON, _GLUED_OPENING_MARK]
    ).finditer


def keep_title_abbreviations(nlp, abbreviations: Iterable[str]) -> None:
    """ "Amb. Kabiru Bala": a pack's abbreviated titles are one token each, as "Gen." already is (the
    extractor adds its own pack's; adding one twice changes nothing)."""
    from spacy.symbols import ORTH

    for abbreviation in abbreviations:
        nlp.tokenizer.add_special_case(abbreviation, [{ORTH: abbreviation}])


@cache
def load_nlp(name: str) -> Any:
    """Load the spaCy pipeline `name` with the paragraph-break component first.

    Costs about a second and ~100 MB, so a process loads each pipeline once: a
    second `Extractor` in the same process (a command run in-process after
    another, a second app) shares the first one's. Nothing changes a loaded
    pipeline, and the threads of one extractor already share theirs."""
    import spacy  # deferred: importing spaCy alone takes ~0.5 s

    nlp = spacy.load(name, exclude=list(UNUSED_COMPONENTS))
    _split_glued_sentences(nlp)
    _register()
    nlp.add_pipe(PARAGRAPH_BREAKS, first=True)
    nlp.add_pipe(HYPHENATED_NAMES, after=PARAGRAPH_BREAKS)
    nlp.add_pipe(CO_VERBS, after=HYPHENATED_NAMES)
    nlp.add_pipe(SPLIT_HYPHENATED_NAMES, after="parser")
    nlp.add_pipe(CO_VERB_LEMMAS, after="lemmatizer")
    nlp.add_pipe(LEMMA_REPAIRS, after=CO_VERB_LEMMAS)
    nlp.add_pipe(PERSON_NAME_TAILS, after="ner")
    nlp.add_pipe(BRACKETED_DELEGATES, last=True)  # with the tags the attribute ruler maps
    nlp.add_pipe(COORDINATED_TITLES, last=True)
    nlp.add_pipe(PAIRED_TITLED_NAMES, last=True)
    nlp.add_pipe(SAID_SUBJECTS, last=True)
    nlp.add_pipe(INVERTED_SAYERS, last=True)
    nlp.add_pipe(FRONTED_CITING, last=True)
    return nlp
