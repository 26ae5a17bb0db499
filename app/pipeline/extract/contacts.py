"""Reported diplomatic contacts: meetings, calls, talks between named parties.

"X held a phone call with Y", "X and Y met", "the two spoke", "signed by X and
Y". Planned, cancelled or hoped-for meetings are not contacts, and neither is
a verb with no counterpart ("negotiated for the country").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.lang.extract_schema import ExtractLexicon

from .cues import Cue
from .joint import is_joint
from .mentions import is_actor_like
from .reported import deed_joined, joint_subjects, span_of, subject_coordinated_before, subject_of
from .sentences import sent_of

if TYPE_CHECKING:  # spaCy is imported only when the pipeline loads
    from spacy.tokens import Token

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
            if c.dep_ == "aux" and c.lower_ == marker and node.i == verb.i:
                head = node.head
                if verb.dep_ != "advcl" and (head.lemma_.lower() in irrealis or head.pos_ == "ADJ"):
                    return True
                if any(g.dep_ == "advmod" and g.lower_ in lex.contacts.unrealised_adverbs for g in head.children):
                    return True  # "have yet to hold a formal meeting"
                if verb.dep_ == "advcl" and head.tag_ != "VBD" and head.lemma_.lower() not in lex.contacts.verbs:
                    # "who is part of a delegation to discuss tariffs with the White House until next week":
                    # an infinitive of purpose on a present state tells what is planned; on a past deed
                    # ("flew to Kigali to sign the treaty with X", "went on to review") what took place
                    return True
        if node.lemma_.lower() in irrealis and node.i != verb.i:
            return True
        if node.dep_ in ("ROOT", "relcl", "ccomp") or node.head.i == node.i:
            return False
        if node.dep_ == "acl" and node.tag_ == "VBN":
            return False  # "the statement, signed by A and B, set a deadline": a done deed describing a noun
        node = node.head
    return False


def _listed(tok: Token, words) -> bool:
    """A word list holds the token by its lemma or as written ("talks" is listed, its lemma "talk"
    may not be; "met" is not, "meet" is)."""
    return tok.lemma_.lower() in words or tok.lower_ in words


def _audience(tok: Token, lex: ExtractLexicon) -> bool:
    """ "reporters", "local media", "AFP": those a speaker addresses, no counterpart of a contact
    (the pack's audience nouns, by lemma or word, and the outlets that ask at briefings)."""
    words = lex.contacts.audience_nouns
    return _listed(tok, words) or tok.lower_ in lex.transcripts.outlets


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
                # "met with visiting US Secretary of State X": the parser made "visiting" a gerund with X its object
                out += [
                    o
                    for g in c.children
                    if g.dep_ == "pcomp" and g.lemma_.lower() in words.guest_participles
                    for o in g.children
                    if o.dep_ == "dobj" and _party(o, lex)
                ]
            if (
                head is noun
                and c.dep_ == "prep"
                and c.lower_ in words.noun_party_preps
                and verb.lemma_.lower() in words.noun_party_verbs
            ):
                out += [g for g in c.children if g.dep_ == "pobj" and _party(g, lex)]
            if c.dep_ == "prep" and c.lower_ in words.topic_preps:
                out += _topic_counterparts(c, words.topic_prep)
            if head is verb and c.dep_ == "prep" and c.lower_ not in preps | words.topic_preps:
                out += _manner_counterparts(c, words.topic_prep, words.manner_nouns)
            if head is verb and c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in preps for m in c.children):
                # "held talks with X and Y leaders to try to find common ground": the parser made "with"
                # the mark of a clause whose subject is the counterpart
                out += [g for g in c.children if g.dep_ == "nsubj" and _party(g, lex)]
            if head is verb and c.dep_ == "dobj" and verb.lemma_ in words.object_verbs and _party(c, lex):
                out.append(c)  # "met the minister", not "met the demands" nor "received the document"
            elif head is verb and c.dep_ == "dobj":
                out += [g for g in topic_object_counterparts(c, words.topic_prep) if _party(g, lex)]
            if head is verb and c.dep_ == "agent" and _received_subject(verb, lex) is not None:
                # "the envoy was received by the king": the one who received (or hosted, met) the subject
                out += [g for g in c.children if g.dep_ == "pobj" and _party(g, lex)]
    misread = _participle_misread(verb, lex)
    if misread is not None:
        out += [c for c in misread.children if c.dep_ == "dobj" and _party(c, lex)]
    out += guest_after_place(verb, lex)
    return out


def _manner_counterparts(prep: Token, with_prep: str, nouns) -> list[Token]:
    """ "met behind closed doors with X", "met on the sidelines with X": the parser hung "with X" on the
    noun of the manner or place phrase; it is still whom the verb's subject met."""
    return [
        o
        for g in prep.children
        if g.dep_ == "pobj" and g.lower_ in nouns
        for w in g.children
        if w.dep_ == "prep" and w.lower_ == with_prep
        for o in w.children
        if o.dep_ == "pobj" and (o.pos_ == "PROPN" or o.ent_type_ in ("PERSON", "GPE", "NORP", "ORG"))
    ]


