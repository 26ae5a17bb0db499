"""Joint statements: "the two sides said", "both ministers", "the three countries", "the
leaders" speak for the parties the article has just named together.

Why: such a mention is no new actor called "two sides", and it is not one of the parties
picked by chance (the last speaker); the guidelines make it one statement of all the
parties, attributed to the first one named. The parties are read from the nearest
coordination before the mention ("Saudi Arabia and Iran agreed …", "X met Y …"): the
first conjunct is the actor, the others come along as co-actors.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.lang.extract_schema import ExtractLexicon

from .sentences import sentences

if TYPE_CHECKING:  # spaCy is imported only when the pipeline loads
    from spacy.tokens import Token

_SENTENCES_BACK = 4
_PARTY_ENTS = ("PERSON", "GPE", "NORP", "ORG", "PRODUCT")  # the small model takes some surnames for products ("Iwaya")


def is_joint(head: Token, lex: ExtractLexicon) -> bool:
    """ "the two sides", "both ministers", "the three countries", "the leaders", "the two"."""
    words = lex.speakers.group
    low, lemma = head.lower_, head.lemma_.lower()
    if low in words.heads:  # "the two", "both"
        return True
    if _of_joint(head, lex) is not None:  # "the foreign ministries of the two countries"
        return True
    kids = list(head.children)
    titled = _joint_title(head, words.joint_titles)
    if head.tag_ not in ("NNS", "NNPS") or (
        lemma not in words.joint_nouns and low not in words.joint_nouns and not titled
    ):
        return False
    if any(c.dep_ == "prep" and not titled for c in kids) or any(
        c.dep_ == "nummod" and c.lower_ not in words.heads for c in kids
    ):
        return False  # "the eight countries of the Amazon basin" are a group of their own
    return any(
        (c.dep_ == "det" and c.lower_ in words.joint_determiners)
        or (c.dep_ in ("nummod", "det", "predet") and c.lower_ in words.heads)
        for c in kids
    )


def _of_joint(head: Token, lex: ExtractLexicon) -> Token | None:
    """ "the foreign ministries of the two Gulf countries", "the leaders of both nations", "the two
    countries' foreign ministers": a plural
    body or title whose "of" complement is a joint mention speaks for the same parties; that
    complement, else None."""
    if head.tag_ not in ("NNS", "NNPS") or head.lemma_.lower() not in lex.speakers.group.joint_of_nouns:
        return None
    for c in head.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            inner = next((g for g in c.children if g.dep_ == "pobj"), None)
        elif c.dep_ == "poss":  # "the two countries' foreign ministers"
            inner = c
        else:
            continue
        if inner is not None and inner.tag_ in ("NNS", "NNPS") and is_joint(inner, lex):
            return inner
    return None


def _joint_title(head: Token, titles: frozenset[str]) -> bool:
    """ "heads of state", "foreign ministers": the noun with its compounds and "of" complement is a
    plural title the pack lists."""
    doc = head.doc
    lo = min((c.left_edge.i for c in head.children if c.dep_ == "compound" and c.i < head.i), default=head.i)
    hi = max((c.right_edge.i for c in head.children if c.dep_ == "prep" and c.i > head.i), default=head.i)
    return doc[lo : hi + 1].text.lower() in titles or doc[lo : head.i + 1].text.lower() in titles


def _party(tok: Token) -> bool:
    """A named party; the small model leaves some names untagged ("Saudi Arabia"), so no tag is
    no objection, only a tag of another kind (a date, a law) is."""
    return tok.pos_ == "PROPN" and (tok.ent_type_ in _PARTY_ENTS or not tok.ent_type_)


def _named(tok: Token) -> Token | None:
    """A party as a conjunct: a name, or a title noun with its name in apposition ("X and his
    Iranian counterpart Y" → Y)."""
    if _party(tok):
        return tok
    if tok.pos_ == "NOUN":
        return next((c for c in tok.children if c.dep_ == "appos" and _party(c)), None)
    return None


def _states_only(head: Token, lex: ExtractLexicon) -> bool:
    nouns = lex.speakers.group.state_nouns
    return head.lemma_.lower() in nouns or head.lower_ in nouns


def joint_parties(head: Token, lex: ExtractLexicon) -> list[Token]:
    """The parties a joint mention speaks for, first-named first (empty when none is found):
    the nearest "X and Y" (or "X met Y") before it, in its sentence or the few before."""
    idx = sentences(head.doc)
    n = idx.of_token[head.i]
    inner = _of_joint(head, lex) or head  # "the ministries of the two countries": the countries' parties
    states = _states_only(inner, lex)
    persons = persons_only(inner, lex)
    for m in range(n, max(-1, n - _SENTENCES_BACK - 1), -1):
        sent = idx.spans[m]
        end = head.i if m == n else sent.end
        for tok in reversed(head.doc[sent.start : end]):
            named = _named(tok) if tok.dep_ == "conj" else None
            if named is not None and _party(tok.head) and tok.head.i < tok.i:
                first, tok = tok.head, named
                if states and not {first.ent_type_, tok.ent_type_} & {"GPE", "NORP"}:
                    continue
                if persons and not (_person(first) and _person(tok)):
                    continue  # "the two heads of state" are no "UN, G20 and BRICS"
                parties = [first] + [q for c in first.children if c.dep_ == "conj" and (q := _named(c)) is not None]
                subj = _host_subject(first)
                return ([subj] if subj is not None else []) + parties
            met = _named(tok) if tok.dep_ == "dobj" else None
            if met is not None and not states:  # "X met Y", "X met his counterpart Y"
                subj = _subject(tok.head)
                if subj is not None and (not persons or _person(subj)):
                    return [subj, met]
            if tok.dep_ == "pobj" and _party(tok) and not states and (not persons or _person(tok)):
                subj = _host_subject(tok)  # "X held talks with Y"
                if subj is not None and (not persons or _person(subj)):
                    return [subj, tok]
    return []


def persons_only(head: Token, lex: ExtractLexicon) -> bool:
    """ "the two leaders", "both ministers", "the heads of state": only people can be the parties."""
    return head.lemma_.lower() in lex.speakers.person_titles or head.lemma_.lower() in lex.speakers.group.person_nouns


def _person(tok: Token) -> bool:
    """A party that may be a person: tagged one, left untagged, or a bare name the small model took
    for a body ("Iwaya and Wang"); not "the United Nations", "BRICS" nor a place."""
    if tok.ent_type_ in ("PERSON", "", "PRODUCT"):
        return True
    return tok.ent_type_ == "ORG" and not tok.text.isupper() and not any(c.dep_ == "det" for c in tok.children)


def _subject(verb: Token) -> Token | None:
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subj if subj is not None and _party(subj) else None


def _host_subject(first: Token) -> Token | None:
    """ "Cho held a phone call with A and B": the host (Cho) is a party too, and named first."""
    if first.dep_ != "pobj" or first.head.lower_ not in ("with", "between"):
        return None
    gov = first.head.head
    if gov.pos_ == "NOUN" and gov.dep_ in ("dobj", "pobj", "nsubj"):
        gov = gov.head
    return _subject(gov) if gov.pos_ in ("VERB", "AUX") else None
