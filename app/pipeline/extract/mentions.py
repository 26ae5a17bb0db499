"""Speaker mentions: the whole name phrase a reporting verb's subject stands for.

The parse gives one head token ("Blinken"); the mention the resolver needs is
the full phrase ("The US Secretary of State Antony Blinken"), minus relative
clauses and appositive descriptions, plus "of/in/from" complements of titles
("Officials in Pristina", "Prime Minister of Armenia Nikol Pashinyan").
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from app.lang.extract_schema import ExtractLexicon
from app.pipeline.resolve.countries import NAME_WORDS_AROUND_AND, and_inside_state_name

from .joint import pair_noun
from .sentences import doc_ents, doc_text, sent_of, sentences

if TYPE_CHECKING:  # spaCy is imported only when the pipeline loads
    from spacy.tokens import Token

_LEFT_DEPS = {"det", "amod", "compound", "poss", "nmod", "nummod", "case", "quantmod", "predet", "flat"}
_RIGHT_DEPS = {"compound", "flat", "case"}
_PARTS_OF_NAME = {"PROPN", "NOUN", "ADJ", "NUM", "DET", "PART", "ADP", "CCONJ", "PUNCT"}


@dataclass(frozen=True)
class Mention:
    text: str
    start: int
    end: int
    form: str  # "name", "title", "pronoun", "document", "group"
    person: bool  # best guess: a person rather than a state or body
    plural: bool = False
    name: str | None = None  # the person's or body's name inside the phrase, if any
    first: str | None = None  # the first party of a joint mention ("Georgetown" in "Georgetown and Caracas")


def _collect(head: Token, with_conj: bool, lex: ExtractLexicon) -> set[int]:
    """Token indices of the name phrase headed by `head`."""
    idx = {head.i}
    for child in head.children:
        if child.i < head.i and child.dep_ in _LEFT_DEPS and (child.pos_ != "VERB" or _name_part(head, child)):
            idx |= {t.i for t in child.subtree}
        elif child.i > head.i and child.dep_ in _RIGHT_DEPS:
            idx |= {t.i for t in child.subtree}
        elif _described_by(head, child):
            idx |= {t.i for t in child.subtree}
        elif (
            child.dep_ in ("appos", "npadvmod")
            and child.pos_ == "PROPN"
            and child.ent_type_ == "GPE"
            and (not any(t.is_punct for t in head.doc[head.i + 1 : child.i]) or _bracketed(head, child))
        ):
            idx |= {t.i for t in child.subtree}
            if _bracketed(head, child):
                idx |= {child.left_edge.i - 1, child.right_edge.i + 1}  # "FU CONG (China)": whose delegate
        elif _title_after_name(head, child, lex):
            # "Mohammed Abdulsalam, spokesman of Yemen's Houthi movement,": the title says whose.
            for t in _apposed_title(head, child):  # the title's own words, or the prepositions after it
                if not _in_clause(t, child if t.i == child.i or child.is_ancestor(t) else head):
                    idx.add(t.i)
        elif child.dep_ == "prep" and child.lower_ in lex.speakers.name_preps and child.i > head.i:
            # "the Foreign Ministry in a statement said", "said Dr Tax at the emergency meeting": no part of a name
            if not _in_document(child, lex) and not _at_meeting(head, child, lex) and not _where_named(head, child):
                idx |= {t.i for t in child.subtree if not _in_clause(t, child)}
        elif _post_to(head, child, lex):
            idx |= {t.i for t in child.subtree}  # "North Korea's mission to the United Nations"
        elif _title_to_name(head, child, lex):
            idx |= {t.i for t in child.subtree}
            idx |= {t.i for g in head.children if _name_after(head, child, g) for t in g.subtree}
        elif (
            child.dep_ == "amod"
            and child.i == head.i + 1
            and child.text[:1].isupper()  # a post's name, not "an official familiar with the talks"
            and head.lemma_.lower() in lex.speakers.person_titles
            and any(g.dep_ == "prep" for g in child.children)
        ):
            idx |= {t.i for t in child.subtree}  # "the Minister Responsible for Foreign Affairs": the post
        elif _representing(child, lex):
            idx |= {t.i for t in child.subtree}  # "X, representing North Korea,": whom X speaks for
        elif _based_in(head, child, lex):
            idx |= {t.i for t in child.subtree}  # "a group based in Trinidad": where it sits says whose
        elif with_conj and child.dep_ == "conj":
            idx |= _collect(child, True, lex) | {t.i for t in head.children if t.dep_ == "cc"}
    stray = head.doc[head.i + 1] if head.i + 1 < len(head.doc) else None
    if stray is not None and stray.head.i == head.head.i != head.i and _title_to_name(head, stray, lex):
        # "quoted Kuwait's envoy to the UN Ambassador X as saying": the parser hung the "to" phrase,
        # with the holder's name, on the verb
        idx |= {t.i for t in stray.subtree}
    return idx


def _where_named(head: Token, prep: Token) -> bool:
    """ "Latvian Foreign Minister Karlis Ozols in Riga": a place after a person's full name is where
    they were, no part of who they are (read as part of the phrase, the title before it named the
    post's holder instead). "Officials in Pristina", a group, are the ones of that place."""
    full_name = head.ent_type_ == "PERSON" and any(
        c.dep_ in ("compound", "flat") and c.ent_type_ == "PERSON" and c.i < head.i for c in head.children
    )
    return full_name and prep.lower_ == "in"


def _in_document(prep: Token, lex: ExtractLexicon) -> bool:
    """ "in a statement", "in an interview": where the speaker said it, not who the speaker is."""
    return any(g.dep_ == "pobj" and g.lemma_.lower() in lex.speakers.account_nouns for g in prep.children)


def _abbreviated_address(head: Token, lex: ExtractLexicon) -> bool:
    """A form of address abbreviated in capitals ("HE", "H.E."), with a title or name in apposition."""
    short = {a for forms in lex.speakers.honorific_abbreviations.values() for a in forms}
    return head.lower_ in short and any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in head.children)