def guest_after_place(verb: Token, lex: ExtractLexicon) -> list[Token]:
    """ "received at the Palace of the Revolution the Minister of Foreign Affairs of X": the guest after
    the place, which the parser hung on the place as an apposition (no object of its own)."""
    if verb.lemma_ not in lex.contacts.counterparts.object_verbs or any(c.dep_ == "dobj" for c in verb.children):
        return []
    titles = lex.speakers.person_titles
    places = [
        g
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ in ("at", "in") and c.i > verb.i
        for g in c.children
        if g.dep_ == "pobj"
    ]
    apposed = [
        a
        for g in places
        for a in g.children
        if a.dep_ == "appos" and (a.lemma_.lower() in titles or a.ent_type_ == "PERSON") and _party(a, lex)
    ]
    # "received at Dasman Palace Prince Khaled bin Faisal": the parser made the place a compound of the
    # guest's name, the whole the preposition's object
    glued = [
        g
        for g in places
        if g.ent_type_ == "PERSON"
        and any(k.dep_ == "compound" and k.ent_type_ in ("FAC", "GPE", "LOC") and k.i < g.i for k in g.children)
    ]
    return apposed + glued


def _fronted_participle(verb: Token, lex: ExtractLexicon) -> bool:
    """ "Speaking at a joint news conference, the two leaders said …", "…, the sources said, speaking on
    condition of anonymity": a participle framing a clause of saying, whose plural subject it borrows;
    with no counterpart of its own it reports no contact."""
    if verb.tag_ != "VBG" or verb.dep_ != "advcl":
        return False
    return verb.i < verb.head.i or verb.head.lemma_.lower() in lex.reporting_verbs.by_lemma


def _participle_misread(verb: Token, lex: ExtractLexicon) -> Token | None:
    """ "had met jailed former premier X", "received detained activist Y": a participle describing the
    person met, which the parser read as a verb of its own (taking the person as its object)."""
    if verb.lemma_ not in lex.contacts.counterparts.object_verbs or any(c.dep_ == "dobj" for c in verb.children):
        return None
    nxt = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    if nxt is None or nxt.tag_ != "VBN" or nxt.pos_ != "VERB" or verb.whitespace_ == "":
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in nxt.children):
        return None
    return nxt if any(c.dep_ == "dobj" and _party(c, lex) for c in nxt.children) else None


def _named(tok: Token, lex: ExtractLexicon) -> bool:
    """A party the text names: a name or a pronoun, a post ("the president", "his counterpart"), or a
    noun whose own words name a state or a body ("Russian officials", "the EU's envoys"); not a kind of
    people ("special services and their senior officers")."""
    if tok.pos_ in ("PROPN", "PRON") or tok.lemma_.lower() in lex.speakers.person_titles:
        return True
    return any(
        c.ent_type_ in ("NORP", "GPE", "ORG", "PERSON") or c.pos_ == "PROPN" for c in tok.children if c.i < tok.i
    )


def _party(tok: Token, lex: ExtractLexicon) -> bool:
    """A party one meets or receives: actor-like, but no document ("received the Russian document") and
    no meeting ("hosting her first summit": the event hosted, no one met)."""
    events = lex.contacts.nouns | lex.contacts.noun_frame.nouns
    return is_actor_like(tok, lex) and not _listed(tok, lex.speakers.document_nouns) and not _listed(tok, events)


def _received_subject(verb: Token, lex: ExtractLexicon) -> Token | None:
    """The subject of a passive 'was received/hosted/met by X' when it is a party ("the delegation was
    received by the premier": the delegation's contact with the premier), not a thing handed over or an
    event held ("the letter was received by", "the summit was hosted by")."""
    if verb.lemma_.lower() not in lex.contacts.counterparts.object_verbs or not any(
        c.dep_ == "agent" for c in verb.children
    ):
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    return subj if subj is not None and _party(subj, lex) else None


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


_TOPIC_DEPTH = 3  # nouns down the object's chain of prepositions ("the developments in the crisis with X")


def topic_object_counterparts(obj: Token, with_prep: str) -> list[Token]:
    """ "discussed the latest developments in the Libyan crisis with the UN envoy": the topic is the
    verb's object, and the parser hangs "with X" on it, or on a noun further down its prepositions."""
    out, nouns = [], [obj]
    for _ in range(_TOPIC_DEPTH):
        nxt = []
        for noun in nouns:
            for c in noun.children:
                if c.dep_ != "prep":
                    continue
                objs = [g for g in c.children if g.dep_ == "pobj"]
                if c.lower_ == with_prep:
                    out += objs
                else:
                    nxt += objs
        nouns = nxt
    return out


