"""Who issued a document that speaks: "the statement said", "the Chinese readout said",
"the communiqué added".

Why: a document is never its own source, and it is not whoever was named last (the
guidelines attribute it to the body that issued it). The issuer is read, nearest
evidence first, from the phrase itself ("a statement from X", "X's statement", "the
Chinese readout"), from the verb that put it out ("X issued a statement"), then from
the last document the article named before ("In a statement, the ministry said … The
statement added …").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.lang.extract_schema import ExtractLexicon

from .joint import is_joint
from .sentences import doc_text, sent_of

if TYPE_CHECKING:  # spaCy is imported only when the pipeline loads
    from spacy.tokens import Token

_REACH = 400  # tokens searched back for an earlier document
_PLACE_ENTS = ("NORP", "GPE", "ORG")


def named_document(head: Token, lex: ExtractLexicon) -> bool:
    """ "The Lisbon Declaration said", "The Charter also states": a capitalised document noun
    (`speakers.named_document_nouns`) heading a name, which is the document's and not a speaker's."""
    nouns = lex.speakers.named_document_nouns
    return head.pos_ == "PROPN" and (head.lower_ in nouns or head.lemma_.lower() in nouns)


def _parties(tok: Token, lex: ExtractLexicon) -> Token | None:
    """ "the accord between Ethiopia and Somalia", "signed it … between the Republic of X and Y": the
    first party of the "between" phrase on `tok`."""
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in lex.speakers.party_preps:
            pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
            if pobj is not None and pobj.pos_ in ("PROPN", "NOUN"):
                return pobj
    return None


def _meeting_in(tok: Token, lex: ExtractLexicon) -> Token | None:
    """ "adopted on the first day of a summit of X", "agreed at the ASEAN summit": the meeting in the
    phrase of the verb that put a document out, whose body issued it."""
    return next((t for t in tok.subtree if t.i > tok.i and t.lemma_.lower() in lex.speakers.meeting_nouns), None)


def document_owner(head: Token, lex: ExtractLexicon) -> Token | None:
    """'a statement from X', 'the statement by X', "X's statement": X; 'X issued a statement
    (saying …)': X; 'In a statement, X said': X. An outlet that carried it ('a statement carried by
    the news agency') is the owner only when nothing else names one. A named document ("the Lisbon
    Declaration") is its parties' ("between X and Y"), or the subject of a verb that issued it ("X and
    Y signed the Charter"), not of any verb ("X welcomed the Declaration")."""
    named = named_document(head, lex)
    if named and (parties := _parties(head, lex)) is not None:
        return parties
    carrier = None  # "a statement carried by KCNA": the outlet, the owner only when no other is found
    for c in head.children:
        if c.dep_ == "poss":
            return _clause_subject(head) if c.pos_ == "PRON" and _clause_subject(head) is not None else c
        if (pobj := _owner_object(c, lex)) is not None:
            if pobj.lemma_.lower() in lex.speakers.meeting_nouns and document_place(head):
                continue  # "the Indian readout of the meeting": the meeting is what it reports on
            return pobj
        if c.dep_ == "acl" and c.tag_ == "VBN":  # "a joint statement issued by India and Bangladesh"
            agent = next((g for g in c.children if g.dep_ == "agent"), None)
            pobj = next((g for g in agent.children if g.dep_ == "pobj"), None) if agent is not None else None
            if pobj is not None and c.lemma_.lower() in lex.speakers.sponsor_verbs:
                carrier = carrier or pobj  # "a resolution presented by Peru": the adopter comes first
            elif pobj is not None and c.lemma_.lower() in lex.speakers.carrier_verbs:
                # "In a statement carried by KNA, a spokesperson for … said": the parser may hang
                # the speaker on the outlet as an apposition
                appos = next((g for g in pobj.children if g.dep_ == "appos" and g.i > pobj.i), None)
                reader = pobj.lemma_.lower() in lex.speakers.person_titles  # "read by the chair, X,": X read it
                if appos is not None and appos.pos_ in ("NOUN", "PROPN") and not reader:
                    return appos
                carrier = pobj
            elif pobj is not None:
                return pobj
        if named and c.dep_ == "acl" and c.lemma_.lower() in lex.speakers.issuing_verbs:
            # "the Declaration agreed between X and Y", "adopted at a summit of X"
            found = _parties(c, lex) or _meeting_in(c, lex)
            if found is not None:
                return found
    verb = head.head
    if named and head.dep_ == "nsubj" and verb.tag_ == "VBN" and verb.lemma_.lower() in lex.speakers.issuing_verbs:
        # "The Declaration, adopted at a summit of X, warns …" read with "adopted" as its verb
        if not any(c.dep_ in ("aux", "auxpass") for c in verb.children):
            found = _parties(verb, lex) or _meeting_in(verb, lex)
            if found is not None:
                return found
    verb = None
    if head.dep_ == "dobj":  # "X put out a statement saying …"
        verb = head.head
    elif head.dep_ == "pobj" and head.head.dep_ == "prep" and head.head.head.pos_ in ("VERB", "AUX"):
        verb = head.head.head  # "In a statement, the ministry said …"
    if verb is not None and named:
        if verb.lemma_.lower() not in lex.speakers.issuing_verbs:
            return carrier
        parties = _parties(verb, lex)
        if parties is not None:
            return parties
    if head.dep_ == "dobj" and verb is not None and verb.lemma_.lower() in lex.speakers.reaction_verbs:
        return carrier  # "Moscow dismissed the communiqué": not Moscow's ("X described it in a statement" is X's)
    if verb is not None:
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subj is not None and subj.lemma_.lower() not in lex.speakers.document_nouns:
            return subj
        if head.dep_ == "pobj":
            # "This was disclosed in a statement yesterday from the Ministry …": the parser hangs the
            # owner's phrase on the verb, after the document
            owners = (_owner_object(c, lex) for c in verb.children if c.i > head.i)
            pobj = next((o for o in owners if o is not None), None)
            if pobj is not None and pobj.pos_ in ("NOUN", "PROPN"):
                return pobj
    return carrier or _reporting_body(head, lex)