def _at_meeting(head: Token, prep: Token, lex: ExtractLexicon) -> bool:
    """ "Dr Tax at the emergency meeting with the heads of missions", "X at the leader's residence": where
    a named speaker spoke or met, not whom they belong to (a name's "at" otherwise gives its body: "Tom
    Reis at the Asia Institute", "an official at the ministry")."""
    # a meeting in lower case: "the Conference on Disarmament Gennady Gatilov" names a post's body (and the
    # name the parser hung inside it)
    if head.pos_ != "PROPN":
        return False
    speakers = lex.speakers
    for g in prep.children:
        if g.dep_ != "pobj" or g.pos_ != "NOUN":
            continue
        low = g.lemma_.lower()
        if low in speakers.meeting_nouns:
            return True
        if head.ent_type_ == "PERSON" and low not in speakers.institution_nouns and low not in speakers.person_titles:
            # "Chancellor X at the British leader's Downing Street residence": a named person's venue,
            # not a body ("X at the ministry" stays: the ministry says whose)
            return True
    return False


def _bracketed(head: Token, child: Token) -> bool:
    """ "AMAR BENDJAMA (Algeria) said", as UN press coverage prints a delegate: the state in brackets
    right after the name."""
    doc = head.doc
    lo, hi = child.left_edge.i, child.right_edge.i
    return lo == head.i + 2 and doc[head.i + 1].text == "(" and hi + 1 < len(doc) and doc[hi + 1].text == ")"


def _name_part(head: Token, child: Token) -> bool:
    """ "AMAR BENDJAMA (Algeria) said": a given name in capitals the tagger took for a verb, still
    compounded onto the surname inside one person's name."""
    if child.dep_ != "compound" or child.i != head.i - 1 or not child.is_alpha:
        return False
    both_capitals = len(child.text) > 1 and child.text.isupper() and head.text.isupper()
    return both_capitals or (child.ent_type_ == "PERSON" and head.ent_type_ == "PERSON")


def _based_in(head: Token, child: Token, lex: ExtractLexicon) -> bool:
    """ "A rebel group based in the north of X", "a newspaper headquartered in Y": a participle of
    the pack's `seat_verbs` with a place after "in", right after a bare noun."""
    if child.dep_ != "acl" or child.i <= head.i or head.pos_ != "NOUN" or child.tag_ != "VBN":
        return False
    if child.lemma_.lower() not in lex.speakers.seat_verbs:
        return False
    return any(c.dep_ == "prep" and c.lower_ in ("in", "at") for c in child.children)


def _described_by(head: Token, child: Token) -> bool:
    """ "Two officials familiar with the talks", "sources close to him": an adjective phrase after
    a bare noun is all that tells these sources apart; "an Iraqi official familiar with …" is
    named enough by its country."""
    if child.i != head.i + 1 or child.dep_ != "amod" or child.pos_ != "ADJ" or head.pos_ != "NOUN":
        return False
    if not any(g.dep_ == "prep" for g in child.children):
        return False
    return not any(c.i < head.i and c.dep_ in ("amod", "compound", "poss", "nmod") for c in head.children)


def _apposed_title(head: Token, appos: Token) -> list[Token]:
    """The title in apposition after a name, with what the parser hung on the name before the
    closing comma ("Talia Brandt, Principal Adviser [to the US President],": "to" hangs on Brandt)."""
    toks = list(appos.subtree)
    close = next((c.i for c in head.children if c.i > appos.i and c.text in _CLOSERS), None)
    if close is not None:
        for c in head.children:
            if appos.i < c.i < close and c.dep_ == "prep":
                toks += list(c.subtree)
    return toks


_CLOSERS = frozenset({",", ";", "(", ")", "–", "—"})


def _title_after_name(head: Token, appos: Token, lex: ExtractLexicon) -> bool:
    """A person's name followed by a title in apposition that names a place or body, or serves
    an office ("Avi Ronen, a spokesman for the prime minister,"; written in capitals too:
    "Petrov, Deputy Speaker of the Upper House,"), or a body's own ("Ana Lima, the ministry's
    spokesperson,": the resolver places the ministry where the article is)."""
    if appos.dep_ != "appos" or appos.i < head.i or head.pos_ != "PROPN" or head.ent_type_ in _PLACE_ENTS:
        return False
    if appos.pos_ not in ("NOUN", "PROPN") or appos.lemma_.lower() not in lex.speakers.person_titles:
        return False
    toks = _apposed_title(head, appos)
    # a named body too ("of the Rossiya Segodnya media group", which the small model may tag a place)
    return (
        any(t.ent_type_ in ("GPE", "NORP", "ORG", "LOC") or t.pos_ == "PROPN" for t in toks)
        or any(
            t.dep_ == "pobj" and t.lemma_.lower() in lex.speakers.person_titles and t.head.head.i == appos.i
            for t in toks
        )
        or any(
            t.dep_ == "poss" and t.head.i == appos.i and t.lemma_.lower() in lex.speakers.institution_nouns
            for t in toks
        )
    )