def _conjuncts(tok: Token) -> list[Token]:
    """The parties joined to `tok` by "and"; also through a name in apposition ("President
    Vladimir Putin and … Kim Jong Un", parsed as President ← Putin ← Kim)."""
    out = [c for c in tok.children if c.dep_ == "conj"]
    for a in tok.children:
        if a.dep_ == "appos" and a.pos_ == "PROPN" and not any(t.is_punct for t in tok.doc[tok.i + 1 : a.i]):
            out += [c for c in a.children if c.dep_ == "conj"]
    return out


def _stands_for_parties(subj: Token, lex: ExtractLexicon) -> bool:
    """ "the two sides", "the parties", "both ministers", "they": a subject standing for parties named before."""
    return (subj.pos_ == "PRON" and subj.lower_ in lex.contacts.plural_words) or is_joint(subj, lex)


def _during_contact(verb: Token, lex: ExtractLexicon) -> bool:
    """ "During the call, A and B reviewed …": the verb is told as part of a contact."""
    return any(
        c.dep_ == "prep" and c.lower_ == "during" and any(g.lemma_.lower() in lex.contacts.nouns for g in c.children)
        for c in verb.children
    )


def _plural_subject(subj: Token, lex: ExtractLexicon) -> bool:
    if subj.pos_ == "PRON" and subj.lower_ in lex.contacts.plural_words:
        # "They discussed …" as a sentence of its own, after the meeting it continues; not "when they
        # met last month", "where they discussed …": a contact told in passing inside another sentence
        return subj.head.dep_ == "ROOT" or (subj.head.dep_ == "conj" and subj.head.head.dep_ == "ROOT")
    return (
        bool(_conjuncts(subj))
        or subj.tag_ in ("NNS", "NNPS")
        or subj.lower_ in lex.contacts.plural_words
        or (subj.tag_ == "NN" and is_joint(subj, lex))  # "the pair"
    )


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


def _says_nothing(c: Token, lex: ExtractLexicon, contacts: bool = True) -> bool:
    """No verb in the phrase reports a statement (or, with `contacts`, a contact) of its own."""
    verbs = lex.reporting_verbs.by_lemma
    return not any(
        t.pos_ in ("VERB", "AUX") and (t.lemma_.lower() in verbs or (contacts and _listed(t, lex.contacts.verbs)))
        for t in c.subtree
    )


def _call_purpose(c: Token, lex: ExtractLexicon) -> bool:
    """ "called Y today to congratulate him on his appointment": a call's purpose told by a verb of what
    one does on the phone (the pack's `call_purposes`) that reports nothing else ("… and to urge China
    to …" is a statement of its own); only after a verb of calling (`noun_only_verbs`: "called")."""
    if c.lemma_.lower() not in lex.contacts.call_purposes or c.head.lemma_.lower() not in lex.contacts.noun_only_verbs:
        return False
    verbs = lex.reporting_verbs.by_lemma
    return not any(t.i != c.i and t.pos_ in ("VERB", "AUX") and t.lemma_.lower() in verbs for t in c.subtree)


def _clause_adjunct(c: Token, lex: ExtractLexicon) -> bool:
    """ "spoke by phone hours before the duties took effect", "met Y to discuss the border": a time,
    reason or purpose clause after the contact's verb is part of the contact as the article tells it,
    unless a verb in it reports something of its own ("…, after X said …")."""
    if c.dep_ != "advcl":
        return False
    marker = lex.verb_frames.directive.infinitive_marker
    if c.tag_ == "VB" and any(a.dep_ == "aux" and a.lower_ == marker and a.i == c.i - 1 for a in c.children):
        if _call_purpose(c, lex):
            return True  # "called Y today to congratulate him on …": what the call was for, told in no words of its own
        return _says_nothing(c, lex, contacts=False)  # a purpose clause ("met Y to discuss Z": the same contact)
    subordinators = lex.verb_frames.subordinators
    subj = next((k for k in c.children if k.dep_ in ("nsubj", "nsubjpass", "expl")), None)
    if subj is None:
        return False  # "…, and officials have since held talks": a clause of its own the parser hung here
    marked = any(m.dep_ in ("mark", "advmod") and m.lower_ in subordinators and m.i < subj.i for m in c.children)
    return marked and _says_nothing(c, lex)


def _fronted_adjunct(verb: Token, subject: list[Token], lex: ExtractLexicon) -> list[Token]:
    """ "Before the start of the talks, X met Y": a phrase (no clause) before the contact's subject that
    opens its sentence and is set off by a comma tells when or where the contact took place."""
    if not subject:
        return []
    first = subject[0]
    out = []
    for c in verb.children:
        if c.dep_ not in ("prep", "npadvmod") or c.i > first.i or not _says_nothing(c, lex):
            continue
        sub = list(c.subtree)
        if any(t.pos_ in ("VERB", "AUX") for t in sub) or sub[0].i != sent_of(verb).start:
            continue
        if sub[-1].i + 1 < first.i and verb.doc[sub[-1].i + 1].text == "," and sub[-1].i + 2 == first.i:
            out += sub
    return out