def _owner_object(prep: Token, lex: ExtractLexicon) -> Token | None:
    """The object of an owner's preposition ("from X", "by X", "of X"), else None."""
    if prep.dep_ != "prep" or prep.lower_ not in lex.speakers.owner_preps:
        return None
    return next((g for g in prep.children if g.dep_ == "pobj"), None)


def _reporting_body(head: Token, lex: ExtractLexicon) -> Token | None:
    """ "The Ministry of Commerce lodged representations, according to a statement (on its website)":
    a statement no phrase gives an owner is the one the body that acted put out, when the clause's
    subject is a body ("the ministry", "the Ministry of X") or the parties of a joint act ("The two sides
    had candid exchanges, according to a statement"); "Troops shelled the city, according to a
    statement" names no issuer (troops issue none)."""
    according = lex.verb_frames.according
    prep = head.head
    if head.dep_ != "pobj" or prep.lower_ != according.particle or prep.head.lower_ != according.word:
        return None
    clause = prep.head.head
    heads = [clause, *(c for c in clause.children if c.dep_ == "aux")]  # "had" read as an auxiliary
    subj = next((c for h in heads for c in h.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.pos_ not in ("NOUN", "PROPN"):
        return None
    if subj.lemma_.lower() in lex.speakers.institution_nouns:
        return subj
    # the parties of a joint act, unless the article named whose that document is before ("… the Kremlin
    # said. The sides also discussed X, according to the readout": the Kremlin's readout)
    return subj if is_joint(subj, lex) and earlier_issuer(head, lex) is None else None


def _clause_subject(head: Token) -> Token | None:
    """ "In their joint statement, the heads of state condemned …": the possessive points ahead to
    the subject of the clause the document's phrase opens, when that subject is named."""
    prep = head.head
    if head.dep_ != "pobj" or prep.dep_ != "prep" or prep.head.pos_ not in ("VERB", "AUX") or prep.i > head.i:
        return None
    subj = next((c for c in prep.head.children if c.dep_ in ("nsubj", "nsubjpass") and c.i > head.i), None)
    return subj if subj is not None and subj.pos_ in ("NOUN", "PROPN") else None


def document_place(head: Token) -> Token | None:
    """'the Chinese readout', 'the Kremlin statement', 'the EU communiqué': the country or body
    written inside the document's own phrase. In a document's name a city is where it was signed
    ("the Lisbon Declaration"), not who issued it."""
    named = head.pos_ == "PROPN"
    for c in head.children:
        if c.i < head.i and c.dep_ in ("amod", "compound", "nmod") and c.ent_type_ in _PLACE_ENTS:
            if named and c.ent_type_ == "GPE":
                continue
            return c
    return None


def _quoted(tok: Token) -> bool:
    """Inside a quotation of its sentence ('citing “the statements made by X”'): somebody's words
    about a document, not the article naming one."""
    sent = sent_of(tok)
    before = doc_text(tok.doc)[sent.start_char : tok.idx]
    return before.count("“") + before.count("«") > before.count("”") + before.count("»") or before.count('"') % 2 == 1


def earlier_issuer(head: Token, lex: ExtractLexicon) -> Token | None:
    """'… The statement added': the issuer of the nearest earlier document of the same noun
    (a letter is not the statement); "the text" is the last document of any of the kinds a body
    adopts ("adopted a resolution … The text reiterates")."""
    doc = head.doc
    lemma = head.lemma_.lower()
    speakers = lex.speakers
    if named_document(head, lex):  # "The Charter also states": the Charter named before, by its word
        for i in range(head.i - 1, -1, -1):
            tok = doc[i]
            if tok.lower_ == head.lower_ and tok.pos_ in ("NOUN", "PROPN") and not _quoted(tok):
                found = document_owner(tok, lex)
                if found is not None:
                    return found
        return None
    nouns = {lemma} | (speakers.adopted_documents if lemma in speakers.any_document_nouns else set())
    definite = any(c.dep_ == "det" and c.lower_ == "the" for c in head.children)
    for i in range(head.i - 1, -1, -1):
        tok = doc[i]
        if i <= head.i - _REACH and not (definite and tok.lemma_.lower() == lemma):
            continue  # "The communiqué also noted …" far down: the communiqué the article named, however far
        if tok.pos_ == "NOUN" and tok.lemma_.lower() in nouns and not _quoted(tok):
            found = document_owner(tok, lex) or document_place(tok)
            if found is not None:
                return found
    return None


def meeting_body(tok: Token, lex: ExtractLexicon) -> list[Token]:
    """ "a summit of the African Union": [Union]; "the ASEAN Foreign Ministers' Meeting": [ASEAN];
    "the Arctic Council Ministerial Meeting": [Arctic, Council]: the name of the body whose
    members met, written in the meeting's own phrase (empty when none is: "the summit", "the meeting")."""
    speakers = lex.speakers
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ == speakers.title_of_prep:
            pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
            if pobj is not None and pobj.pos_ == "PROPN" and pobj.lemma_.lower() not in speakers.meeting_nouns:
                return [pobj]
    left = sorted(
        (t for c in tok.children if c.i < tok.i and c.dep_ in ("compound", "poss", "nmod", "amod") for t in c.subtree),
        key=lambda t: t.i,
    )
    while left and left[-1].lower_ in speakers.meeting_words | speakers.meeting_nouns or left and left[-1].is_punct:
        left.pop()
    while left and left[0].pos_ != "PROPN":
        left.pop(0)
    if not left or any(t.is_punct and t.text != "-" for t in left) or left[-1].ent_type_ in ("GPE", "NORP"):
        return []  # "the Brussels summit", "the Arab summit": where, or whose people, not a body
    return left


def earlier_meeting(head: Token, lex: ExtractLexicon) -> list[Token]:
    """ "… The summit called for …": the body of the nearest earlier meeting of the same noun whose
    phrase names one ("the first-ever joint summit of the two blocs" names none)."""
    doc = head.doc
    lemma = head.lemma_.lower()
    for i in range(head.i - 1, -1, -1):
        tok = doc[i]
        if tok.lemma_.lower() == lemma and tok.pos_ in ("NOUN", "PROPN") and not _quoted(tok):
            body = meeting_body(tok, lex)
            if body:
                return body
    return []
