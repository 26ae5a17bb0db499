"""Reported diplomatic contacts: meetings, calls, talks between named parties.

"X held a phone call with Y", "X and Y met", "the two spoke", "signed by X and
Y". Planned, cancelled or hoped-for meetings are not contacts, and neither is
a verb with no counterpart ("negotiated for the country").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.lang.extract_schema import ExtractLexicon

from .cues import Cue
from .mentions import is_actor_like
from .reported import joint_subjects, span_of, subject_of

if TYPE_CHECKING:  # spaCy is imported only when the pipeline loads
    from spacy.tokens import Span, Token

_RIGHT_SKIP = {"advcl", "conj", "cc", "relcl", "punct", "parataxis", "mark"}


def _irrealis(verb: Token, lex: ExtractLexicon) -> bool:
    """Future, planned, cancelled or negated events ("were due to hold talks")."""
    modals, irrealis = lex.verb_frames.modals, lex.contacts.irrealis_heads
    marker = lex.verb_frames.directive.infinitive_marker
    node = verb
    for _ in range(4):
        for c in node.children:
            if c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in modals):
                return True
            if c.dep_ == "aux" and c.lower_ == marker and node.i == verb.i and verb.dep_ not in ("advcl",):
                if node.head.lemma_.lower() in irrealis or node.head.pos_ == "ADJ":
                    return True
        if node.lemma_.lower() in irrealis and node.i != verb.i:
            return True
        if node.dep_ in ("ROOT", "relcl", "ccomp") or node.head.i == node.i:
            return False
        node = node.head
    return False


def _counterparts(verb: Token, noun: Token | None, lex: ExtractLexicon) -> list[Token]:
    """Who the speaker talked with: with/to objects, met's object, counterparts."""
    words = lex.contacts.counterparts
    preps = words.preps | words.noun_preps if noun is not None else words.preps
    out = []
    for head in (noun, verb):
        if head is None:
            continue
        for c in head.children:
            if c.dep_ == "prep" and c.lower_ in preps:
                out += [g for g in c.children if g.dep_ == "pobj"]
            if c.dep_ == "prep" and c.lower_ in words.topic_preps:
                out += _topic_counterparts(c, words.topic_prep)
            if head is verb and c.dep_ == "dobj" and verb.lemma_ in words.object_verbs and _party(c, lex):
                out.append(c)  # "met the minister", not "met the demands" nor "received the document"
    return out


def _party(tok: Token, lex: ExtractLexicon) -> bool:
    """A party one meets or receives: actor-like, but no document ("received the Russian document")."""
    low = tok.lemma_.lower()
    return (
        is_actor_like(tok, lex)
        and low not in lex.speakers.document_nouns
        and tok.lower_ not in lex.speakers.document_nouns
    )


def _topic_counterparts(prep: Token, with_prep: str) -> list[Token]:
    """'talked about the crisis with X': the parser hangs 'with X' on the topic noun."""
    return [
        g
        for topic in prep.children
        if topic.dep_ == "pobj"
        for c in topic.children
        if c.dep_ == "prep" and c.lower_ == with_prep
        for g in c.children
        if g.dep_ == "pobj"
    ]


def _conjuncts(tok: Token) -> list[Token]:
    """The parties joined to `tok` by "and"; also through a name in apposition ("President
    Vladimir Putin and … Kim Jong Un", parsed as President ← Putin ← Kim)."""
    out = [c for c in tok.children if c.dep_ == "conj"]
    for a in tok.children:
        if a.dep_ == "appos" and a.pos_ == "PROPN" and not any(t.is_punct for t in tok.doc[tok.i + 1 : a.i]):
            out += [c for c in a.children if c.dep_ == "conj"]
    return out


def _plural_subject(subj: Token, lex: ExtractLexicon) -> bool:
    return bool(_conjuncts(subj)) or subj.tag_ in ("NNS", "NNPS") or subj.lower_ in lex.contacts.plural_words


def _participle_subject(verb: Token, lex: ExtractLexicon) -> Token | None:
    """'..., where he had spent hours negotiating with X': a participle the parser
    hung on a noun takes the subject of the nearest clause above it."""
    if verb.tag_ != "VBG" or verb.dep_ not in ("acl", "advcl", "xcomp"):
        return None
    for anc in list(verb.ancestors)[:6]:
        if anc.pos_ in ("VERB", "AUX"):
            return subject_of(anc, lex)
    return None