def _renamed_after(verb: Token, lex: ExtractLexicon) -> list[Token]:
    """ "When A and B shook hands in Beijing, it was the first meeting between the two in years": a main
    clause that only names the contact its fronted clause tells ('it' is a contact noun) is part of it."""
    head = verb.head
    if verb.dep_ != "advcl" or head.i < verb.i or head.lemma_.lower() != "be":
        return []
    subj = next((c for c in head.children if c.dep_ == "nsubj"), None)
    attr = next((c for c in head.children if c.dep_ == "attr"), None)
    if subj is None or attr is None or lex.pronouns.personal.get(subj.lower_) != "thing":
        return []
    if not _listed(attr, lex.contacts.nouns) or not _says_nothing(head, lex, contacts=False):
        return []
    return [t for t in head.subtree if t.i > verb.right_edge.i]


def _content(verb: Token, lex: ExtractLexicon) -> tuple[int, int, frozenset[int]]:
    toks = [verb] + [
        t
        for c in verb.children
        if c.i > verb.i
        and (
            c.dep_ not in _RIGHT_SKIP
            or _reduced_relative(c)
            or _clause_adjunct(c, lex)
            or deed_joined(verb, c, lex, lex.contacts.verbs)
        )
        and not _absolute_clause(c)
        for t in c.subtree
    ]
    toks += _renamed_after(verb, lex)
    misread = _participle_misread(verb, lex)
    if misread is not None:  # "met detained former leader X in Naypyidaw"
        toks += [misread] + [
            t for c in misread.children if c.i > misread.i and c.dep_ not in _RIGHT_SKIP for t in c.subtree
        ]
    start, end = span_of(sorted(toks, key=lambda t: t.i), verb)
    return start, end, frozenset(t.i for t in toks)


def _contact_noun(verb: Token, lex: ExtractLexicon) -> Token | None:
    lemma = verb.lemma_.lower()
    pairs = lex.contacts.object_pairs.get(lemma)
    if pairs is not None:  # "exchanged views", "witnessed the signing", "received a written message"
        paired = next((c for c in verb.children if c.dep_ == "dobj" and c.lower_ in pairs), None)
        if paired is not None or lemma not in lex.contacts.light_verbs:
            return paired
    if lemma not in lex.contacts.light_verbs:
        return None
    nouns = lex.contacts.nouns
    for c in verb.children:
        if c.dep_ != "dobj":
            continue
        c = _measured(c, lex)
        if _listed(c, nouns):
            return c
        if any(g.dep_ == "compound" and g.lemma_.lower() in nouns for g in c.children):
            return c  # "launched a mediation effort between X and Y"
    return None


def _measured(tok: Token, lex: ExtractLexicon) -> Token:
    """'the third round of indirect talks', 'three days of talks': the contact noun the measure counts."""
    if tok.lemma_.lower() not in lex.contacts.measure_nouns and tok.lower_ not in lex.contacts.measure_nouns:
        return tok
    of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    pobj = next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None
    return pobj if pobj is not None else tok


def _sat_down(verb: Token, lex: ExtractLexicon) -> bool:
    """'sat down with the Peruvian negotiators': a verb that reports a contact only with its particle."""
    particle = lex.contacts.particle_verbs.get(verb.lemma_.lower())
    return particle is not None and any(c.dep_ == "prt" and c.lower_ == particle for c in verb.children)


def _signed_antecedent(verb: Token, signed, lex: ExtractLexicon) -> Token | None:
    """'the Treaty of Friendship, which Kim and Xi signed last autumn': the
    document a relative clause's 'which' stands for (the phrase the clause hangs on, up through its
    'of'/'on' complements)."""
    if verb.dep_ != "relcl" or not any(c.dep_ == "dobj" and c.lower_ in lex.pronouns.relative for c in verb.children):
        return None
    node = verb.head
    for _ in range(4):
        if _listed(node, signed):
            return node
        if node.dep_ not in ("pobj", "prep", "compound") or node.head.i == node.i:
            return None
        node = node.head
    return None