# A place followed by a title in apposition is no person ("Chad, the current chair of the bloc,");
# any other proper noun is read as a name, whatever the small model tagged it ("Marta Ruiz" as
# nothing, "Ori Shalev" as a body).
_PLACE_ENTS = ("GPE", "NORP", "LOC", "FAC")


def _in_clause(tok: Token, top: Token) -> bool:
    """True when tok sits in a relative clause or apposition below `top`."""
    while tok is not None and tok.i != top.i:
        if tok.dep_ in ("relcl", "acl", "appos", "advcl") or tok.text in ",()":
            return True
        if tok.head.i == tok.i:
            return False  # the root: `top` was not above it
        tok = tok.head
    return False


_BREAKS = {"(", ")", "-", "–", "—", "|", ":"}


def _span(doc, idx: set[int], head: int | None = None) -> tuple[int, int]:
    first = sent_of(doc[head if head is not None else min(idx)]).start
    toks = sorted(i for i in idx if sent_of(doc[i]).start == first)
    lo, hi = toks[0], toks[-1]
    if head is not None:  # a dateline or a parenthesis before the head is not part of the name
        i = head - 1
        while i >= lo:
            if doc[i].text == ")" and (opening := _gloss(doc, i, lo)) is not None:
                i = opening - 1  # "Foreign Minister (Canciller) Ana Reis": a gloss inside the title
                continue
            spaced_hyphen = doc[i].text == "-" and (doc[i - 1].whitespace_ if i > 0 else True)
            if doc[i].is_space or (doc[i].text in _BREAKS and doc[i].text != "-") or spaced_hyphen:
                lo = i + 1
                break
            i -= 1
    while lo < hi and (doc[lo].is_punct or doc[lo].is_space):
        lo += 1
    while hi > lo and (doc[hi].is_punct or doc[hi].is_space or doc[hi].dep_ == "cc"):
        if doc[hi].text == ")" and any(doc[i].text == "(" for i in range(lo, hi)):
            break  # "FU CONG (China)": the bracket closes what the mention opened
        hi -= 1  # and a dangling "and" whose second party the parser hung elsewhere
    return doc[lo].idx, doc[hi].idx + len(doc[hi].text)


def _gloss(doc, close: int, lo: int) -> int | None:
    """The "(" of a short gloss of capitalised words ending at `close` inside a title ("Foreign
    Minister (Canciller) Ana Reis"), with the title going on before it; else None."""
    for j in range(close - 1, max(lo, close - 4) - 1, -1):
        if doc[j].text == "(":
            inner = doc[j + 1 : close]
            if len(inner) and all(t.is_alpha and t.text[:1].isupper() for t in inner) and j > lo:
                return j if doc[j - 1].pos_ == "PROPN" and not doc[j - 1].is_punct else None
            return None
    return None


def _name_inside(head: Token, lo: int, hi: int) -> str | None:
    """The person's name heading the phrase, for the fallback actor. Walks the
    entity tags around the head (cheaper than building `doc.ents`)."""
    if (head.pos_ != "PROPN" and not _tagged_name(head)) or head.ent_type_ != "PERSON":
        return None
    doc = head.doc
    first = head.i
    while first > 0 and doc[first].ent_iob_ == "I" and doc[first - 1].ent_type_ == "PERSON":
        first -= 1
    last = head.i
    while last + 1 < len(doc) and doc[last + 1].ent_iob_ == "I":
        last += 1
    start, end = doc[first].idx, doc[last].idx + len(doc[last].text)
    return doc_text(doc)[max(lo, start) : min(hi, end)]


def _representing(child: Token, lex: ExtractLexicon) -> bool:
    """A participle after the name saying whom the person speaks for ("Kim Kye Gwan, representing North
    Korea, said"): its object a state or body by name."""
    if child.dep_ != "acl" or child.tag_ != "VBG" or child.lemma_.lower() not in lex.speakers.representing_verbs:
        return False
    obj = next((g for g in child.children if g.dep_ == "dobj"), None)
    return obj is not None and obj.pos_ == "PROPN" and obj.ent_type_ in ("GPE", "ORG", "NORP")


def _post_to(head: Token, prep: Token, lex: ExtractLexicon) -> bool:
    """ "the mission to the United Nations": a post's "to" phrase right after it, naming (in
    proper nouns, unpunctuated) where it is posted."""
    if prep.dep_ != "prep" or prep.lower_ != lex.speakers.title_to_prep or prep.i != head.i + 1:
        return False
    if head.lemma_.lower() not in lex.speakers.to_posts:
        return False
    pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    sub = list(prep.subtree)
    return pobj is not None and pobj.pos_ == "PROPN" and not any(t.is_punct and t.text not in (".", "-") for t in sub)