def _absolute_clause(prep: Token) -> bool:
    """ "…, with Putin saying he saw possibilities": a clause of its own (a statement), no part
    of the contact."""
    return prep.dep_ == "prep" and any(
        g.tag_ == "VBG" and any(s.dep_ == "nsubj" for s in g.children) for g in prep.children
    )


def _reduced_relative(c: Token) -> bool:
    """ "signed a treaty on Tuesday aimed at reviving the plan": a participle describing what was
    signed or discussed, which the parser hung on the verb."""
    return (
        c.dep_ == "advcl"
        and c.tag_ == "VBN"
        and not any(k.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark") for k in c.children)
    )


def _content(verb: Token) -> tuple[int, int, frozenset[int]]:
    toks = [verb] + [
        t
        for c in verb.children
        if c.i > verb.i and (c.dep_ not in _RIGHT_SKIP or _reduced_relative(c)) and not _absolute_clause(c)
        for t in c.subtree
    ]
    start, end = span_of(sorted(toks, key=lambda t: t.i), verb)
    return start, end, frozenset(t.i for t in toks)


def _contact_noun(verb: Token, lex: ExtractLexicon) -> Token | None:
    if verb.lemma_.lower() not in lex.contacts.light_verbs:
        return None
    nouns = lex.contacts.nouns
    for c in verb.children:
        if c.dep_ == "dobj" and (c.lemma_.lower() in nouns or c.lower_ in nouns):
            return c
        if c.dep_ == "dobj" and any(g.dep_ == "compound" and g.lemma_.lower() in nouns for g in c.children):
            return c  # "launched a mediation effort between X and Y"
    return None


def _agent_pair(verb: Token) -> Token | None:
    """'signed ... by X and Y': the first party of a passive signing."""
    for c in verb.children:
        if c.dep_ == "agent":
            pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
            if pobj is not None and _conjuncts(pobj):
                return pobj
    return None


def contact_cue(verb: Token, lex: ExtractLexicon) -> Cue | None:
    if verb.pos_ not in ("VERB", "AUX") or _irrealis(verb, lex):
        return None
    if verb.dep_ == "relcl" and verb.head.lemma_.lower() in lex.contacts.audience_nouns:
        return None  # "told journalists that talks with X …": a noun the parser read as a verb
    words = lex.contacts
    lemma = verb.lemma_.lower()
    noun = _contact_noun(verb, lex)
    brought = lemma in words.gathering.verbs and any(c.lower_ == words.gathering.particle for c in verb.children)
    if lemma in words.signing.verbs:
        signed = words.signing.documents
        speaker = _agent_pair(verb)
        others = _conjuncts(speaker) if speaker is not None else []
        document = next((c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in signed), None)
        if speaker is None and document is not None:
            # "X and Y signed the agreement", "X signed a memorandum of understanding with Y"
            joint = joint_subjects(verb)
            subject = joint[0] if joint else subject_of(verb, lex)
            if subject is not None and is_actor_like(subject, lex):
                with_whom = [
                    g
                    for t in document.subtree
                    if t.dep_ == "prep" and t.lower_ in words.signing.partner_preps
                    for g in t.children
                    if g.dep_ == "pobj"
                ]
                others = _counterparts(verb, None, lex) + with_whom + _conjuncts(subject) + joint[1:]
                speaker = subject if others or _plural_subject(subject, lex) else None
    elif lemma in words.verbs or noun is not None or brought:
        if lemma in words.noun_only_verbs and noun is None:
            return None
        joint = joint_subjects(verb)
        speaker = joint[0] if joint else (subject_of(verb, lex) or _participle_subject(verb, lex))
        if speaker is None or not is_actor_like(speaker, lex):
            return None
        others = _counterparts(verb, noun, lex) + _conjuncts(speaker) + joint[1:]
        if others and all(o.lemma_.lower() in words.audience_nouns for o in others):
            return None  # "speaking to reporters": an audience, not a counterpart
        if brought:
            others += [c for c in verb.children if c.dep_ == "dobj"]
        if not others and not _plural_subject(speaker, lex):
            return None
    else:
        return None
    if speaker is None:
        return None
    start, end, toks = _content(verb)
    return Cue("contact", lemma, verb, speaker, start, end, toks, targets=others)


def sentence_contacts(sent: Span, in_quote, lex: ExtractLexicon) -> list[Cue]:
    return [c for t in sent if not in_quote(t.idx) and (c := contact_cue(t, lex)) is not None]