def _told_in_contact(verb: Token, lex: ExtractLexicon) -> Token | None:
    """ "X informed Y about the deal in a phone call": the party a verb of telling addresses when the
    telling took place in a call or meeting (a contact noun after in/during/over in what follows)."""
    telling = lex.contacts.telling
    if verb.lemma_.lower() not in telling.verbs:
        return None
    if any(c.dep_ in ("ccomp", "xcomp", "parataxis") for c in verb.children):
        return None  # "told X in a call that …": what was said is the statement
    party = next((c for c in verb.children if c.dep_ in ("dobj", "dative") and _party(c, lex)), None)
    if party is None or party.lemma_.lower() in lex.contacts.audience_nouns:
        return None
    nouns = lex.contacts.nouns
    for t in verb.subtree:
        if (
            t.i > party.i
            and t.dep_ == "pobj"
            and t.head.lower_ in telling.preps
            and _listed(t, nouns)
            and not any(c.dep_ == "relcl" for c in t.children)
        ):
            return party
    return None


def _signed_document(doc: Token, lex: ExtractLexicon) -> bool:
    """What two parties sign together: an agreement, a treaty; a declaration a joint one, or one
    named as a document of its own ("the Athens Declaration on Friendly Relations")."""
    signing = lex.contacts.signing
    if _listed(doc, signing.documents):
        return True
    return _listed(doc, signing.joint_documents) and (
        doc.pos_ == "PROPN"
        or any(c.dep_ in ("amod", "compound") and c.lower_ in signing.joint_modifiers for c in doc.children)
    )


def _tells_its_content(verb: Token, document: Token, lex: ExtractLexicon) -> bool:
    """A joint declaration or statement whose content the sentence reports ("signed a joint declaration
    committing to …", "… in which they pledged …") is a statement of what it says, not a contact."""
    signing = lex.contacts.signing
    if _listed(document, signing.documents):
        return False
    verbs = lex.reporting_verbs.by_lemma
    return any(t.pos_ == "VERB" and t.lemma_.lower() in verbs for t in verb.subtree if t.i > verb.i)


def _signature_document(verb: Token, lex: ExtractLexicon) -> Token | None:
    """ "put their signatures to a treaty": the document a signature was put to (a signing)."""
    signing = lex.contacts.signing
    if verb.lemma_.lower() not in signing.signature_verbs:
        return None
    marks = [c for c in verb.children if c.dep_ == "dobj" and c.lower_ in signing.signature_nouns]
    if not marks:
        return None
    for head in (verb, *marks):
        for p in head.children:
            if p.dep_ == "prep" and p.lower_ in signing.signature_preps:
                for g in p.children:
                    if g.dep_ == "pobj" and _signed_document(_measured(g, lex), lex):
                        return g
    return None


def _hyphen_pair(noun: Token, lex: ExtractLexicon) -> list[Token]:
    """ "Kenyan-Somali talks", "the India-Japan Strategic Dialogue": the two parties a contact noun
    names before it, joined by a hyphen (names or capitalised demonyms on both sides)."""
    doc = noun.doc
    left = [t for t in noun.subtree if t.i < noun.i]
    for t in left:
        if t.text not in lex.contacts.pair_hyphens or t.i == 0 or t.i + 1 >= noun.i:
            continue
        a, b = doc[t.i - 1], doc[t.i + 1]
        if t.whitespace_ or a.whitespace_:
            continue  # "A - B" is a dash, not a pair
        if all(x.pos_ == "PROPN" or (x.pos_ == "ADJ" and x.text[:1].isupper()) for x in (a, b)):
            return [a, b]
    return []


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
    signature = _signature_document(verb, lex)
    if lemma in words.signing.verbs or signature is not None:
        signed = words.signing.documents
        speaker = _agent_pair(verb) if signature is None else None
        others = _conjuncts(speaker) if speaker is not None else []
        document = signature or next(
            (d for c in verb.children if c.dep_ == "dobj" and _signed_document(d := _measured(c, lex), lex)), None
        )  # "signed an agreement", "signed a number of cooperation documents", "signed a joint declaration"
        if document is None:
            document = _signed_antecedent(verb, signed, lex)
        elif _tells_its_content(verb, document, lex):
            return None  # "signed a joint declaration committing to …": reported for what it says
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
    elif _joined_remotely(verb, lex):
        speaker = subject_of(verb, lex)
        if speaker is None or not is_actor_like(speaker, lex):
            return None
        others = [c for c in verb.children if c.dep_ == "dobj" and _party(c, lex)]
        if not others:
            return None  # "who joined by videoconference": no party named (the meeting joined is told elsewhere)
    elif (visitor := _welcomed_visitor(verb, lex)) is not None:
        speaker = subject_of(verb, lex)
        if speaker is None or not is_actor_like(speaker, lex):
            return None
        others = [visitor, *_conjuncts(visitor)]
    elif (told := _told_in_contact(verb, lex)) is not None:
        speaker = subject_of(verb, lex)
        if speaker is None or not is_actor_like(speaker, lex):
            return None
        others = [told]
    elif lemma in words.verbs or noun is not None or brought or _sat_down(verb, lex):
        called = _called_for_a_purpose(verb, lex) if lemma in words.noun_only_verbs and noun is None else []
        if lemma in words.noun_only_verbs and noun is None and not called:
            return None
        joint = joint_subjects(verb)
        speaker = joint[0] if joint else (subject_of(verb, lex) or _participle_subject(verb, lex))
        speaker = _received_subject(verb, lex) or speaker
        if speaker is None or not is_actor_like(speaker, lex):
            return None
        own = _counterparts(verb, noun, lex) + (_hyphen_pair(noun, lex) if noun is not None else [])
        own += [c for c in called if c not in own]  # "called Asif to congratulate him": Asif
        if noun is None and all(_audience(o, lex) for o in own) and _fronted_participle(verb, lex):
            # "Speaking as petitioners, A and B told the committee …", "Speaking to reporters after the
            # session, A and B said …": a frame, not a contact, whatever the subject it borrows
            return None
        others = own + _conjuncts(speaker) + joint[1:]
        if others and all(_audience(o, lex) for o in others):
            return None  # "speaking to reporters", "speaking to AFP": an audience, not a counterpart
        if brought:
            others += [c for c in verb.children if c.dep_ == "dobj"]
        if not others and not _plural_subject(speaker, lex) and not _chaired(verb, noun, lex):
            return None
        if lemma in words.counterpart_verbs and noun is None and not own:
            return None
        if (
            lemma in words.joint_only_verbs
            and noun is None
            and not _stands_for_parties(speaker, lex)
            and not _during_contact(verb, lex)
        ):
            return None
    else:
        return None
    if speaker is None:
        return None
    start, end, toks = _content(verb, lex)
    subject = _with_subject(verb, speaker)
    subject = _fronted_adjunct(verb, subject, lex) + subject
    if subject:
        start, toks = min(start, subject[0].idx), toks | {t.i for t in subject}
    return Cue("contact", lemma, verb, speaker, start, end, toks, targets=others)