def _title_to_name(head: Token, prep: Token, lex: ExtractLexicon) -> bool:
    """'U.S. Ambassador to the Philippines MaryKay Carlson', 'envoy to the UN
    Vassily Nebenzia': a title's "to" complement running, unpunctuated, into
    the holder's name (the parser often hangs the name on the place)."""
    if prep.dep_ != "prep" or prep.lower_ != lex.speakers.title_to_prep or prep.i != head.i + 1:
        return False
    if head.lemma_.lower() not in lex.speakers.person_titles:
        return False
    pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if pobj is None or pobj.pos_ != "PROPN":
        return False
    sub = list(prep.subtree)
    if any(t.is_punct and t.text not in (".", "-") for t in sub) or sub[-1].i != pobj.i:
        return False
    if any(_name_after(head, prep, g) for g in head.children):
        return True
    return sum(1 for t in sub if t.pos_ == "PROPN") >= 3


def _name_after(head: Token, prep: Token, appos: Token) -> bool:
    """The holder's name put in apposition to the title right after its "to"
    complement, with no comma ('Ambassador to the Netherlands Ingrid Moe')."""
    return appos.dep_ == "appos" and appos.pos_ == "PROPN" and appos.left_edge.i == prep.right_edge.i + 1


def _appos_name(head: Token, lex: ExtractLexicon) -> Token | None:
    """'Azerbaijan's head of diplomacy, Jeyhun Bayramov,': the name in apposition.
    The parser may hang it on the end of the title's complement instead ('The
    chairperson of the African Union Commission, Mahmoud Ali Youssouf,')."""
    for child in head.children:
        if child.dep_ == "appos" and child.pos_ == "PROPN":
            return child
    if head.lemma_.lower() not in lex.speakers.person_titles:
        return None
    node = head
    for _ in range(3):  # down the "of"/"to" chain: "head of the delegation of X, Name,"
        prep = next(
            (
                c
                for c in node.children
                if c.dep_ == "prep" and c.lower_ in lex.speakers.title_chain_preps and c.i > node.i
            ),
            None,
        )
        pobj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
        if pobj is None:
            return None
        for child in pobj.children:
            if (
                child.dep_ == "appos"
                and child.pos_ == "PROPN"
                and child.ent_type_ == "PERSON"
                and pobj.doc[child.left_edge.i - 1].text == ","
            ):
                return child
        node = pobj
    return None


def _titled_person_in_apposition(head: Token, lex: ExtractLexicon) -> Token | None:
    """A person's name in apposition after a body's name, written with a person's title before it
    ("Office (TAO) spokesman Chen Binhua"): that person."""
    return next(
        (
            c
            for c in head.children
            if c.dep_ == "appos"
            and c.i > head.i
            and c.ent_type_ == "PERSON"
            and any(g.dep_ == "compound" and g.lemma_.lower() in lex.speakers.person_titles for g in c.children)
        ),
        None,
    )


def _title_subject_before(head: Token, lex: ExtractLexicon) -> Token | None:
    """ "The Spokesperson of the Ministry of Foreign Affairs of Ethiopia, Meles Alem said": the parser
    gave the verb two subjects, the title and, after a comma, the name; the title is the name's."""
    if head.dep_ not in ("nsubj", "appos") or head.pos_ != "PROPN":
        return None
    before = head.left_edge.i - 1
    if before < 1 or head.doc[before].text != ",":
        return None
    if head.dep_ == "appos":  # "In Kampala, Uganda's minister …, Mr X, said": both hung on the place
        title = _title_on_place(head.head, before) if head.head.dep_ == "pobj" else None
    else:
        title = next(
            (c for c in head.head.children if c.dep_ == "nsubj" and c.i < head.i and c.right_edge.i == before - 1),
            None,
        ) or _title_after_opening_place(head, before)
    if title is None or title.lemma_.lower() not in lex.speakers.person_titles:
        return None
    return title


def _title_after_opening_place(head: Token, before: int) -> Token | None:
    """ "In Kampala, Uganda's minister for EAC Affairs, Mr X, said": the parser hung the title on the
    opening place as its apposition; the title ends right before the comma before the name."""
    for prep in head.head.children:
        if prep.dep_ != "prep" or prep.i > head.i:
            continue
        for place in prep.children:
            if place.dep_ == "pobj" and (title := _title_on_place(place, before)) is not None:
                return title
    return None


def _title_on_place(place: Token, before: int) -> Token | None:
    """The place's apposition that ends right before the comma at `before` (a title, if any)."""
    return next((c for c in place.children if c.dep_ == "appos" and c.right_edge.i == before - 1), None)


def mention_from(head: Token, lex: ExtractLexicon, with_conj: bool = True) -> Mention:
    """Build the mention for a subject (or agent, or pobj) head token; built once per document and
    head (a speaker is read by the cue that found it and again when the statement is attributed)."""
    memo = sentences(head.doc).cache.setdefault("mentions", {})
    key = (head.i, with_conj, id(lex))
    if key not in memo:
        memo[key] = _mention_from(head, lex, with_conj)
    return memo[key]