def _called_for_a_purpose(verb: Token, lex: ExtractLexicon) -> list[Token]:
    """ "Tillerson called Asif to congratulate him": the parties called (the verb's objects) when an
    infinitive of what one does on the phone follows (the pack's `call_purposes`); empty for "called the
    plan a mistake" and "called on X to …" (a request, no call)."""
    kids = list(verb.children)
    if not any(
        c.dep_ in ("xcomp", "advcl") and c.tag_ == "VB" and c.lemma_.lower() in lex.contacts.call_purposes for c in kids
    ):
        return []
    return [c for c in kids if c.dep_ == "dobj" and _party(c, lex)]


def _joined_remotely(verb: Token, lex: ExtractLexicon) -> bool:
    """ "X, who joined the envoys by videoconference": a verb of taking part with a means from afar (a contact
    with the party it names)."""
    remote = lex.contacts.remote
    if verb.lemma_.lower() not in remote.verbs or _is_passive_verb(verb):
        return False
    return any(
        c.dep_ == "prep"
        and c.lower_ in remote.preps
        and any(
            g.dep_ == "pobj"
            and (_listed(g, remote.media) or any(k.dep_ == "compound" and _listed(k, remote.media) for k in g.children))
            for g in c.children
        )
        for c in verb.children
    )


def _welcomed_visitor(verb: Token, lex: ExtractLexicon) -> Token | None:
    """ "X welcomed Y to the capital": the party welcomed when a place follows (a host receiving a visitor),
    or a person welcomed by name; none for praise ("welcomed the deal", "welcomed Y's decision to attend")
    nor a new member ("welcomed Sweden to the alliance")."""
    welcoming = lex.contacts.welcoming
    if verb.lemma_.lower() not in welcoming.verbs or _is_passive_verb(verb):
        return None
    places = [g for c in verb.children if c.dep_ == "prep" and c.lower_ in welcoming.preps for g in c.children]
    if any(g.dep_ == "pobj" and _listed(g, welcoming.memberships) for g in places):
        return None
    if not places:  # "welcomed Foreign Minister Omar Rifai at the palace": a person named is a visitor received
        return next((c for c in verb.children if c.dep_ == "dobj" and c.ent_type_ == "PERSON"), None)
    return next((c for c in verb.children if c.dep_ == "dobj" and _party(c, lex)), None)


def _is_passive_verb(verb: Token) -> bool:
    return any(c.dep_ in ("nsubjpass", "auxpass", "agent") for c in verb.children)


def _chaired(verb: Token, noun: Token | None, lex: ExtractLexicon) -> bool:
    """ "Lopes chaired a four-way meeting of the envoys": chairing a meeting is meeting those it
    gathers, named or not; in a relative clause ("X, who chaired the talks, said") it describes X."""
    return noun is not None and verb.lemma_.lower() in lex.contacts.chair_verbs and verb.dep_ != "relcl"


def _with_subject(verb: Token, speaker: Token) -> list[Token]:
    """A contact reads from its subject ("Lopes also held talks with Brandt", "The two sides went over …
    and discussed …"): the span starts at the subject of the clause (the first verb of a coordination
    sharing it) when it comes right before it."""
    clause = verb
    while (
        clause.dep_ == "conj"
        and clause.head.pos_ in ("VERB", "AUX")
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children)
    ):
        clause = clause.head
    subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < clause.i), None)
    joint = joint_subjects(clause)
    if subj is not None and joint and joint[0].i == speaker.i and speaker.i < subj.i:
        return list(verb.doc[speaker.left_edge.i : subj.right_edge.i + 1])  # "A and B's premier C held talks"
    coordinated = subject_coordinated_before(clause) if subj is None else None
    if coordinated is not None and coordinated.i == speaker.i:
        return list(speaker.subtree)  # "…, and delegations from both capitals have since held talks"
    if subj is None or (subj.i != speaker.i and speaker not in list(subj.subtree)):
        return []
    doc = verb.doc
    phrase = doc[subj.left_edge.i : subj.right_edge.i + 1]
    if any(t.is_punct and t.text in ".;:" for t in phrase) or (
        any(t.text == "," for t in phrase) and any(t.pos_ in ("VERB", "AUX") for t in phrase)
    ):
        # "X, who had said days earlier that …, met Y": the relative clause is no part of the contact
        # (a pair named in apposition is: "the foreign ministers of A and B, X and Y, met in Warsaw")
        return []
    between = doc[subj.right_edge.i + 1 : clause.i]
    # "Putin, too, received Fidan": an adverb set off by commas between subject and verb is still the contact's
    if any(not t.is_punct and not (t.dep_ == "advmod" and t.head.i == clause.i) for t in between):
        if any(t.is_punct and t.text in ".;:," for t in between):
            return []
    return list(subj.subtree)


def _unreal_noun(noun: Token, lex: ExtractLexicon) -> bool:
    """'the next round of talks', 'no talks', 'calls for talks between …', 'ahead of talks with …',
    'talks between A and B will resume': talks not (yet) held."""
    frame = lex.contacts.noun_frame
    for t in (noun, noun.head):
        if any(
            (c.dep_ in ("amod", "advmod", "neg") and c.lemma_.lower() in frame.unreal_modifiers)
            or (c.dep_ in ("det", "neg") and c.lower_ in ("no", "not", "never"))
            for c in t.children
        ):
            return True
    node = noun
    for _ in range(8):
        low = node.lemma_.lower()
        if node.i != noun.i and (low in frame.unreal_heads or low in lex.contacts.irrealis_heads):
            return True
        if node.dep_ in ("prep", "advcl") and node.lower_ in frame.realis_preps - {"in", "at"}:
            # "went home after talks with X"; under a future ("will fly home after talks with X") only a
            # measured stretch of talks took place already ("will free them, following three days of talks")
            measured = noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in lex.contacts.measure_nouns
            return not measured and node.head.pos_ in ("VERB", "AUX") and _irrealis(node.head, lex)
        if node.pos_ in ("VERB", "AUX"):
            return _irrealis(node, lex) or any(
                c.dep_ in ("acomp", "xcomp") and c.lemma_.lower() in lex.contacts.irrealis_heads for c in node.children
            )
        if node.head.i == node.i:
            return False
        node = node.head
    return False


def _governor(noun: Token, lex: ExtractLexicon) -> tuple[Token, Token] | None:
    """The preposition a contact noun hangs on (through 'two days of', 'a round of') and the verb it
    hangs on in turn: 'following [two days of] talks' → (following, go)."""
    node = noun
    while node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.pos_ in ("NOUN", "NUM"):
        node = node.head.head
    prep = node.head
    if node.dep_ != "pobj" or prep.dep_ not in ("prep", "advcl", "acl"):
        return None
    host = prep.head
    if host.dep_ == "dobj" and host.pos_ == "NOUN" and host.head.pos_ in ("VERB", "AUX"):
        host = host.head  # "made the remarks in a phone call with X": the object's verb
    return (prep, host) if host.pos_ in ("VERB", "AUX") else None


def _held_subject(noun: Token, lex: ExtractLexicon) -> tuple[Token, list[Token]] | None:
    """ "Talks between A and B were held in Geneva", "The first meeting of A and B took place": a contact
    noun as the subject of a verb saying it happened (not "will take place", "were not held"), with two
    parties named by its "between" or "of": the first party and the others."""
    frame = lex.contacts.noun_frame
    verb = noun.head
    if noun.dep_ not in ("nsubj", "nsubjpass") or verb.pos_ not in ("VERB", "AUX") or _irrealis(verb, lex):
        return None
    lemma = verb.lemma_.lower()
    take, place = frame.took_place
    happened = (
        (lemma in frame.happened_verbs and noun.dep_ == "nsubj")
        or (lemma in frame.happened_passive and noun.dep_ == "nsubjpass")
        or (lemma == take and any(c.dep_ == "dobj" and c.lower_ == place for c in verb.children))
    )
    if not happened:
        return None
    for p in noun.children:
        if p.dep_ == "prep" and p.lower_ in frame.subject_party_preps:
            first = next((g for g in p.children if g.dep_ == "pobj"), None)
            if first is None or not is_actor_like(first, lex):
                continue
            others = _conjuncts(first)
            if others:
                return first, others
    return None