def _mention_from(head: Token, lex: ExtractLexicon, with_conj: bool) -> Mention:
    doc = head.doc
    if head.lower_.rstrip(".") in lex.speakers.name_suffixes and head.i >= 2 and doc[head.i - 1].text == ",":
        head = doc[head.i - 2]  # "President Joseph R. Biden, Jr. met …": the parser heads the subject with "Jr."
    if head.text.isupper() and _abbreviated_address(head, lex):
        # "HE the Foreign Minister Sheikh X expressed …": "His Excellency" in capitals, no pronoun; the
        # parser hung the title and name on it in apposition
        head = next(c for c in head.children if c.dep_ == "appos")
    low = head.lower_
    pronouns = lex.pronouns
    if low in pronouns.personal or low in pronouns.relative:
        return Mention(
            head.text,
            head.idx,
            head.idx + len(head.text),
            "pronoun",
            pronouns.personal.get(low) == "person",
            low in pronouns.plural_subjects,
        )
    title = None
    if (
        head.pos_ != "PROPN"
        or head.lower_ in lex.speakers.honorific_heads
        or head.lemma_.lower() in lex.speakers.person_titles
    ):  # "Ruritania's Prime Minister, Tomas Reis,", "lawmakers MLA Ana Reis": a capitalised title is no name
        appos = _appos_name(head, lex)
        if appos is not None and appos.lower_ in lex.speakers.honorific_heads:
            # "President His Highness Sheikh X": the title's apposition is the honorific, whose is the name
            appos = _appos_name(appos, lex) or appos
        if appos is not None and appos.ent_type_ in ("PERSON", "ORG", ""):
            title, head = head, appos
    elif (titled := _titled_person_in_apposition(head, lex)) is not None:
        # "Taiwan Affairs Office (TAO) spokesman Chen Binhua said": the parser made the body the subject
        # and its titled spokesman an apposition; the spokesman speaks
        title, head = head, titled
    if title is None:
        title = _title_subject_before(head, lex)
    idx = _collect(head, with_conj, lex)
    idx |= _hyphenated_word(head, lex)
    idx |= _outlet_name(head, idx, lex)
    idx |= _name_run_after(head, title, idx)
    idx -= _place_of_dangling_prep(doc, idx)
    if (
        title is not None
        and title.i < head.i
        and (head.ent_type_ == "PERSON" or title.lemma_.lower() in lex.speakers.person_titles)
    ):
        # "Ecuador's ambassador, José Javier De La Gasca": the title before the name stays in the
        # mention, so an unknown person still gets the country it names (a person's title says the
        # name is a person's where the small model took it for a body: "Okello Amuge").
        idx |= {i for i in _collect(title, False, lex) if i < head.i}
    lo, hi = _span(doc, idx, head.i)
    text = doc_text(doc)[lo:hi]
    has_name = any(
        doc[i].pos_ == "PROPN" and doc[i].ent_type_ in ("PERSON", "ORG", "FAC", "")
        for i in idx
        if doc[i].dep_ not in ("poss", "amod")
    )
    form = _form(head, has_name, idx, lex)
    person = _is_person(head, idx, doc, lex) or (
        # "Colombia's Foreign Minister, Ana Ruiz,": a name the tagger left untagged, given a person's title
        title is not None and head.pos_ == "PROPN" and title.lemma_.lower() in lex.speakers.person_titles
    )
    one = _titles_of_one(head, lex)
    if one:
        form, person = "name", True  # the title's holder is named ("… for Human Rights Volker Türk")
    posts = _posts_of_one(head, lex)  # "Prime Minister and Minister of Foreign Affairs Sheikh X": one person
    plural = (
        not one
        and not posts
        and (
            _plural(head)
            or _capitalised_plural_title(head, lex)
            or any(
                doc[i].dep_ == "conj" and not _name_goes_on(head, doc[i], lex) for i in idx if doc[i].head.i == head.i
            )
        )
    )
    first = None
    titled = head.pos_ == "NOUN" and head.lemma_.lower() in lex.speakers.person_titles
    if (
        not one
        and not posts
        and (
            (
                head.pos_ == "PROPN"
                and any(
                    c.dep_ == "conj" and c.pos_ == "PROPN" and not _name_goes_on(head, c, lex) for c in head.children
                )
                and not _and_of_a_state_name(head)
            )
            or (titled and any(c.dep_ == "conj" and c.pos_ in ("PROPN", "NOUN") for c in head.children))
        )
    ):  # "Kenya and Uganda", "the Armenian minister and the Secretary of State": the first party
        own = _collect(head, False, lex)
        cut = min((c.i for c in head.children if c.dep_ == "cc" and c.i > head.i), default=None)
        if cut is not None:
            # "Minister X and Iran's Ambassador to Syria Y": the parser hung the second party's title on
            # the first as an apposition; the first party ends at "and"
            own = {i for i in own if i < cut} or own
        f_lo, f_hi = _span(doc, own, head.i)
        first = doc_text(doc)[f_lo:f_hi]
    named = next(c for c in head.children if c.dep_ == "conj") if one else head
    return Mention(text, lo, hi, form, person, plural, _name_inside(named, lo, hi), first)


def _place_of_dangling_prep(doc, idx: set[int]) -> set[int]:
    """ "on 19 August in Baku Sergey Lavrov said": a preposition with no object of its own right before
    the name; its object is the name's first word, which the parser compounded onto the name."""
    lo = min(idx)
    if lo == 0 or len(idx) < 3:
        return set()
    prep, first = doc[lo - 1], doc[lo]
    if prep.dep_ != "prep" or prep.pos_ != "ADP" or any(c.dep_ == "pobj" for c in prep.children):
        return set()
    return {lo} if first.dep_ == "compound" and first.pos_ == "PROPN" else set()


def _posts_of_one(head: Token, lex: ExtractLexicon) -> bool:
    """ "Prime Minister and Minister of Foreign Affairs Sheikh X": titles joined by "and" and a name
    at the end, the parser hanging all on the first title as conjuncts: one person's two posts, no pair."""
    titles = lex.speakers.person_titles
    if head.lemma_.lower() not in titles:
        return False
    conj = [c for c in head.children if c.dep_ == "conj"]
    if len(conj) < 2:
        return False
    *posts, name = sorted(conj, key=lambda t: t.i)
    return (
        all(p.lemma_.lower() in titles for p in posts)
        and name.ent_type_ == "PERSON"
        and not any(c.dep_ == "cc" and c.i > posts[-1].i for c in head.children)
    )


def _name_run_after(head: Token, title: Token | None, idx: set[int]) -> set[int]:
    """The rest of a long name the parser split into two appositions of one title ("Foreign Minister
    Sheikh Salem | Abdullah Al-Jaber Al-Sabah"): the person's words right after the name, with no
    punctuation but hyphens between, whose root hangs on the same title or on the name."""
    if head.pos_ != "PROPN" or not idx:
        return set()
    doc = head.doc
    j = max(idx) + 1
    if j >= len(doc) or not doc[j - 1].whitespace_:
        return set()
    run = []
    while j < len(doc) and (doc[j].pos_ == "PROPN" or (doc[j].tag_ == "HYPH" and not doc[j].whitespace_)):
        run.append(doc[j])
        j += 1
    if not run or run[-1].tag_ == "HYPH" or not any(t.ent_type_ == "PERSON" for t in run):
        return set()
    inside = {t.i for t in run}
    roots = [t for t in run if t.head.i not in inside]
    owners = {head.i} | ({title.i} if title is not None else set())
    if len(roots) != 1 or roots[0].head.i not in owners or roots[0].dep_ not in ("appos", "compound"):
        return set()
    return inside


def _glued_hyphen(doc, i: int) -> bool:
    """Token i is a hyphen with a word on each side and no space around it ("Min-jae")."""
    return (
        0 < i < len(doc) - 1
        and doc[i].text == "-"
        and not doc[i].whitespace_
        and not doc[i - 1].whitespace_
        and doc[i - 1].is_alpha
        and doc[i + 1].is_alpha
    )


def hyphen_run(doc, i: int) -> tuple[int, int] | None:
    """First and last token of the capitalised hyphenated word holding token i ("Min-jae",
    "Al-Rashid", "Won-sik", "al-Rashid"), which the tokenizer cut at its hyphens; None when token i is in
    no such word."""
    lo = hi = i
    if doc[i].text == "-":
        if not _glued_hyphen(doc, i):
            return None
        lo, hi = i - 1, i + 1
    elif not doc[i].is_alpha:
        return None
    while lo > 1 and _glued_hyphen(doc, lo - 1):
        lo -= 2
    while hi < len(doc) - 2 and _glued_hyphen(doc, hi + 1):
        hi += 2
    if hi == lo or not (doc[lo].text[:1].isupper() or _name_particle(doc[lo], doc[hi])):
        return None
    return lo, hi


def _name_particle(first: Token, last: Token) -> bool:
    """ "al-Thani", "el-Sisi": a lower-case particle written onto a capitalised surname, which the
    tagger reads as part of the name."""
    return first.is_lower and last.text[:1].isupper() and (first.pos_ == "PROPN" or first.ent_type_ == "PERSON")


def _hyphenated_word(head: Token, lex: ExtractLexicon) -> set[int]:
    """ "Foreign Minister Park Min-jae told reporters": the parser may take each piece of a
    hyphenated given name for a subject of its own and give the verb the last piece ("jae");
    the mention is the whole word, with the words the other pieces head ("Foreign Minister
    Park" on "Min"). Tokens and offsets stay as they are."""
    doc = head.doc
    run = hyphen_run(doc, head.i)
    if run is None:
        return set()
    lo, hi = run
    out = set(range(lo, hi + 1))
    for t in doc[lo : hi + 1]:
        if t.i == head.i:
            continue
        if lo <= t.head.i <= hi:
            out |= {c.i for c in t.subtree if c.i < lo}  # the name and title before the word
        else:
            out |= _collect(t, False, lex)  # a piece the parser hung outside the word
    return out | _name_before(doc, lo)


def _name_before(doc, lo: int) -> set[int]:
    """ "Sheikh Hamad bin Khalifa al-Thani launched …": the parser may hang the parts of the name
    before the hyphenated word on the verb as subjects of their own; the name the entity
    recogniser reads as one person's still runs on to the word, with the title words compounded
    onto its parts ("Sheikh")."""
    out: set[int] = set()
    j = lo
    while j > 0 and doc[j].ent_type_ == "PERSON" and doc[j].ent_iob_ == "I" and doc[j - 1].pos_ == "PROPN":
        j -= 1
        out.add(j)
        out |= {c.i for c in doc[j].lefts if c.dep_ == "compound" and c.pos_ == "PROPN"}
    return out


_NOT_NAMES = ("DATE", "TIME", "CARDINAL", "ORDINAL")


def _outlet_name(head: Token, idx: set[int], lex: ExtractLexicon) -> set[int]:
    """ "according to state news agency Lumo", "the official broadcaster RTS said": the outlet's name
    right after the noun, which the parser may hang elsewhere; the name tells the outlet."""
    if head.pos_ != "NOUN" or head.lemma_.lower() not in lex.speakers.outlet_nouns or max(idx) != head.i:
        return set()
    doc, out = head.doc, set()
    j = head.i + 1
    while j < len(doc) and doc[j].pos_ == "PROPN" and doc[j].ent_type_ not in _NOT_NAMES and doc[j - 1].whitespace_:
        out.add(j)
        j += 1
    return out