def noun_contact(noun: Token, lex: ExtractLexicon) -> Cue | None:
    """A contact noun without a light verb: 'talks between A and B' (A's, with B), 'after three days of talks
    with X' and 'travelled to Ankara for talks with X' (the clause's subject's, with X), 'were joined by X
    for a three-way meeting' (the subject's, with X). An apposition renames a contact already told
    ('…, the first meeting between the two sides')."""
    frame = lex.contacts.noun_frame
    held = None
    if noun.pos_ not in ("NOUN", "PROPN") or (
        noun.lemma_.lower() not in frame.nouns and noun.lower_ not in frame.nouns
    ):
        return None
    if noun.dep_ in ("appos", "compound") or _unreal_noun(noun, lex):
        return None
    pobjs = {
        p.lower_: [g for g in p.children if g.dep_ == "pobj"]
        for p in noun.children
        if p.dep_ == "prep" and p.lower_ in (frame.between, frame.with_)
    }
    governed = _governor(noun, lex)
    if governed is not None and governed[0].lower_ == frame.purpose_prep:
        prep, verb = governed  # "were joined by X for a meeting", "were in Moscow for consultations with X"
        if verb.lemma_.lower() in lex.contacts.light_verbs | lex.contacts.verbs or _irrealis(verb, lex):
            return None
        if any(c.lemma_.lower() in lex.contacts.irrealis_heads for c in verb.children if c.dep_ in ("acomp", "xcomp")):
            return None
        speaker = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if speaker is None or not is_actor_like(speaker, lex):
            return None
        agents = [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        objects = [c for c in verb.children if c.dep_ == "dobj" and _party(c, lex)]
        others = [o for ps in pobjs.values() for o in ps] + agents + objects + _conjuncts(speaker)
        if not others:
            return None
    elif (held := _held_subject(noun, lex)) is not None:
        speaker, others = held  # "the first meeting of A and B took place in New York"
    elif pobjs.get(frame.between) and noun.dep_ == "pobj":
        # "after talks between A and B", "a reference to talks between A and B" (as a clause's subject or
        # predicate they describe rather than report: "Talks between A and B are on hold")
        first = pobjs[frame.between][0]
        others = _conjuncts(first)
        if not is_actor_like(first, lex) or not (others or _plural_subject(first, lex)):
            return None
        if others and not any(_named(t, lex) for t in [first, *others]):
            return None  # "agreed on contacts between special services and their officers": no named party
        if governed is not None and governed[1].lemma_.lower() in lex.contacts.verbs | lex.contacts.light_verbs:
            return None  # "hosted talks between A and B": the host's contact
        speaker = first
    elif pobjs.get(frame.with_) and governed is not None and governed[0].lower_ in frame.realis_preps:
        if any(c.dep_ == "poss" and c.pos_ == "PRON" for c in noun.children):
            return None  # "After his meeting with X, Y told reporters …": the meeting told before, named again
        verb = governed[1]  # "The militants said …, following three days of talks with the mediators"
        speaker = subject_of(verb, lex)
        if speaker is None and verb.tag_ == "VBG" and verb.dep_ in ("advcl", "acl") and verb.head.i < verb.i:
            speaker = verb.head  # "X, speaking in Ankara after talks with Y, said": the parser hung it on X
        others = pobjs[frame.with_]
        if speaker is None or not is_actor_like(speaker, lex) or not any(is_actor_like(o, lex) for o in others):
            return None
    else:
        return None
    toks = [t for t in (noun.head.subtree if held is not None else noun.subtree)]  # held: the whole clause
    start, end = span_of(toks, noun)
    start = min(start, noun.left_edge.idx)
    if governed is not None and governed[0].lower_ == frame.purpose_prep:  # "were joined by X for a meeting"
        subject = _with_subject(verb, speaker)
        start = min(start, verb.idx, *(t.idx for t in subject[:1]))
    return Cue("contact", noun.lemma_.lower(), noun, speaker, start, end, frozenset(t.i for t in toks), targets=others)


def sentence_contacts(candidates: list[Token], lex: ExtractLexicon) -> list[Cue]:
    """All contacts of one sentence, among its `cue_candidates` (reported.py)."""
    return [c for t in candidates if (c := contact_cue(t, lex) or noun_contact(t, lex)) is not None]