def _titles_of_one(head: Token, lex: ExtractLexicon) -> bool:
    """'Crown Prince and Prime Minister Mohammed bin Salman', 'Deputy Prime Minister and Foreign
    Minister X': two titles of one person, whom the parser heads with the first title and
    joins to the name as a conjunct; one speaker, not two parties. So is a title joined to
    a name with no "and" at all."""
    if head.lemma_.lower() not in lex.speakers.person_titles:  # "Crown Prince" may be tagged a person
        return False
    conj = [c for c in head.children if c.dep_ == "conj"]
    if len(conj) != 1 or head.tag_ not in ("NN", "NNP"):
        return False
    if head.text.islower() and any(c.dep_ == "det" and c.lower_ == "the" for c in head.children):
        return False  # "the foreign minister and Ismail Ould Cheikh Ahmed": one met before, and a second party
    # "High Commissioner for Human Rights Volker Türk": a name the parser joined with no "and"
    return conj[0].ent_type_ == "PERSON" or (conj[0].pos_ == "PROPN" and not any(c.dep_ == "cc" for c in head.children))


def _and_of_a_state_name(head: Token) -> bool:
    """ "Antigua and Barbuda's Permanent Representative X said": the "and" after the head belongs to a
    state's name (the parser made its second half, and the person after it, a second party)."""
    cc = next((c for c in head.children if c.dep_ == "cc" and c.i > head.i), None)
    if cc is None:
        return False
    doc = head.doc
    start = min(head.left_edge.i, head.i)
    before = [t.text for t in doc[start : cc.i]]
    after = [t.text for t in doc[cc.i + 1 : cc.i + 1 + NAME_WORDS_AROUND_AND]]
    return and_inside_state_name(before, after)


def _name_goes_on(head: Token, conj: Token, lex: ExtractLexicon) -> bool:
    """ "The Ministry of Foreign Affairs and Foreign Trade": a capitalised field after "and", with no
    determiner, place or body of its own, continues a body's "… of …" name (one body, not two)."""
    return (
        head.lemma_.lower() in lex.speakers.institution_nouns
        and any(c.dep_ == "prep" and c.lower_ == "of" and c.i < conj.i for c in head.children)
        and conj.pos_ in ("PROPN", "NOUN")
        and conj.text[:1].isupper()
        and conj.lemma_.lower() not in lex.speakers.institution_nouns
        and conj.ent_type_ not in ("GPE", "PERSON", "NORP", "LOC")
        and not any(c.dep_ in ("det", "poss", "cc") for c in conj.children)
    )


def _plural(head: Token) -> bool:
    """Plural noun heads; a person's surname ending in -s ("Guterres", tagged
    NNPS) is one person, or a later "he added" would skip over them."""
    if head.tag_ == "NNPS" and head.ent_type_ == "PERSON":
        return False
    if _in_capitalised_word(head):
        return False  # "Kim Hong-kyun": the last piece of a name, tagged a plural noun
    return head.tag_ in ("NNS", "NNPS")


def _capitalised_plural_title(head: Token, lex: ExtractLexicon) -> bool:
    """ "Ministers also spoke about …": a plural title opening its sentence, which the capital makes the
    tagger read as a singular name."""
    low = head.lower_
    return (
        head.tag_ == "NNP"
        and head.is_sent_start
        and not any(c.i < head.i for c in head.children)
        and low.endswith("s")
        and (low[:-1] in lex.speakers.person_titles or low in lex.speakers.collective_nouns)
    )


def _tagged_name(head: Token) -> bool:
    """ "Shin Won-sik", a double-barrelled "Ruiz-Olmedo": a capitalised person's name the tagger took for
    common nouns (the last piece of a hyphenated name is capitalised when its word is)."""
    return (
        head.ent_type_ == "PERSON" and head.pos_ == "NOUN" and (head.text[:1].isupper() or _in_capitalised_word(head))
    )


def _in_capitalised_word(head: Token) -> bool:
    """A piece of a capitalised hyphenated word that is part of a name ("sik" in "Won-sik")."""
    run = hyphen_run(head.doc, head.i)
    return run is not None and (head.ent_type_ == "PERSON" or head.doc[run[0]].pos_ == "PROPN")


def _form(head: Token, has_name: bool, idx: set[int], lex: ExtractLexicon) -> str:
    low = head.lemma_.lower()
    speakers = lex.speakers
    if low in speakers.document_nouns and head.pos_ != "PROPN":
        return "document"
    if head.pos_ == "PROPN" and (low in speakers.named_document_nouns or head.lower_ in speakers.named_document_nouns):
        return "document"  # "The Lisbon Declaration said": a document's name, not a speaker's
    if low in speakers.person_titles and not any(head.doc[i].ent_type_ == "PERSON" for i in idx):
        return "title"  # "The US Secretary of State", "the Serbian president"
    if head.pos_ == "PROPN" or has_name or _tagged_name(head) or _person_word_opening(head):
        return "name"  # "Zelenskyy said …" opening a sentence, tagged a common noun: the name met before
    if head.lower_ in speakers.group.heads or low in speakers.group.nouns:
        return "group"
    return "title"


def _is_person(head: Token, idx: set[int], doc, lex: ExtractLexicon) -> bool:
    if head.ent_type_ == "PERSON" or any(doc[i].ent_type_ == "PERSON" for i in idx):
        return True
    low = head.lemma_.lower()
    speakers = lex.speakers
    if low in speakers.institution_nouns or low in speakers.collective_nouns:
        return False
    return low in speakers.person_titles


_ACRONYM_MAX = 8  # letters of a body's acronym ("EEAS", "ECOWAS")


def is_actor_like(head: Token, lex: ExtractLexicon) -> bool:
    """Could this noun be the source of a statement? Filters "the deal requires"."""
    if not any(c.isalpha() for c in head.text):
        return False  # a quotation mark the tagger read as a proper noun ("«…,» responded X")
    if head.lower_ in lex.pronouns.not_speakers:
        return False  # "Not everyone welcomed the deal"
    if head.lower_ in lex.dates.weekdays and not any(c.dep_ == "compound" for c in head.children):
        return False  # "On Wednesday Tuesday he said …": a day is when, never who ("… Holguin Sunday" is a name)
    if any(c.dep_ == "det" and c.lower_ in lex.pronouns.not_speaker_determiners for c in head.children):
        return False  # "Neither side mentioned the talks": no one said it
    if head.pos_ in ("PROPN", "PRON"):
        return True
    if head.ent_type_ in ("PERSON", "ORG") and head.text[:1].isupper():
        return True  # a name the tagger read as a common noun ("Marta Ruiz-Olmedo, economist at …")
    if head.ent_type_ == "PERSON" and _in_capitalised_word(head):
        return True  # "Defense Minister Shin Won-sik said": "sik" tagged a common noun
    if _split_name(head):
        return True
    if _capitalised_noun(head) or _person_word_opening(head):
        return True  # '"…," Iwaya later told reporters': a name the tagger read as a common noun
    if head.pos_ == "NOUN" and head.is_alpha and head.text.isupper() and 2 <= len(head.text) <= _ACRONYM_MAX:
        return True  # '"…," EEAS stated': an acronym the tagger read as a plural noun
    group = partitive_group(head, lex)
    if group is not None and is_actor_like(group, lex):
        return True
    if head.pos_ == "NOUN" and any(
        c.dep_ == "appos" and c.pos_ == "PROPN" and c.ent_type_ == "PERSON" and c.i > head.i for c in head.children
    ):
        return True  # "The bloc's troubleshooter, Ana Lopes, wrote …": a role the article names a person for
    low = head.lemma_.lower()
    nouns = lex.speakers.actor_nouns
    return low in nouns or head.lower_ in nouns or head.lower_ in lex.speakers.group.heads or pair_noun(head, lex)


_PERSON_WORDS = "person_words"


def _person_word_opening(head: Token) -> bool:
    """A sentence's first word tagged a common noun that the article tags elsewhere as part of a
    person's name ("Safadi described the attack as …" after "Foreign Minister Ayman Safadi"), with
    nothing before it of its own."""
    if head.pos_ != "NOUN" or not head.is_sent_start or not head.text[:1].isupper() or not head.text[1:].islower():
        return False
    if any(c.i < head.i for c in head.children):
        return False
    return person_word(head)


def person_word(tok: Token) -> bool:
    """The word is part of a person's name somewhere in the article (the small model tags a name
    once and may leave it untagged later: "Ahmed Abdelkader …. Abdelkader has staged protests")."""
    doc = tok.doc
    words = doc.user_data.get(_PERSON_WORDS)
    if words is None:
        words = {t.text for ent in doc_ents(doc) if ent.label_ == "PERSON" for t in ent if t.text[:1].isupper()}
        doc.user_data[_PERSON_WORDS] = words
    return tok.text in words


def _capitalised_noun(head: Token) -> bool:
    """A one-word subject written with a capital inside its sentence but tagged a common noun, with
    nothing before it of its own ('"…," Iwaya later told reporters'): a name, not a word a sentence's
    start or a heading capitalised."""
    if head.pos_ != "NOUN" or not head.text[:1].isupper() or not head.text[1:].islower() or head.is_sent_start:
        return False
    if any(c.i < head.i for c in head.children):
        return False  # "the Commission", "Foreign Ministry": a body's name, read elsewhere
    prev = head.doc[head.i - 1] if head.i > 0 else None
    return prev is not None and (prev.is_punct or prev.is_space) and head.dep_ == "nsubj"


def partitive_group(head: Token, lex: ExtractLexicon) -> Token | None:
    """ "one of the sources", "several of the envoys": the group a part of it speaks for (the head of
    the "of" phrase), or None."""
    if head.lower_ not in lex.speakers.partitive_heads:
        return None
    return next(
        (g for p in head.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"),
        None,
    )


def _split_name(head: Token) -> bool:
    """ "Ursula von der Leyen and X signed …" parsed as 'der' (a noun) with 'Leyen' in apposition: a
    lower-case particle inside a name, between proper-noun parts written against it on both sides."""
    doc = head.doc
    if head.pos_ != "NOUN" or not head.is_lower or head.i == 0 or head.i + 1 >= len(doc):
        return False
    before, after = doc[head.i - 1], doc[head.i + 1]
    return (
        before.pos_ == "PROPN"
        and before.head.i == head.i
        and after.pos_ == "PROPN"
        and after.dep_ == "appos"
        and after.head.i == head.i
    )
