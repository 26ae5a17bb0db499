"""Reported speech in one parsed sentence: reporting verbs, "according to X",
"in his account", statements issued by documents ("said a statement from X").

Each function returns `Cue`s; nothing here looks beyond the sentence.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.lang.extract_schema import ExtractLexicon

from .cues import Cue
from .mentions import is_actor_like, partitive_group
from .segments import paragraph_breaks
from .sentences import doc_text, sent_of, sentences

if TYPE_CHECKING:  # spaCy is imported only when the pipeline loads
    from spacy.tokens import Doc, Span, Token

_COMPLEMENTS = {"ccomp", "xcomp", "dobj", "oprd", "acomp", "attr", "prt", "dative", "parataxis"}
_ADJUNCT_OBJECTS = {"DATE", "TIME"}


def _has_modal_or_neg(verb: Token, lex: ExtractLexicon) -> bool:
    modals = lex.verb_frames.modals
    for c in verb.children:
        if c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in modals):
            return True
    return False


def _is_passive(verb: Token) -> bool:
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)


def _name_after_framing(participle: Token) -> Token | None:
    """The proper name in apposition after the comma that closes a fronted participle phrase."""
    comma = next((t for t in participle.subtree if t.text == ","), None)
    if comma is None:
        return None
    return next(
        (t for t in participle.subtree if t.i > comma.i and t.dep_ == "appos" and t.pos_ == "PROPN"),
        None,
    )


def _inverted_document(verb: Token, lex: ExtractLexicon) -> Token | None:
    """ "…, added the statement.": a document after a speech verb that follows the clause it reports,
    at the sentence's end, which the parser took for the verb's object; the document speaks."""
    doc = verb.doc
    if verb.i == 0 or doc[verb.i - 1].text != ",":
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    if obj is None or obj.lemma_.lower() not in lex.speakers.document_nouns:
        return None
    after = doc[obj.right_edge.i + 1 : sent_of(verb).end]
    return obj if all(t.is_punct or t.is_space for t in after) else None


def _document_it_follows(verb: Token, lex: ExtractLexicon) -> Token | None:
    """ "This follows a press statement by the ministry on Saturday, objecting to …": a participle the
    parser hung on a verb whose subject is a thing ("this", "it"), after that verb's object, a
    document: the document says it (its issuer is read from it), not the "this"; else None."""
    head = verb.head
    if verb.dep_ != "advcl" or verb.tag_ != "VBG" or head.pos_ not in ("VERB", "AUX"):
        return None
    subj = next((c for c in head.children if c.dep_ == "nsubj"), None)
    if subj is None or (
        lex.pronouns.personal.get(subj.lower_) != "thing" and subj.lower_ not in lex.pronouns.demonstratives
    ):
        return None
    documents = [
        c
        for c in head.children
        if c.dep_ == "dobj" and c.i < verb.i and c.lemma_.lower() in lex.speakers.document_nouns
    ]
    return documents[-1] if documents else None


def subject_of(verb: Token, lex: ExtractLexicon, depth: int = 0) -> Token | None:
    """The subject head of `verb`, inherited through xcomp/conj/advcl/pcomp chains
    ("went on TV to explain", "sided with India in condemning", "..., adding")."""
    subs = [c for c in verb.children if c.dep_ in ("nsubj", "csubj")]
    if not subs and verb.lemma_.lower() in lex.verb_frames.quoted_as_verbs:
        # "Shamkhani was quoted as saying …": the passive subject is who said it.
        subs = [c for c in verb.children if c.dep_ == "nsubjpass"]
    if not subs and _is_passive(verb):
        agent = passive_agent(verb, lex)  # "the plan was rejected by Moscow": Moscow acted
        if agent is not None:
            return agent
        voice = readout_voice(verb, lex)  # "It was agreed to …" after "A held talks with B": A's
        if voice is not None:
            return voice
    if len(subs) > 1 and not joint_subjects(verb):
        # "Via Twitter, the government agency stated …": a fronted phrase set off by a comma that the
        # parser made a second subject; the subject is the one after the comma
        last = max(subs, key=lambda t: t.i)
        doc = verb.doc
        fronted = [
            t
            for t in subs
            if t is not last
            and t.right_edge.i + 1 < last.i
            and doc[t.right_edge.i + 1].text == ","
            and t.left_edge.lower_ in lex.speakers.fronted_prepositions
        ]
        subs = [t for t in subs if t not in fronted]
    if len(subs) > 1:
        # "The Minister X, on Tuesday, 16th September 2025, received …": a date the parser made a second
        # subject is when, not who
        subs = [t for t in subs if t.ent_type_ not in ("DATE", "TIME")] or subs
    if subs:
        if joint_subjects(verb):
            return subs[0]
        names = [s for s in subs if s.pos_ == "PROPN"]
        subject = names[-1] if names else subs[-1]
        if subject.tag_ == "VBG":  # "The Red Cross operating in Iraq said": a participle parsed as the subject
            subject = next((c for c in subject.children if c.dep_ == "nsubj" and c.i < subject.i), subject)
        if subject.tag_ == "VBG" and subject.dep_ == "csubj":
            # "Addressing the briefing, spokesperson X said …": the parser made the framing participle the
            # subject and hung the speaker's name on its object as an apposition
            subject = _name_after_framing(subject) or subject
        group = partitive_group(subject, lex)
        if group is not None and is_actor_like(group, lex):
            subject = group  # "one of the sources said": the sources speak through one of them
        return _resumed_name(verb, subject, lex) or _behind_time_phrase(subject, lex) or subject
    misread = _name_read_as_modifier(verb)
    if misread is not None:
        return misread
    framed = _framing_clause(verb, lex)
    if framed is not None:
        return next(c for c in framed.children if c.dep_ == "nsubj")
    fronted = _subject_in_fronted_phrase(verb, lex)
    if fronted is not None:
        return fronted
    interposed = _subject_of_interposed_participle(verb, lex)
    if interposed is not None:
        return interposed
    after = _sayer_after_adjunct(verb, lex)
    if after is not None:
        return after
    coordinated = subject_coordinated_before(verb)
    if coordinated is not None:
        return coordinated
    inverted = _inverted_document(verb, lex)
    if inverted is not None:
        return inverted
    if depth > 3 or verb.dep_ == "ROOT":
        return None
    head = verb.head
    if verb.dep_ == "relcl":
        return head
    document = _document_it_follows(verb, lex)
    if document is not None:
        return document  # "This follows a statement by the ministry, objecting to …": the statement's
    if (
        verb.dep_ == "advcl"
        and verb.tag_ == "VBG"
        and not any(c.dep_ == "nsubj" and is_actor_like(c, lex) for c in head.children)
    ):
        nearest = _nearest_clause_subject(verb, lex)  # "…, when the junta ended X, accusing Y of Z"
        if nearest is not None:
            return nearest
    caused = _caused_by(verb, lex)
    if caused is not None:
        return caused  # "prompting Quito to declare …": Quito declared
    if verb.dep_ in ("xcomp", "conj", "advcl") and head.pos_ in ("VERB", "AUX"):
        return subject_of(_out_of_question(verb, head, lex), lex, depth + 1)
    if verb.dep_ == "xcomp" and head.dep_ == "acomp" and head.lemma_.lower() in lex.verb_frames.raising_heads:
        return subject_of(head.head, lex, depth + 1)  # "officials were quick to hail the deal"
    if verb.dep_ == "pcomp" and head.dep_ == "prep" and head.head.pos_ in ("VERB", "AUX"):
        return subject_of(head.head, lex, depth + 1)
    if verb.dep_ == "acl" and head.lemma_.lower() in lex.speakers.document_nouns:
        return head
    if headless_main_verb(verb):
        return head
    return None


def _name_read_as_modifier(verb: Token) -> Token | None:
    """ "Ndayishimiye said the accord must …": the parser may take an unfamiliar name that opens the clause
    for an adverb of the finite verb right after it; with no subject of its own, that name is the subject."""
    if verb.tag_ not in ("VBD", "VBZ", "VBP") or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        return None
    name = next(
        (
            c
            for c in verb.children
            if c.dep_ in ("advmod", "npadvmod")
            and c.pos_ == "PROPN"
            and c.i == verb.i - 1
            and c.left_edge.i == sent_of(verb).start
        ),
        None,
    )
    if name is not None and name.ent_type_ in ("DATE", "TIME"):
        # "Mercosur Foreign Ministers Monday agreed …": the day is when; the words before it are who
        before = next((c for c in name.children if c.dep_ == "compound" and c.i == name.i - 1), None)
        return before or name  # "Pakistan and India Monday agreed": the phrase as it stands
    return name


def _caused_by(verb: Token, lex: ExtractLexicon) -> Token | None:
    """ "…, prompting Quito to declare the envoy persona non grata": the object of a causative verb is
    who did what its infinitive says."""
    head = verb.head
    if verb.dep_ != "xcomp" or verb.tag_ != "VB" or head.lemma_.lower() not in lex.verb_frames.causative_heads:
        return None
    if not any(c.dep_ == "aux" and c.lower_ == lex.verb_frames.directive.infinitive_marker for c in verb.children):
        return None
    return next((c for c in head.children if c.dep_ == "dobj"), None)


def headless_main_verb(verb: Token) -> bool:
    """ "The minister called Monday on X to …": the parser may read the sentence's past-tense verb as a
    participle on the noun before it ("a minister called Monday"), leaving the sentence with a noun for
    its root and no verb; that participle is the sentence's verb and the noun its subject."""
    head = verb.head
    return (
        verb.dep_ == "acl"
        and verb.tag_ in ("VBN", "VBD")
        and head.dep_ == "ROOT"
        and head.pos_ in ("NOUN", "PROPN")
        and verb.i == head.i + 1
        and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
    )


def subject_coordinated_before(verb: Token) -> Token | None:
    """ "X met Y in Warsaw and in Accra, and delegations from both capitals have since held talks": a
    finite clause whose subject the parser coordinated into the phrase before it (officials ← Vientiane).
    The noun joined by ', and' that ends right before the clause's auxiliary is its subject."""
    if verb.dep_ not in ("advcl", "conj") or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        return None
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i]
    if not auxes:
        return None
    first = min(c.left_edge.i for c in verb.children if c.i < verb.i)
    if first == 0:
        return None
    doc = verb.doc
    end = doc[first - 1]  # the last word of the phrase before the clause
    for noun in [end, *end.ancestors]:
        if noun.i >= first or noun.right_edge.i != first - 1:
            return None
        if noun.dep_ == "conj" and noun.pos_ in ("NOUN", "PROPN"):
            cc = doc[noun.left_edge.i - 1] if noun.left_edge.i > 1 else None
            comma = doc[noun.left_edge.i - 2] if noun.left_edge.i > 2 else None
            if cc is not None and cc.dep_ == "cc" and cc.lower_ == "and" and comma is not None and comma.text == ",":
                return noun
            return None
    return None


def _nearest_clause_subject(verb: Token, lex: ExtractLexicon) -> Token | None:
    """ "Ties have been tense since March, when the junta scrapped the pact, accusing its
    neighbour of …": a participle after a comma that the parser hung on a clause without an agent
    (a passive, or a subject that cannot speak) acts for the subject of the clause ending at that comma."""
    doc = verb.doc
    if verb.i < 2 or doc[verb.i - 1].text != ",":
        return None
    for anc in [doc[verb.i - 2], *doc[verb.i - 2].ancestors]:
        if anc.i == verb.head.i:
            return None
        if anc.pos_ in ("VERB", "AUX"):
            subj = next((c for c in anc.children if c.dep_ == "nsubj"), None)
            if subj is not None and is_actor_like(subj, lex) and subj.lower_ not in lex.pronouns.relative_subjects:
                return subj
    return None


def _out_of_question(verb: Token, head: Token, lex: ExtractLexicon) -> Token:
    """'Brandt declined to say whether Quito plans X, saying only that …': a participle after a
    comma that the parser hung on an embedded question ("whether Seoul is considering") belongs to
    the clause the question hangs on; the question's subject asked nothing."""
    if verb.tag_ != "VBG" or verb.i == 0 or verb.doc[verb.i - 1].text != ",":
        return head
    node = head
    if not any(c.dep_ == "mark" and c.lower_ in lex.verb_frames.question_marks for c in node.children):
        return head
    while node.dep_ in ("ccomp", "xcomp") and node.head.pos_ in ("VERB", "AUX") and node.head.i != node.i:
        node = node.head
    return node


def _behind_time_phrase(subject: Token, lex: ExtractLexicon) -> Token | None:
    """'On Friday, the tenth birthday of the treaty, the Ministry of Foreign Affairs said …': the parser
    joined a time phrase and the speaker as one coordinated subject; the speaker is the conjunct after the
    comma (no 'and' between them) when the first is no possible source."""
    if is_actor_like(subject, lex):
        return None
    for c in subject.children:
        if c.dep_ == "conj" and c.i > subject.i and is_actor_like(c, lex):
            between = subject.doc[subject.i : c.left_edge.i]
            if not any(t.dep_ == "cc" for t in between) and any(t.text == "," for t in between):
                return c
    return None


def _subject_in_fronted_phrase(verb: Token, lex: ExtractLexicon) -> Token | None:
    """'In a statement carried by KNA, a spokesperson for the ministry condemned …': the parser hung
    the subject on the fronted phrase as an apposition; the noun phrase that ends right before a
    finite verb without a subject, after a comma, is its subject."""
    if verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.i < 2 or any(c.dep_ == "nsubjpass" for c in verb.children):
        return None
    # the subject ends right before the verb, or before the comma that closes its own apposition
    # ("At the forum in Madrid, Colombia's Foreign Minister, Rosa Villavicencio, said …")
    last = verb.i - 2 if verb.doc[verb.i - 1].text == "," else verb.i - 1
    node = verb.doc[last]
    while node.dep_ not in ("appos", "conj") and node.head.i < verb.i and node.head.i != node.i:
        node = node.head
    while (
        node.dep_ == "appos"
        and node.head.dep_ == "appos"
        and node.head.i < node.i
        and node.ent_type_ == "PERSON"
        and node.head.ent_type_ != "PERSON"
    ):
        node = node.head  # "…, Colombia's Foreign Minister, Rosa Villavicencio, said": the post and its holder
    if node.dep_ == "conj" and not _in_fronted_phrase(node, verb):
        return None  # "In Mexico City, the bankers' association said …" read as "City and … association"
    if node.dep_ not in ("appos", "conj") or node.right_edge.i != last or node.left_edge.i < 1:
        return None
    if last != verb.i - 1 and not any(a.dep_ == "prep" for a in node.ancestors):
        return None  # "Damian Green, a veteran former minister, asked …": the name before it is the subject
    name = node.head
    if (
        last != verb.i - 1
        and node.dep_ == "appos"
        and name.pos_ == "PROPN"
        and (name.ent_type_ == "PERSON" or _titles_a_person(node, lex))
        and name.dep_ in ("appos", "conj")
        and name.left_edge.i > 0
        and verb.doc[name.left_edge.i - 1].text == ","
    ):
        node = name  # "In a call with Blinken, Wang, China's top diplomat, said …": Wang, the title his
    if verb.doc[node.left_edge.i - 1].text != "," or node.pos_ not in ("NOUN", "PROPN"):
        return None
    return node if is_actor_like(node, lex) else None


def _sayer_after_adjunct(verb: Token, lex: ExtractLexicon) -> Token | None:
    """ "“…,” said for his part the Swiss foreign minister, Ignazio Cassis.": after a phrase following
    the verb, the parser hangs the sayer on that phrase's noun as an apposition; the sayer, which ends
    the sentence, is the verb's subject."""
    if verb.tag_ not in ("VBD", "VBZ") or verb.lemma_.lower() not in lex.reporting_verbs.speech:
        return None
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.i != verb.i + 1:
            continue
        for noun in prep.children:
            sayer = (
                next((c for c in noun.children if c.dep_ == "appos" and c.i > noun.i), None)
                if noun.dep_ == "pobj"
                else None
            )
            if sayer is None or not is_actor_like(sayer, lex):
                continue
            rest = verb.doc[sayer.right_edge.i + 1 : verb.sent.end]
            if all(t.is_punct or t.is_space for t in rest):
                return sayer
    return None


def _titles_a_person(title: Token, lex: ExtractLexicon) -> bool:
    """ "China's top diplomat", "the foreign minister": a person's post."""
    words = lex.speakers
    return title.lemma_.lower() in words.person_titles or title.lemma_.lower() in words.generic_titles


def _in_fronted_phrase(node: Token, verb: Token) -> bool:
    """The token lies in a prepositional phrase that opens the verb's clause ("In Mexico City, …")."""
    for anc in node.ancestors:
        if anc.dep_ == "prep" and anc.head.i == verb.i and anc.i < verb.i:
            return True
        if anc.i == verb.i:
            return False
    return False


def _framing_clause(verb: Token, lex: ExtractLexicon) -> Token | None:
    """'Peskov, asked to comment on X, told reporters that …' parsed as 'Peskov asked …' reported
    by a subjectless 'told': the framing participle, whose subject is the verb's speaker."""
    for c in verb.children:
        if (
            c.dep_ == "ccomp"
            and c.i < verb.i
            and c.tag_ in ("VBD", "VBN")
            and c.lemma_.lower() in lex.verb_frames.framing_participles
            and c.i > 0
            and c.doc[c.i - 1].text == ","
            and any(s.dep_ == "nsubj" and s.i < c.i for s in c.children)
        ):
            return c
    return None


def _subject_of_interposed_participle(verb: Token, lex: ExtractLexicon) -> Token | None:
    """ "Blinken, commending the ROK for its role, presented his view that …": the parser makes the
    name the subject of the participle set off by commas and leaves the main verb with none; the
    name is the subject of both."""
    if verb.tag_ not in ("VBD", "VBZ", "VBP") or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        return None
    for c in verb.children:
        if c.dep_ != "advcl" or c.tag_ != "VBG" or c.i > verb.i or c.i == 0 or c.doc[c.i - 1].text != ",":
            continue
        if c.right_edge.i + 1 >= verb.i or c.doc[c.right_edge.i + 1].text != ",":
            continue  # the participle's clause must close with a comma right before the verb
        subject = next((s for s in c.children if s.dep_ == "nsubj" and s.i < c.i), None)
        if subject is not None and is_actor_like(subject, lex):
            return subject
    return None


def framing_participle(verb: Token, lex: ExtractLexicon) -> bool:
    """The participle `_framing_clause` finds: no statement of its own."""
    found = _framing_clause(verb.head, lex) if verb.dep_ == "ccomp" and verb.head.i > verb.i else None
    return found is not None and found.i == verb.i


def _resumed_name(verb: Token, subject: Token, lex: ExtractLexicon) -> Token | None:
    """'Prime Minister X he also talked ...': a pronoun right after a name repeats it
    (common in translated news). The parser hangs the name on the verb (as a
    modifier) or the verb on the name (as a relative clause); either way the
    name, not the pronoun, is the speaker."""
    if subject.lower_ not in lex.pronouns.personal or subject.i == 0:
        return None
    name = subject.doc[subject.i - 1]
    if name.pos_ != "PROPN" or name.ent_type_ in ("DATE", "TIME") or not is_actor_like(name, lex):
        return None  # "On Wednesday Tuesday he said …": a day before the pronoun says when
    if verb.dep_ == "relcl" and verb.head.i == name.i:
        return name
    while name.dep_ in ("compound", "flat") and name.head.i > name.i:  # "Luis" → "Luis Mora"
        name = name.head
    node = name
    for _ in range(4):  # up through appositions to the phrase that hangs on the verb
        if node.head.i == verb.i:
            return name if node.dep_ in ("npadvmod", "dep", "nsubj") else None
        if node.dep_ not in ("compound", "appos", "flat") or node.head.i == node.i:
            return None
        node = node.head
    return None


def joint_subjects(verb: Token) -> list[Token]:
    """Two subjects joined by 'and' that the parser failed to coordinate
    ("A and B held a call" parsed as two nsubj of 'held')."""
    subs = [c for c in verb.children if c.dep_ == "nsubj"]
    if len(subs) == 1:
        # "A and B's acting premier C held talks": the parser hung A (with B) on the possessive marker
        subs = [
            g
            for c in verb.children
            if c.dep_ == "dep" and c.tag_ == "POS" and c.i < subs[0].i
            for g in c.children
            if g.dep_ == "nsubj" and g.pos_ == "PROPN"
        ][:1] + subs
    if len(subs) < 2:
        return []
    if _titles_of_the_name_after(subs[0], subs[1]):
        return []
    return subs if any(t.lower_ == "and" for t in verb.doc[subs[0].i : subs[1].i]) else []


def _titles_of_the_name_after(first: Token, second: Token) -> bool:
    """ "Deputy Prime Minister and Minister of Foreign Affairs, X said": the "and" joins one person's
    titles, whose name the parser made a second subject; no joint of two. Only bare titles, with no
    name among them and no "his" ("A and his counterpart, B" are two)."""
    doc = first.doc
    if first.ent_type_ == "PERSON" or second.ent_type_ != "PERSON" or doc[second.left_edge.i - 1].text != ",":
        return False
    span = doc[first.left_edge.i : first.right_edge.i + 1]
    return (
        first.pos_ == "PROPN"
        and not any(t.ent_type_ == "PERSON" or t.dep_ == "poss" for t in span)
        and all(c.pos_ == "PROPN" for c in first.children if c.dep_ == "conj")
    )


def _valid_use(verb: Token, lex: ExtractLexicon) -> bool:
    """The verb row's conditions: 'point to/out', 'call on/for/it X', 'express concern'."""
    row = lex.reporting_verbs.by_lemma.get(verb.lemma_.lower())
    if row is None:
        return True
    kids = list(verb.children)
    if row.not_objects and any(c.dep_ == "dobj" and c.lemma_.lower() in row.not_objects for c in kids):
        return False  # "Kosovo declared independence in 2008": history, not a statement
    if row.not_progressive and verb.tag_ == "VBG" and any(c.dep_ == "aux" and c.lemma_ == "be" for c in kids):
        return False  # "She was referring to last month's talks": explaining what she meant
    deps = {c.dep_ for c in kids}
    if row.clause_only and "dobj" in deps and not deps & {"ccomp", "parataxis"} and not _ends_with_colon(verb):
        # "Ankara maintains contacts with both sides": a deed, not a claim; unless its object quotes
        # someone's words ("maintains its ‘high degree of caution’ alert")
        objects = [c for c in kids if c.dep_ == "dobj"]
        if not any(t.is_quote for c in objects for t in c.subtree):
            return False
    on, condition = lex.verb_frames.anonymity_condition
    words = {
        c.lower_
        for c in kids
        if (c.dep_ in ("prt", "prep") or (c.dep_ == "advmod" and c.i == verb.i + 1))  # "shot back" read as an adverb
        and not (c.lower_ == on and any(g.dep_ == "pobj" and g.lower_ == condition for g in c.children))
        and not any(g.dep_ == "pobj" and g.ent_type_ in ("DATE", "TIME") for g in c.children)
    }  # "briefed reporters on condition of anonymity", "updated the law on Monday" name no topic
    # "called for X to support …": a for-to clause the parser hung on the verb with "for" as its mark
    words |= {"for" for c in kids if _for_to_clause(c)}
    if row.addressee:  # "briefed the envoys on the talks": the parser hangs the topic on the addressee
        words |= {g.lower_ for c in kids if c.dep_ in ("dobj", "dative") for g in _topic_after_addressee(verb, c, lex)}
    if row.particles and words & row.particles:
        return True
    if row.particles and not row.needs_complement_clause and row.needs_infinitive_except is None:
        return False  # a row with both takes either ("agreed to a truce", "pressed for talks", "pressed X to …")
    if row.call_frame:
        call = lex.verb_frames.call
        quoted_oprd = any(c.dep_ == "oprd" and c.i + 1 < len(c.doc) and c.nbor(-1).is_quote for c in kids)
        has_on = bool(words & call.addressee_preps)
        # "called the ruling a good day for international law" (not "called its ambassador home")
        judged = "dobj" in deps and any(
            c.dep_ == "oprd" and c.pos_ in ("NOUN", "ADJ") and c.lower_ not in call.not_judging for c in kids
        )
        # "called the ties between the two countries excellent": the parser hangs the judging adjective
        # after the object's last noun, as its modifier
        judged = judged or any(
            t.dep_ == "amod" and t.pos_ == "ADJ" and t.i > t.head.i and t.right_edge.i == c.right_edge.i
            for c in kids
            if c.dep_ == "dobj"
            for t in c.subtree
        )
        called_out = call.criticism_particle in words and "dobj" in deps  # "called out Sylvania for …"
        return (
            has_on
            or (call.request_prep in words and "dobj" not in deps)
            or "ccomp" in deps
            or quoted_oprd
            or judged
            or called_out
        )
    if row.objects and (verb_object(verb, lex) is not None or row.needs_infinitive_except is None):
        # a row with both takes either ("ordered the expulsion", "ordered X to …"; "wished him success",
        # "wished that the people will overcome …")
        return verb_object(verb, lex) is not None or (row.needs_complement_clause and "ccomp" in deps)
    infinitive = row.needs_infinitive_except is not None and any(
        c.dep_ == "xcomp" and c.lemma_ not in row.needs_infinitive_except for c in kids
    )
    if row.needs_object:  # in a passive ("the envoy was summoned by X") the subject is the object
        clause = row.needs_complement_clause and "ccomp" in deps  # a row with both: "conveyed that …"
        return (
            "dobj" in deps or "nsubjpass" in deps or infinitive or clause
        )  # with an infinitive row, either ("offered troops", "offered to mediate")
    if row.needs_complement_clause:
        return "ccomp" in deps or infinitive  # "agreed that …", and with an infinitive row "agreed to …"
    if row.needs_infinitive_except is not None:
        return infinitive
    return True


def _row_objects(verb: Token, lex: ExtractLexicon):
    """The objects the verb's row counts with ("wished … success"), none for most verbs."""
    row = lex.reporting_verbs.by_lemma.get(verb.lemma_.lower())
    return row.objects if row is not None and row.objects else {}


def verb_object(verb: Token, lex: ExtractLexicon) -> str | None:
    """The row's object the verb takes ("raised concerns", "lodged a protest", "issued a warning"), if any."""
    objects = _row_objects(verb, lex)
    if not objects:
        return None
    for c in verb.children:
        # a second object the parser reads as an adverbial noun ("wished Qatar all the success") counts too
        if c.dep_ in ("dobj", "nsubjpass", "npadvmod"):
            if any(d.dep_ == "det" and d.lower_ in lex.verb_frames.none_determiners for d in c.children):
                continue  # "gave no details", "issued no warning": nothing was given
            for word in (c.lemma_.lower(), c.lower_):
                if word in objects:
                    return word
    return None


def _valid_head(verb: Token, lex: ExtractLexicon) -> bool:
    """Infinitives and modals report nothing yet ("is to brief", "plans to say");
    bare participles frame rather than report ("Asked about X, ...")."""
    if verb.dep_ in ("xcomp", "advcl") and verb.tag_ == "VB":
        return verb.head.lemma_.lower() in lex.verb_frames.raising_heads or _caused_by(verb, lex) is not None
    if (
        verb.tag_ == "VBN"
        and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
        and verb.dep_ in ("advcl", "acl", "amod", "conj", "xcomp")
        and not headless_main_verb(verb)
    ):
        return verb.dep_ == "conj" and verb.head.tag_ in ("VBD", "VBN")
    if verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.lemma_.lower() in lex.reporting_verbs.topic_only:
        return False
    return verb.tag_ != "VB" or verb.dep_ in ("conj", "ROOT")


def _goes_on(verb: Token, lex: ExtractLexicon) -> bool:
    """'Mohamud went on: "..."' introduces a quotation like 'said'."""
    goes_on = lex.verb_frames.goes_on
    if not (
        verb.lemma_.lower() in goes_on.verbs
        and any(c.lower_ == goes_on.particle for c in verb.children)
        and verb.i + 2 < len(verb.doc)
    ):
        return False
    after = verb.doc[verb.i + 2].text
    if after == ":":
        return True
    # '“…,” Okafor went on.': after a quotation, with nothing of its own
    start = sent_of(verb).start
    return after in (".", ",", ";") and any(t.is_quote for t in verb.doc[start : verb.i])


def is_reporting_verb(verb: Token, lex: ExtractLexicon) -> bool:
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    if _goes_on(verb, lex):
        return True
    if verb.lemma_.lower() not in lex.reporting_verbs.all:
        return False
    if (
        _has_modal_or_neg(verb, lex)
        or (_is_passive(verb) and passive_agent(verb, lex) is None and readout_voice(verb, lex) is None)
        or _conditional(verb, lex)
    ):
        return False
    return _valid_use(verb, lex) and _valid_head(verb, lex)


def _conditional(verb: Token, lex: ExtractLexicon) -> bool:
    """'… until the monitors reported that …', 'if the ministry agrees to …': a condition, not yet said."""
    return any(c.dep_ == "mark" and c.lower_ in lex.verb_frames.conditional_marks for c in verb.children)


def passive_agent(verb: Token, lex: ExtractLexicon) -> Token | None:
    """ "The proposal was rejected by Moscow", "she was promptly repudiated by her own party": the
    agent of a finite passive of an act verb (not a verb of saying: "it was said by some") is who acted.
    A reduced relative ("crimes committed by X") has no auxiliary and is no act of X's."""
    frame = lex.verb_frames.passive_agent
    lemma = verb.lemma_.lower()
    speech = lemma in lex.reporting_verbs.speech and not _reported_back(verb, lex)  # "This was stated by X" is X's
    if speech or lemma in frame.not_acts or verb.tag_ != "VBN":
        return None
    if not any(c.dep_ == "auxpass" for c in verb.children) or not any(c.dep_ == "nsubjpass" for c in verb.children):
        return None
    for c in verb.children:
        if c.dep_ == "agent" and c.lower_ == frame.prep and c.i > verb.i:
            pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
            if pobj is not None and is_actor_like(pobj, lex):
                return pobj
    if lemma in frame.place_verbs:
        return _body_of_the_place(verb, lex)
    return None


def summoned_envoy(subj: Token, lex: ExtractLexicon) -> bool:
    """ "The Myanmar ambassador was summoned …": the passive subject of a verb that calls an envoy in
    (verb_frames passive_agent `place_verbs`), and an envoy (`place_subjects`)."""
    frame = lex.verb_frames.passive_agent
    return (
        subj.dep_ == "nsubjpass"
        and subj.head.lemma_.lower() in frame.place_verbs
        and (subj.lemma_.lower() in frame.place_subjects or subj.lower_ in frame.place_subjects)
    )


def _body_of_the_place(verb: Token, lex: ExtractLexicon) -> Token | None:
    """ "The ambassador was summoned to the foreign ministry", "… at the office of the foreign
    ministry's director general": the body the envoy was summoned to, the place's own head or the
    body whose office the place is; None for anyone but an envoy ("lawmakers were summoned to a
    session") and for a place that names no body."""
    frame = lex.verb_frames.passive_agent
    if not any(summoned_envoy(c, lex) for c in verb.children):
        return None
    for c in verb.children:
        if c.dep_ != "prep" or c.lower_ not in frame.place_preps or c.i < verb.i:
            continue
        place = next((g for g in c.children if g.dep_ == "pobj"), None)
        if place is None:
            continue
        if place.lower_ == "office" and (of := next((k for k in place.children if k.lower_ == "of"), None)):
            # "the office of the foreign ministry's director general": whose office it is
            holder = next((g for g in of.children if g.dep_ == "pobj"), None)
            owners = [t for t in holder.subtree if t.dep_ == "poss" or t.i == holder.i] if holder is not None else []
            place = next((t for t in owners if t.lemma_.lower() in frame.place_bodies), None)
        if place is not None and place.lemma_.lower() in frame.place_bodies:
            return place
    return None


def _complement_children(verb: Token, speaker: Token | None, lex: ExtractLexicon) -> list[Token]:
    out = []
    # For some verbs the object is the addressee ("told Reuters"), not the content.
    addressee = verb.lemma_.lower() in lex.reporting_verbs.addressee
    framed = _framing_clause(verb, lex)
    passive = _is_passive(verb)
    told: list[Token] = []  # an addressee whose phrase tells what they were told, when nothing else does
    for c in verb.children:
        if speaker is not None and c.i == speaker.i or (framed is not None and c.i == framed.i):
            continue
        if speaker is not None and c.dep_ == "csubj" and c.is_ancestor(speaker):
            continue  # "Addressing the briefing, spokesperson X said …" (`_name_after_framing`): a frame
        if passive and c.dep_ in ("nsubjpass", "agent") and speaker is not None and speaker.head.head.i == verb.i:
            out.append(c)  # "X was disowned by Y": what Y did is to X
            continue
        if addressee and c.dep_ in ("dobj", "dative"):
            out += [g for g in c.children if _misread_that_clause(c, g, lex)]
            if _topic_after_addressee(verb, c, lex):
                # "informed [the ambassadors of measures taken …]": the addressee and what they were told
                told.append(c)
            continue
        if (
            c.dep_ in _COMPLEMENTS
            or _requested_action(verb, c, lex)
            or _lost_clause(verb, c, speaker, lex)
            or _infinitive_complement(verb, c, lex)
        ):
            out.append(c)
        elif _for_to_clause(c) and _valid_use(verb, lex):
            out.append(c)  # "called for X to support …": what was called for
        elif c.dep_ == "npadvmod" and c.i > verb.i and c.lemma_.lower() in _row_objects(verb, lex):
            out.append(c)  # "wished Qatar all the success": the parser's adverbial noun is the object
        elif c.dep_ == "dep" and _apposition_of_clause(verb, c):
            out.append(c)  # "said the accord covered A and B, the last two contested districts in …"
        elif _second_that_clause(verb, c, lex) or _second_question(verb, c, lex):
            out.append(c)  # "told reporters that A but that B": the parser joined B to the verb
        elif c.dep_ == "advmod" and c.i > verb.i:  # "said earlier that …": the parser hung the clause on "earlier"
            out += [g for g in c.children if g.dep_ == "ccomp" and g.i > c.i]
        elif c.dep_ == "prep" and _clause_on_document(c, lex) is not None:
            out.append(_clause_on_document(c, lex))
        elif c.dep_ == "prep" and c.i > verb.i and _gerund_purpose(c, lex) and out:
            out.append(c)  # "reaffirmed the interest in establishing a ceasefire"
        elif c.dep_ == "prep" and c.i > verb.i and _medium(verb, c, lex):
            out.append(c)  # "thanked the donors in a message on X": the act and where it was made
        elif (
            c.dep_ in ("prep", "agent")
            and c.lower_ in lex.verb_frames.content_preps
            and not _setting_phrase(verb, c, lex)
        ):
            objs = [g for g in c.children if g.dep_ == "pobj"]
            turn, part = lex.verb_frames.turn_phrase
            if c.lower_ == turn and any(o.lemma_.lower() == part for o in objs):
                continue  # "for his part": the turn to this speaker, not what was said
            row = lex.reporting_verbs.by_lemma.get(verb.lemma_.lower())
            if row is not None and c.lower_ in row.particles:
                out.append(c)  # the row's own particle: "briefed X on the side's views"
            elif not any(
                o.ent_type_ in _ADJUNCT_OBJECTS or o.lemma_.lower() in lex.speakers.account_nouns for o in objs
            ):
                out.append(c)
    return out or told


def _setting_phrase(verb: Token, prep: Token, lex: ExtractLexicon) -> bool:
    """ "At the forum in Madrid, the minister said the actions were excessive": a phrase of place or
    occasion that opens the sentence, before the verb's subject, tells where the clause was said."""
    if prep.lower_ not in lex.verb_frames.setting_preps or not any(c.dep_ == "ccomp" for c in verb.children):
        return False  # without a clause said, the phrase may be all there is to the act
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    first = verb.sent.start
    while first < prep.i and (verb.doc[first].is_punct or verb.doc[first].is_space):
        first += 1
    return prep.i == first and (subject is None or subject.i > prep.i)


def _topic_after_addressee(verb: Token, addressee: Token, lex: ExtractLexicon) -> list[Token]:
    """ "informed the ambassadors of measures taken", "updated the diplomats on the election": the
    phrase after the addressee tells what the verb told, when no clause does ("told reporters of the
    ministry that …" keeps the clause)."""
    if any(c.dep_ in ("ccomp", "xcomp", "parataxis") for c in verb.children):
        return []
    preps = lex.verb_frames.addressee_topic_preps
    return [
        g
        for g in addressee.children
        if g.dep_ == "prep" and g.i > addressee.i and g.lower_ in preps and not _names_whose(g)
    ]


def _names_whose(prep: Token) -> bool:
    """ "the ambassador of Iran", "the Secretary-General of the United Nations": the phrase names whose
    post the addressee holds (a proper name), not what they were told."""
    doc = prep.doc
    return any(
        g.dep_ == "pobj"
        and g.pos_ == "PROPN"
        # "assured the ambassadors of Tanzania’s continued cooperation": the state's, what was assured
        and not (g.i + 1 < len(doc) and doc[g.i + 1].tag_ == "POS")
        for g in prep.children
    )


def _second_that_clause(verb: Token, c: Token, lex: ExtractLexicon) -> bool:
    """ "told reporters that the talks went well but that it was too early to …": a clause opened by
    the complementizer that the parser made a conjunct of the verb, after a clause the verb reports,
    is a second part of what was said."""
    if c.dep_ != "conj" or c.i < verb.i or c.pos_ not in ("VERB", "AUX"):
        return False
    that = lex.verb_frames.account.complementizer
    if not any(m.dep_ == "mark" and m.lower_ == that and m.i == c.left_edge.i for m in c.children):
        return False
    return any(k.dep_ == "ccomp" and verb.i < k.i < c.i for k in verb.children)


def _opens_question(clause: Token, lex: ExtractLexicon) -> bool:
    """The clause opens with a question word ("what Kyiv expects", "how long it lasts", "whether …")."""
    first = clause.left_edge
    return first.i < clause.i and (first.tag_ in ("WP", "WRB", "WDT") or first.lower_ in lex.verb_frames.question_marks)


def _second_question(verb: Token, c: Token, lex: ExtractLexicon) -> bool:
    """ "explained what Kyiv expects in return, and what happens if Moscow says no": a second embedded
    question the parser made a conjunct of the verb, after a question the verb reports, is a second
    part of what was said."""
    if c.dep_ != "conj" or c.i < verb.i or c.pos_ not in ("VERB", "AUX") or not _opens_question(c, lex):
        return False
    return any(k.dep_ == "ccomp" and verb.i < k.i < c.i and _opens_question(k, lex) for k in verb.children)


def _for_to_clause(c: Token) -> bool:
    """ "called for X to support …": an infinitive clause with "for" for its mark and its own subject."""
    return (
        c.dep_ == "advcl"
        and any(m.dep_ == "mark" and m.lower_ == "for" for m in c.children)
        and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
    )


def _gerund_purpose(prep: Token, lex: ExtractLexicon) -> bool:
    """ "in establishing a ceasefire": a preposition of the pack's `gerund_preps` opening a gerund."""
    return prep.lower_ in lex.verb_frames.gerund_preps and any(
        g.dep_ == "pcomp" and g.tag_ == "VBG" for g in prep.children
    )


def _medium(verb: Token, prep: Token, lex: ExtractLexicon) -> bool:
    """'in a message on X', 'in a post', 'in a letter': the document an act verb's act was made in."""
    if verb.lemma_.lower() in lex.reporting_verbs.speech or prep.lower_ != lex.verb_frames.account.preposition:
        return False
    nouns = lex.speakers.account_nouns | lex.speakers.document_nouns
    return any(g.dep_ == "pobj" and g.lemma_.lower() in nouns for g in prep.children)


def _apposition_of_clause(verb: Token, c: Token) -> bool:
    """A noun phrase the parser left hanging on the verb right after the clause it reports, after a
    comma: an apposition to the clause's last words ("said the accord covered A and B, the last two
    contested districts"), part of what was said."""
    if c.pos_ not in ("NOUN", "PROPN") or c.i < verb.i:
        return False
    clause = next((k for k in verb.children if k.dep_ == "ccomp" and verb.i < k.i < c.i), None)
    if clause is None:
        return False
    doc = verb.doc
    last = clause.right_edge.i
    while last > clause.i and doc[last].is_punct:
        last -= 1
    between = doc[last + 1 : c.left_edge.i]
    return len(between) > 0 and all(t.text == "," for t in between)


def _misread_that_clause(addressee: Token, rel: Token, lex: ExtractLexicon) -> bool:
    """'told journalists that talks with X were under way': the parser read "that talks" as a
    relative clause on the audience; it is what was told."""
    if rel.dep_ != "relcl" or rel.left_edge.i != addressee.i + 1 or rel.left_edge.lower_ != "that":
        return False
    return addressee.lemma_.lower() in lex.contacts.audience_nouns


def _lost_clause(verb: Token, c: Token, speaker: Token | None, lex: ExtractLexicon) -> bool:
    """'The remarks … amount to an admission that …, Spokeswoman X said': the parser, taking
    the clause's verb for a noun, made the clause a second subject of 'said'; a subject that
    ends at the comma before the named speaker is what was said (not a title: "The Spokesperson
    of the Ministry, X said" names the speaker's post)."""
    if c.dep_ != "nsubj" or speaker is None or c.i >= speaker.i or speaker.head.i != verb.i:
        return False
    if c.lemma_.lower() in lex.speakers.person_titles:
        return False
    comma = c.right_edge.i + 1
    return comma < speaker.left_edge.i and c.doc[comma].text == "," and comma + 1 == speaker.left_edge.i


def _clause_on_document(prep: Token, lex: ExtractLexicon) -> Token | None:
    """'said in a statement that ...': the parser hangs the that-clause on the
    document noun; it is what was said."""
    account = lex.verb_frames.account
    if prep.lower_ != account.preposition:
        return None
    pobj = next((g for g in prep.children if g.dep_ == "pobj"), None)
    lemma = pobj.lemma_.lower() if pobj is not None else ""
    if pobj is None or (lemma not in lex.speakers.account_nouns and lemma not in lex.speakers.document_nouns):
        return None
    for g in pobj.children:
        if (
            g.dep_ in ("acl", "ccomp", "relcl")
            and g.i > pobj.i
            and g.pos_ in ("VERB", "AUX")
            and any(m.dep_ == "mark" and m.lower_ == account.complementizer and m.i < g.i for m in g.children)
        ):
            return g
    return None


def _infinitive_complement(verb: Token, c: Token, lex: ExtractLexicon) -> bool:
    """ "Lima and Quito committed on March 3 to refrain from …": the infinitive a verb of
    commitment takes, which the parser read as a purpose clause (after a date or place)."""
    if c.dep_ != "advcl" or c.tag_ != "VB" or c.i < verb.i:
        return False
    if verb.lemma_.lower() not in lex.verb_frames.infinitive_complement_verbs:
        return False
    marker = lex.verb_frames.directive.infinitive_marker
    return any(a.dep_ == "aux" and a.lower_ == marker and a.i == c.i - 1 for a in c.children)


def _requested_action(verb: Token, c: Token, lex: ExtractLexicon) -> bool:
    """'called on both sides to show restraint': the infinitive after the
    addressee of a directive verb, parsed as a purpose clause."""
    if c.dep_ != "advcl" or c.tag_ != "VB" or c.i < verb.i or verb.lemma_.lower() not in lex.reporting_verbs.directive:
        return False
    directive = lex.verb_frames.directive
    if not any(a.dep_ == "aux" and a.lower_ == directive.infinitive_marker and a.i == c.i - 1 for a in c.children):
        return False
    return any(
        k.dep_ in ("dobj", "dative") or (k.dep_ == "prep" and k.lower_ in directive.addressee_preps)
        for k in verb.children
        if verb.i < k.i < c.i
    )


def _quoted(tok: Token) -> bool:
    sub = list(tok.subtree)
    doc = tok.doc
    return any(t.is_quote for t in sub) or (sub[0].i > 0 and doc[sub[0].i - 1].is_quote)


def _raised(verb: Token, lex: ExtractLexicon) -> bool:
    """'X went on television to explain ...': the cue hangs on a raising verb."""
    return (
        verb.dep_ in ("xcomp", "advcl")
        and verb.tag_ == "VB"
        and verb.head.lemma_.lower() in lex.verb_frames.raising_heads
    )


def stranded_clause(verb: Token, lex: ExtractLexicon) -> Token | None:
    """ "told a senate hearing on X that Lima had …": the that-clause a verb of saying reports,
    which the parser hung on the last noun before it; None when the verb has a clause of its own."""
    if verb.lemma_.lower() not in lex.reporting_verbs.speech:
        return None
    if any(c.dep_ in ("ccomp", "xcomp", "parataxis") and c.i > verb.i for c in verb.children):
        return None
    frame = lex.verb_frames.stranded_clause
    for t in verb.subtree:
        if t.i <= verb.i or t.lower_ != frame.complementizer:
            continue
        clause = t.head
        if clause.pos_ not in ("VERB", "AUX") or clause.dep_ not in ("acl", "relcl", "ccomp", "advcl"):
            continue
        if not any(s.dep_ in ("nsubj", "nsubjpass") and s.i > t.i for s in clause.children):
            continue  # "the question that remains": a relative pronoun as the subject
        noun = clause.head
        if t.dep_ not in ("mark", "advmod") and not any(c.dep_ == t.dep_ and c.i != t.i for c in clause.children):
            # "the accord covered 'every open question'": the clause's object is not 'that'; "told reporters after
            # the meeting that it had tripled": an adjunct's noun ('after the meeting') takes no object clause
            if not (t.dep_ == "dobj" and noun.dep_ == "pobj" and noun.head.head.i == verb.i and noun.head.i > verb.i):
                continue
        if noun.lemma_.lower() in frame.content_nouns or noun.lower_ in frame.content_nouns:
            return None  # "reports that …": the noun's own content
        node = noun
        while node.i != verb.i and node.dep_ in frame.path_deps:
            node = node.head
        return clause if node.i == verb.i else None
    return _clause_without_complementizer(verb, lex)


def _clause_without_complementizer(verb: Token, lex: ExtractLexicon) -> Token | None:
    """ "said in a statement it had imposed martial law": without "that", the parser makes the clause a
    relative one on the document; with a subject and an object of its own (no gap for the noun) and a verb
    other than one that makes the document ("a statement it issued"), it is what was said."""
    frame = lex.verb_frames.stranded_clause
    documents = lex.speakers.document_nouns | lex.speakers.account_nouns
    for p in verb.children:
        if p.dep_ != "prep" or p.i < verb.i:
            continue
        for noun in p.children:
            if noun.dep_ != "pobj" or noun.lemma_.lower() not in documents:
                continue
            for clause in noun.children:
                kids = list(clause.children)
                if (
                    clause.dep_ == "relcl"
                    and clause.i > noun.i
                    and clause.lemma_.lower() not in frame.making_verbs
                    and any(c.dep_ == "nsubj" and c.lower_ not in lex.pronouns.relative for c in kids)
                    and any(c.dep_ in ("dobj", "ccomp", "xcomp", "acomp", "attr") for c in kids)
                    and not any(t.lower_ in lex.pronouns.relative or t.dep_ == "mark" for t in kids if t.i < clause.i)
                ):
                    return clause
    return None


def content_tokens(verb: Token, speaker: Token | None, lex: ExtractLexicon) -> list[Token]:
    """Tokens of what the verb reports (its complements), left or right of it."""
    toks: list[Token] = []
    comps = []
    for c in _complement_children(verb, speaker, lex):
        if _second_attribution(verb, c, lex):  # keep only what the outlet's verb holds before it
            comps += [g for g in c.children if g.dep_ in ("ccomp", "parataxis") and g.i < c.i]
        else:
            comps.append(c)
    stranded = stranded_clause(verb, lex)
    if stranded is not None:  # the clause and what follows it, not the adjuncts before it
        comps = [stranded] + [c for c in comps if c.i > stranded.i and not c.is_ancestor(stranded)]
    for c in comps:
        toks.extend(c.subtree)
    toks.extend(_glued_participle(verb, toks))
    toks.extend(_contrast_joined_after(verb, comps, lex))
    toks.extend(_clause_joined_before(verb, comps, lex))
    conj_first = verb.dep_ == "conj" and bool(toks) and min(t.i for t in toks) > verb.i
    # "recalled their ambassadors", "announced sanctions": with a bare noun
    # object a speech verb reports an act, which reads with the verb.
    objects = [c for c in comps if not (c.dep_ == "prep" and _gerund_purpose(c, lex))]
    act = bool(objects) and all(c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN") and not _quoted(c) for c in objects)
    if verb.lemma_.lower() not in lex.reporting_verbs.speech or not toks or conj_first or act:
        toks.append(verb)  # "... and warning that ...": the verb reads with its clause
        if toks[:-1]:  # an act's purpose, and a second act of the same subject, are part of what it did
            toks.extend(t for c in verb.children if _act_continued(verb, c, lex) for t in c.subtree)
    if _raised(verb, lex):  # the statement reads from the raising verb on
        last = max(t.i for t in list(verb.subtree) + toks)
        toks = list(verb.doc[verb.head.i : last + 1])
    reply = _bare_reply_before(verb, speaker, lex)
    if reply is not None:  # "answered 'never' before proposing a month": one answer, from the reply on
        last = max(t.i for t in list(verb.subtree) + toks)
        toks = list(verb.doc[reply.i : last + 1])
    return sorted({t.i: t for t in toks if not t.is_space}.values(), key=lambda t: t.i)


def _contrast_joined_after(verb: Token, comps: list[Token], lex: ExtractLexicon) -> list[Token]:
    """ "Momen said they are doing their part but Myanmar is not responding": a contrast the parser
    joined to the verb of saying instead of to the clause it reports ("but" right after that clause,
    a subject of its own, and no verb of saying: "…, but Baku insisted …" is Baku's) is the rest of
    what was said."""
    if verb.lemma_.lower() not in lex.reporting_verbs.speech:
        return []
    clause = next((c for c in comps if c.dep_ == "ccomp" and c.i > verb.i), None)
    if clause is None:
        return []
    doc = verb.doc
    end = clause.right_edge.i + 1
    if end + 2 < len(doc) and doc[end].text == ",":
        end += 1
    if end + 1 >= len(doc) or doc[end].lower_ != "but" or doc[end].head.i != verb.i:
        return []
    second = next((c for c in verb.children if c.dep_ == "conj" and c.i > end), None)
    if second is None or second.pos_ not in ("VERB", "AUX") or second.left_edge.i != end + 1:
        return []
    if not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in second.children):
        return []
    if second.lemma_.lower() in lex.reporting_verbs.all:  # "…, but Baku insisted that …": a statement of its own
        return []
    return [*doc[clause.right_edge.i + 1 : end + 1], *second.subtree]


def _clause_joined_before(verb: Token, comps: list[Token], lex: ExtractLexicon) -> list[Token]:
    """ "France keeps to the policy, and this position has not changed, Barrot said": a trailing
    attribution whose clause the parser took for only the last of two clauses joined by a conjunction
    (making the verb a conjunct of the first) reports both: the first clause, from the start of the
    sentence, when no verb in it reports a statement of its own."""
    head = verb.head
    if verb.dep_ != "conj" or head.i > verb.i or verb.lemma_.lower() not in lex.reporting_verbs.speech:
        return []
    clause = next((c for c in comps if c.dep_ == "ccomp" and c.i < verb.i), None)
    subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if clause is None or subj is None or not (clause.i < subj.i):
        return []
    doc = verb.doc
    first = clause.left_edge.i
    if first < 2 or doc[first - 1].dep_ != "cc" or doc[first - 1].head.i != head.i:
        return []
    before = list(doc[sent_of(verb).start : first - 1])
    if head.left_edge.i != before[0].i or any(t.is_quote or t.text in (";", ":") for t in before):
        return []
    if any(t.pos_ in ("VERB", "AUX") and t.lemma_.lower() in lex.reporting_verbs.all for t in before):
        return []
    return before


def _glued_participle(verb: Token, toks: list[Token]) -> list[Token]:
    """ "revealed that he had met detained former leader X in Y": a participle describing the object of
    the clause's last verb, which the parser read as a verb of its own (a conjunct of the reporting verb,
    or a sentence of its own) taking that object; the clause the verb reports runs on through it."""
    if not toks:
        return []
    doc = verb.doc
    last = max(toks, key=lambda t: t.i)
    if last.i + 1 >= len(doc) or last.pos_ != "VERB" or last.i <= verb.i or not last.whitespace_:
        return []
    if any(c.dep_ in ("dobj", "ccomp", "xcomp", "prep", "attr", "oprd") for c in last.children):
        return []
    nxt = doc[last.i + 1]
    if (
        nxt.tag_ != "VBN"
        or nxt.pos_ != "VERB"
        or not (nxt.dep_ == "ROOT" or (nxt.dep_ == "conj" and nxt.head.i == verb.i))
    ):
        return []
    kids = list(nxt.children)
    if any(k.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "cc") or k.i < nxt.i for k in kids):
        return []
    if not any(k.dep_ == "dobj" for k in kids):
        return []
    return [t for t in nxt.subtree if not (t.is_punct and t.i == nxt.right_edge.i and t.text in ".!?")]


def _act_continued(verb: Token, c: Token, lex: ExtractLexicon) -> bool:
    """ "summoned the ambassador to protest a post", "announced the tariffs and linked them to the
    trial": an act's purpose clause (a to-infinitive after it) and a second act of the same subject
    joined by a conjunction (no verb of saying, which is a cue of its own) tell what the act was."""
    if c.i < verb.i or c.pos_ not in ("VERB", "AUX") or any(t.is_quote for t in c.subtree):
        return False
    if any(k.dep_ in ("nsubj", "nsubjpass", "expl", "mark") for k in c.children):
        return False
    marker = lex.verb_frames.directive.infinitive_marker
    if c.dep_ == "advcl" and c.tag_ == "VB":
        return any(a.dep_ == "aux" and a.lower_ == marker and a.i == c.i - 1 for a in c.children)
    # "called on X and met Y": a statement or a contact of its own
    return deed_joined(verb, c, lex, lex.contacts.verbs | lex.contacts.light_verbs)


def deed_joined(verb: Token, c: Token, lex: ExtractLexicon, own_cues: frozenset[str]) -> bool:
    """`c` is a second deed of `verb`'s subject joined to it by a conjunction ("announced the tariffs
    and linked them to the trial", "met X, and handed over a letter"): a conjunct of the same tense,
    with no subject of its own, and no verb in it that reports a statement or is one of `own_cues`
    (lemmas; a contact of its own). The conjunct's own verb is read before its subtree, so a long
    chain of "met … and met …" stays linear."""
    if c.dep_ != "conj" or c.pos_ not in ("VERB", "AUX") or c.tag_ != verb.tag_:
        return False
    said = lex.reporting_verbs.by_lemma

    def cue(t: Token) -> bool:
        return t.pos_ in ("VERB", "AUX") and (t.lemma_.lower() in said or t.lemma_.lower() in own_cues)

    if cue(c) or any(k.dep_ in ("nsubj", "nsubjpass", "expl", "mark") for k in c.children):
        return False
    doc = verb.doc
    before = doc[c.left_edge.i - 1] if c.left_edge.i > 0 else None
    if before is None or before.dep_ != "cc" or before.head.i != verb.i:
        return False
    return not any(t.is_quote or cue(t) for t in c.subtree)


def _bare_reply_before(verb: Token, speaker: Token | None, lex: ExtractLexicon) -> Token | None:
    """ "she answered 'never' before proposing a month", "he replied briefly after accepting the plan": a
    verb of saying with nothing to report of its own (no clause, no object) whose preposition of time
    carries the participle that says something is one statement with it; the reply, else None."""
    if verb.dep_ != "pcomp" or verb.tag_ != "VBG" or verb.head.dep_ != "prep" or speaker is None:
        return None
    reply = verb.head.head
    if reply.i > verb.i or reply.lemma_.lower() not in lex.reporting_verbs.speech or speaker.head.i != reply.i:
        return None
    if verb.head.lower_ not in lex.verb_frames.subordinators:
        return None
    # (what comes before the reply is not its content: "X recounted, …, that she answered …")
    if any(c.i != verb.head.i and c.i > reply.i for c in _complement_children(reply, speaker, lex)):
        return None
    if any(c.dep_ in ("ccomp", "xcomp", "parataxis", "dobj") and c.i > reply.i for c in reply.children):
        return None
    return reply


def _second_attribution(verb: Token, comp: Token, lex: ExtractLexicon) -> bool:
    """'"…," the spokesman said, IRNA reported.': a bare reporting verb with a subject of its own
    after a comma, with nothing to report, is the outlet passing the attribution on, not what the
    spokesman said."""
    if comp.i <= verb.i or comp.dep_ not in ("ccomp", "parataxis") or comp.i == 0:
        return False
    return _bare_attribution(comp, lex)


def _bare_attribution(verb: Token, lex: ExtractLexicon) -> bool:
    """ "…, IRNA reported (on Tuesday).": a reporting verb whose named subject follows a comma and
    which has nothing of its own after it (a clause before it is someone else's words)."""
    if verb.lemma_.lower() not in lex.reporting_verbs.speech:
        return False
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.left_edge.i < 1 or verb.doc[subj.left_edge.i - 1].text != "," or subj.pos_ == "PRON":
        return False
    after = [c for c in verb.children if c.i > verb.i and not c.is_punct]
    return all(c.dep_ in ("advmod", "npadvmod", "prep") for c in after)


def _passes_on(verb: Token, lex: ExtractLexicon) -> bool:
    """ "This was stated by X, who spoke with Radio Y, Ukrinform reports.": a bare reporting verb after
    a comma whose clause before it is an attribution of its own ("This was stated by X") passes that
    attribution on (`_second_attribution` reads the same from the inner verb's side)."""
    if not _bare_attribution(verb, lex):
        return False
    clause = next((c for c in verb.children if c.dep_ in ("ccomp", "parataxis") and c.i < verb.i), None)
    # only an attribution of its own ("This was stated by X"): "A and B agreed to X, Y said" is Y's report
    return clause is not None and bool(_reported_back(clause, lex)) and is_reporting_verb(clause, lex)


def _minus_sign(tok: Token) -> bool:
    """'–5 degrees': a dash written against a number is its sign, not punctuation."""
    doc = tok.doc
    return tok.text in ("-", "–", "−") and not tok.whitespace_ and tok.i + 1 < len(doc) and doc[tok.i + 1].like_num


def span_of(tokens: list[Token], anchor: Token) -> tuple[int, int]:
    """Contiguous character span of the tokens on the anchor's side(s), trimmed
    of punctuation at the edges."""
    toks = [t for t in tokens if not t.is_punct or t.is_quote or _minus_sign(t)]
    while toks and (toks[0].is_punct and not toks[0].is_left_punct and not _minus_sign(toks[0])):
        toks = toks[1:]
    while toks and toks[-1].is_punct and toks[-1].is_left_punct:
        toks = toks[:-1]
    if not toks:
        return anchor.idx, anchor.idx + len(anchor.text)
    lo, hi = toks[0], toks[-1]
    return lo.idx, hi.idx + len(hi.text)


def _parenthetical_content(verb: Token) -> list[Token]:
    """'a conflict that, the UN says, has killed ...': the clause around the verb."""
    sub = {t.i for t in verb.subtree}
    return [t for t in verb.head.subtree if t.i not in sub]


def verb_cue(verb: Token, lex: ExtractLexicon) -> Cue | None:
    """A reporting verb with a plausible speaker and some content."""
    if not is_reporting_verb(verb, lex) or framing_participle(verb, lex):
        return None
    if verb.dep_ == "pcomp" and verb.head.lower_ in lex.verb_frames.negating_preps:
        return None  # "blamed Pakistan without offering any evidence": what was not done was not said
    if verb.head.i != verb.i and verb.head.lemma_.lower() in lex.reporting_verbs.speech:
        if _second_attribution(verb.head, verb, lex):
            return None  # '…, the spokesman said, IRNA reported': the outlet passes the attribution on
    if _passes_on(verb, lex):
        return None  # '"This was stated by X, Ukrinform reports": the outlet passes X's words on
    reaction = _reaction(verb, lex)
    if reaction is not None:
        return reaction
    speaker = subject_of(verb, lex)
    if speaker is None or not is_actor_like(speaker, lex):
        return None
    relatives = lex.pronouns.relative_subjects
    if speaker.lower_ in relatives and verb.dep_ == "relcl" and not is_actor_like(verb.head, lex):
        return None
    if _anonymity_formula(verb, lex):
        return None
    lemma = verb.lemma_.lower()
    verbs = lex.reporting_verbs
    toks = _reported_back(verb, lex) or content_tokens(verb, speaker, lex)
    if speaker.i < sent_of(verb).start:  # a readout's passive ("The importance of X was noted"): all of it
        toks = [t for t in verb.subtree if not t.is_space]
        while toks and toks[-1].is_punct:
            toks.pop()
    if verb.dep_ == "parataxis" and len(toks) <= 1:
        toks = _parenthetical_content(verb)
    if len(toks) <= 1 and lemma in lex.reporting_verbs.speech:
        toks = _clause_before_attribution(verb, speaker) or toks
    where = any(c.dep_ == "advmod" and c.lower_ in lex.verb_frames.subordinators for c in verb.children)
    if verb.dep_ == "relcl" and speaker.head.i == verb.i and speaker.lower_ not in relatives and not where:
        # ("in Arusha, where he underlined that …": the place is not what was said)
        toks = sorted(set(toks) | set(verb.head.subtree), key=lambda t: t.i)  # "principles it said ..."
    has_clause = any(t.dep_ in ("ccomp", "xcomp", "parataxis") and t.head.i == verb.i for t in toks) or (
        len(toks) > 3 and lemma not in verbs.clause_only
    )
    wants_quote = _ends_with_colon(verb)
    if lemma in verbs.needs_clause and not has_clause and not wants_quote:
        toks = [verb]  # may still get a quotation in assembly
    toks = _after_semicolon(toks, speaker)
    start, end = span_of(toks, verb)
    if end - start < lex.verb_frames.min_act_chars and len(toks) > 1 and toks[0] == verb and not wants_quote:
        start = _subject_start(verb, speaker, start)
    return _indirect_cue(verb, speaker, toks, (start, end), lex, parent=_parent_cue(verb), wants_quote=wants_quote)


def _indirect_cue(verb: Token, speaker: Token, toks, span: tuple[int, int], lex: ExtractLexicon, **more) -> Cue:
    """A reporting verb's cue over `toks` (its content) and `span` (their characters)."""
    lemma = verb.lemma_.lower()
    return Cue(
        "indirect",
        lemma,
        verb,
        speaker,
        *span,
        frozenset(t.i for t in toks),
        speech=lemma in lex.reporting_verbs.speech,
        **more,
    )


def _reaction(verb: Token, lex: ExtractLexicon) -> Cue | None:
    """ "Russia demanded that Kyiv withdraw, a demand Ukraine has rejected", "…, a move Azerbaijan
    denounced as unjustified": a noun summing up the clause before it (`reaction_nouns`), then a named
    speaker and a reporting verb. The parser makes the noun a second subject of the verb (and the clause
    before its complement) or hangs the verb on the noun with the speaker in apposition; either way the
    reaction is the noun phrase, the speaker's, and the clause before is not its content."""
    nouns = lex.verb_frames.reaction_nouns
    doc = verb.doc
    noun = speaker = None
    if verb.dep_ in ("acl", "relcl") and verb.head.lemma_.lower() in nouns:
        noun = verb.head
        speaker = next((c for c in noun.children if c.dep_ == "appos" and c.right_edge.i == verb.i - 1), None)
        speaker = speaker or next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    else:
        subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i]
        if len(subjects) == 2 and subjects[0].lemma_.lower() in nouns and subjects[0].pos_ == "NOUN":
            noun, speaker = subjects
    if noun is None or speaker is None or speaker.pos_ != "PROPN" or not is_actor_like(speaker, lex):
        return None
    if noun.left_edge.i < 1 or doc[noun.left_edge.i - 1].text != ",":
        return None  # the noun sums up a clause set off before it
    if noun.head.i != verb.i:  # the verb hangs on the noun: the noun phrase says it all
        toks = list(noun.subtree)
    else:
        toks = list(doc[noun.left_edge.i : verb.i + 1])
        toks += [  # what the verb says of it ("called “absurd”"), not a clause of its own
            t
            for c in verb.children
            if c.i > verb.i and c.dep_ not in ("ccomp", "advcl", "parataxis", "punct") and c.pos_ not in ("VERB", "AUX")
            for t in c.subtree
        ]
    return _indirect_cue(verb, speaker, toks, span_of(toks, verb), lex)


def readout_voice(verb: Token, lex: ExtractLexicon) -> Token | None:
    """The subject of the last report or contact before an agentless passive of a readout ("Bayramov
    briefed Donfried on the situation. The importance of a checkpoint was noted."): readouts tell what
    the parties said in the passive, and it is theirs, not the author's. None for any other verb, in a
    subordinate clause, or with no such subject in the paragraph or the one before."""
    frame = lex.verb_frames.readout_passive
    if frame is None or verb.lemma_.lower() not in frame.verbs or verb.dep_ != "ROOT":
        return None
    if not any(c.dep_ == "auxpass" for c in verb.children) or any(c.dep_ == "agent" for c in verb.children):
        return None
    doc, sent = verb.doc, sent_of(verb)
    text = doc_text(doc)
    breaks, seen = 0, sent.start_char
    for i in range(sent.start - 1, -1, -1):
        tok = doc[i]
        if "\n" in text[tok.idx : seen]:  # the count changes only where a line ends: recount there
            breaks = paragraph_breaks(text, tok.idx, sent.start_char)
            if breaks > frame.paragraphs:
                return None
        seen = tok.idx
        head = tok.head
        if tok.dep_ != "nsubj" or head.pos_ != "VERB" or head.dep_ != "ROOT" or not is_actor_like(tok, lex):
            continue  # a main clause's subject: not one named inside what someone said
        lemma = head.lemma_.lower()
        if lemma in lex.reporting_verbs.by_lemma or lemma in lex.contacts.verbs or lemma in lex.contacts.light_verbs:
            return tok
    return None


def _reported_back(verb: Token, lex: ExtractLexicon) -> list[Token]:
    """ "A meeting may take place soon. This was stated by X": a passive reporting verb whose
    subject ("this") opens its sentence reports the sentence before it; empty for any other verb."""
    back = lex.verb_frames.reported_back
    subj = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if back is None or subj is None or subj.lower_ not in back.subjects or not _is_passive(verb):
        return []
    idx = sentences(verb.doc)
    n = idx.of_token[verb.i]
    if n == 0 or subj.i != idx.spans[n].start:
        return []
    before = [t for t in idx.spans[n - 1] if not t.is_space]
    words = [t for t in before if not t.is_punct]
    if len(words) < back.min_words or before[-1].text not in (".", "!", "?", "”", '"'):
        return []  # "(MENAFN- UkrinForm) This was stated by X": the page's furniture, no sentence before
    return before


def _subject_start(verb: Token, speaker: Token, start: int) -> int:
    """Where a short act's span starts when it reads from its subject ("Rights groups have voiced
    caution"): the subject's first character, when only the subject, auxiliaries and adverbs stand
    between it and the verb in its clause and no participle carries the act on; else `start`."""
    if speaker.head.i != verb.i or speaker.dep_ not in ("nsubj", "nsubjpass") or speaker.i > verb.i:
        return start
    if any(c.dep_ in ("advcl", "xcomp", "conj", "ccomp") and c.tag_ == "VBG" for c in verb.children):
        return start  # "rejected the charge, saying …": the participle's words carry on what the act says
    between = verb.doc[speaker.right_edge.i + 1 : verb.i]
    if any(t.dep_ not in ("aux", "auxpass", "advmod", "neg") for t in between):
        return start
    if any(t.is_quote or t.text in (";", ":") for t in verb.doc[speaker.left_edge.i : verb.i]):
        return start
    return speaker.left_edge.idx


def _after_semicolon(toks: list[Token], speaker: Token) -> list[Token]:
    """'Nine coastal states pledge to protect …; Ruritania's Holm urges an end to …': what a speaker named
    after a semicolon said starts after it, however the parser joined the two clauses."""
    stops = [t.i for t in speaker.doc[toks[0].i : speaker.left_edge.i] if t.text == ";"] if toks else []
    return [t for t in toks if t.i > stops[-1]] if stops else toks


def _clause_before_attribution(verb: Token, speaker: Token) -> list[Token]:
    """'Trump backed the idea of …, the readout added.': a sentence-final '<comma> <subject> <verb of
    saying>' attributes everything before the comma, however the parser hung it ('Trump' as a 'dep')."""
    sent = sent_of(verb)
    last = max((t for t in sent if not t.is_punct and not t.is_space), key=lambda t: t.i, default=None)
    if last is None or last.i != verb.i or speaker.i > verb.i or speaker.head.i != verb.i:
        return []
    comma = speaker.left_edge.i - 1
    if comma <= sent.start + 2 or verb.doc[comma].text != ",":
        return []
    if any(t.i in range(speaker.left_edge.i, verb.i) and t.pos_ == "VERB" for t in speaker.subtree):
        return []
    if _ends_with_colon(verb):  # "Asked about X, Okafor said:" introduces a quotation
        return []
    before = [t for t in verb.doc[sent.start : comma] if not t.is_space]
    # a clause of its own, not a framing participle ("Asked to comment on …, X said")
    if before[0].tag_ in ("VBN", "VBG") or not any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in before):
        return []
    return before


def _anonymity_formula(verb: Token, lex: ExtractLexicon) -> bool:
    """'who asked not to be named' / 'requested not to be identified': the
    source's condition for anonymity, not something it said."""
    for c in verb.children:
        if (
            c.dep_ == "xcomp"
            and c.lemma_.lower() in lex.verb_frames.anonymity_verbs
            and c.tag_ == "VBN"
            and any(g.dep_ == "neg" for g in c.children)
        ):
            return True
    return False


def _parent_cue(verb: Token) -> int | None:
    """Index of the reporting verb this one extends: conj with a shared subject,
    or a participle (", adding ...")."""
    if any(c.dep_ == "nsubj" for c in verb.children):
        return None
    head = verb.head
    if verb.dep_ == "conj" or (verb.dep_ in ("advcl", "xcomp") and verb.tag_ == "VBG"):
        if head.i != verb.i and head.pos_ in ("VERB", "AUX"):
            return head.i
    return None


def _last_word(verb: Token) -> Token | None:
    """The last token of the verb's sentence that is not white space (one pass per document)."""
    idx = sentences(verb.doc)
    table = idx.cache.get("last_word")
    if table is None:
        table = idx.cache["last_word"] = [next((t for t in reversed(s) if not t.is_space), None) for s in idx.spans]
    return table[idx.of_token[verb.i]]


def _ends_with_colon(verb: Token) -> bool:
    """'..., the Serbian president replied:' introduces the following quotation."""
    last = _last_word(verb)
    return (
        last is not None and last.text == ":" and all(t.dep_ not in ("ccomp",) for t in verb.children if t.i > verb.i)
    )


def according_cue(tok: Token, lex: ExtractLexicon) -> Cue | None:
    """'According to X, <clause>' and '<clause>, according to X'."""
    according = lex.verb_frames.according
    if tok.lower_ != according.word:
        return None
    to = next((c for c in tok.children if c.lower_ == according.particle), None)
    pobj = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
    if pobj is None or tok.head.i == tok.i:
        return None
    clause = tok.head
    while clause.dep_ in ("csubj", "csubjpass") and clause.head.pos_ in ("VERB", "AUX"):
        clause = clause.head  # "What followed, according to X, was …": the whole sentence is X's account
    subject_clause = clause
    while (
        clause.dep_ == "conj"
        and clause.head.pos_ in ("VERB", "AUX")
        and tok.i > clause.i
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children)
    ):
        clause = clause.head  # "The war has killed A and forced B, according to the UN": both verbs are its count
    drop = {t.i for t in tok.subtree}
    climbed = clause.i != subject_clause.i  # after two verbs, what follows "according to X" is the article's
    toks = [
        t
        for t in clause.subtree
        if t.i not in drop and not _later_clause(t, clause, tok) and not (climbed and t.i > tok.i)
    ]
    start, end = span_of(toks, clause)
    return Cue("indirect", according.cue, tok, pobj, start, end, frozenset(t.i for t in toks), overrides=clause.i)


def _later_clause(t: Token, clause: Token, according: Token) -> bool:
    """Leave out a conjoined clause with its own subject after 'according to X'
    ('..., according to a group, and Ethiopia moved forces')."""
    node = t
    while node.i != clause.i:
        if node.dep_ == "conj" and node.head.i == clause.i and node.i > according.i:
            return any(c.dep_ == "nsubj" for c in node.children)
        node = node.head
    return False


def account_cue(verb: Token, lex: ExtractLexicon) -> Cue | None:
    """'In his account, X discussed "..."': the owner of the account is the source."""
    preposition = lex.verb_frames.account.preposition
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ != preposition or prep.i > verb.i:
            continue
        pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        forms = {pobj.lemma_.lower(), pobj.lower_} if pobj is not None else set()
        if not forms & lex.speakers.account_nouns:
            continue
        owner = next((c for c in pobj.children if c.dep_ == "poss"), None)
        if owner is None:
            continue
        opinion = bool(forms & lex.verb_frames.account.opinion_nouns)  # "In his view", "In her words"
        if owner.pos_ == "PRON" and not opinion:
            # "In their joint statement, the heads of state condemned …": the possessive points ahead
            # to the clause's own named subject ("In his view, the sanctions failed" is his opinion)
            named = next(
                (
                    c
                    for c in verb.children
                    if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ in ("NOUN", "PROPN") and is_actor_like(c, lex)
                ),
                None,
            )
            # … when they agree: "In his account, Lopes and Reis reviewed" is the last speaker's account
            plural = lex.pronouns.personal.get(owner.lower_) == "plural"
            if named is not None and plural == (
                named.tag_ in ("NNS", "NNPS") or any(k.dep_ == "conj" for k in named.children)
            ):
                owner = named
        drop = {t.i for t in prep.subtree}
        toks = [t for t in verb.subtree if t.i not in drop and (opinion or t.i >= verb.i)]
        start, end = span_of(toks, verb)
        return Cue(
            "indirect",
            preposition + " " + pobj.lower_,
            prep,
            owner,
            start,
            end,
            frozenset(t.i for t in toks),
            overrides=verb.i,
        )
    return None


def _np_before(verb: Token, lex: ExtractLexicon | None = None) -> list[Token]:
    """The noun phrase right before a verb, back to a comma ("..., diplomatic
    sources and officials told Reuters", "..., the World Food Programme (WFP) said")."""
    toks = []
    bracket = False
    for t in reversed(verb.doc[sent_of(verb).start : verb.i]):
        if t.text == ")" and not bracket:
            bracket = True
        elif bracket:
            bracket = t.text != "("
        elif t.pos_ in ("NOUN", "PROPN", "ADJ", "DET", "CCONJ", "PART", "NUM") and t.text != ",":
            toks.insert(0, t)
        elif (
            lex is not None
            and t.pos_ == "ADP"
            and toks
            and (t.lower_ in lex.speakers.name_preps or t.lower_ == lex.speakers.title_to_prep)
        ):
            toks.insert(0, t)  # "a close aide to Prime Minister X"
        else:
            return toks if t.text == "," else []
    return []


def trailing_cue(verb: Token, lex: ExtractLexicon) -> Cue | None:
    """'<clause>, <sources> told <outlet>.' where the parser lost the subject."""
    if verb.lemma_.lower() not in lex.reporting_verbs.speech:
        return None  # tested first: most tokens fail it, and it is the cheapest test
    # the small model tags a sentence-final "…, a group protested" as a participle hung on the group
    participle = (
        verb.tag_ == "VBN"
        and verb.dep_ == "acl"
        and not any(c.dep_ in ("agent", "auxpass", "dobj") for c in verb.children)
    )
    if (
        (verb.tag_ not in ("VBD", "VBZ", "VBP") and not participle)
        or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
        or _has_modal_or_neg(verb, lex)
        or any(c.dep_ == "ccomp" and c.i > verb.i for c in verb.children)
    ):
        return None  # "Addressing the briefing, spokesperson X said the position was clear": what follows is said
    np = _np_before(verb, lex)
    inside = {t.i for t in np}
    heads = [t for t in np if t.pos_ in ("NOUN", "PROPN")]
    heads.sort(key=lambda t: t.head.i in inside)  # the phrase's head first ("the World Food Programme")
    if not heads or not is_actor_like(heads[0], lex) or np[0].i < sent_of(verb).start + 3:
        return None
    comma = verb.doc[np[0].i - 1]
    # the highest clause before the comma ("The UN will provide aid to refugees fleeing the war, …": provide)
    chain = [comma.nbor(-1)] + list(comma.nbor(-1).ancestors)
    clause = next((a for a in reversed(chain) if a.pos_ in ("VERB", "AUX") and a.i < comma.i), None)
    if clause is None:
        return None
    according = lex.verb_frames.according.word
    toks = [t for t in clause.subtree if t.i < comma.i and not t.lower_ == according]
    start, end = span_of(toks, clause)
    return Cue("indirect", verb.lemma_.lower(), verb, heads[0], start, end, frozenset(t.i for t in toks), speech=True)


def post_quote_cue(doc, q_end: int, close_tok: int, lex: ExtractLexicon) -> Cue | None:
    """'"...," added department spokesman Matthew Miller' when the parser made
    a mess of the attribution: a reporting verb then a name, or a name then
    the verb, right after the closing mark; or a vox-pop's bar and name ('"…" ― Olena Marchenko, 45')."""
    i = close_tok
    while i < len(doc) and (doc[i].idx < q_end or doc[i].is_quote or doc[i].is_space):
        i += 1
    if i < len(doc) and doc[i].text in lex.quotes.attribution_bars:
        bar = doc[i]
        name = []
        for u in doc[i + 1 : i + 6]:
            if u.pos_ != "PROPN":
                break
            name.append(u)
        if name:
            return Cue(
                "indirect", lex.quotes.attribution_bar_cue, bar, name[-1], q_end, q_end, frozenset(), speech=True
            )
    while i < len(doc) and (doc[i].is_punct or doc[i].idx < q_end):
        i += 1
    if i >= len(doc):
        return None
    t = doc[i]
    if t.lemma_.lower() in lex.reporting_verbs.speech and t.tag_.startswith("VB"):
        run = []
        for u in doc[i + 1 : i + 9]:
            if u.pos_ not in ("PROPN", "NOUN", "ADJ", "DET", "PART"):
                break
            run.append(u)
        names = [u for u in run if u.pos_ == "PROPN"] or [u for u in run if u.pos_ == "NOUN"]
        if names and is_actor_like(names[-1], lex):
            return Cue("indirect", t.lemma_.lower(), t, names[-1], q_end, q_end, frozenset(), speech=True)
    return None


def _clause_without(clause: Token, frame: Token) -> list[Token]:
    drop = {t.i for t in frame.subtree}
    return [t for t in clause.subtree if t.i not in drop]


def framed_cue(tok: Token, lex: ExtractLexicon) -> Cue | None:
    """'As one diplomat put it, the summit was …' and 'In the words of X, the deal is …': the clause
    is the source's account; 'X made (it) clear that …': the that-clause is what X said."""
    frames = lex.verb_frames
    put = frames.put_it
    if (
        tok.lemma_.lower() == put.verb
        and tok.dep_ == "advcl"
        and any(c.dep_ == "mark" and c.lower_ == put.mark for c in tok.children)
        and any(c.dep_ == "dobj" and c.lower_ == put.object for c in tok.children)
    ):
        speaker = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        if speaker is None or not is_actor_like(speaker, lex):
            return None
        toks = _clause_without(tok.head, tok)
        start, end = span_of(toks, tok.head)
        return Cue("indirect", put.verb, tok, speaker, start, end, frozenset(t.i for t in toks), overrides=tok.head.i)
    words = frames.words_of
    if tok.lower_ == words.noun and tok.dep_ == "pobj" and tok.head.lower_ == words.preposition:
        prep = tok.head
        owner = next(
            (
                g
                for p in tok.children
                if p.dep_ == "prep" and p.lower_ == words.owner
                for g in p.children
                if g.dep_ == "pobj"
            ),
            None,
        )
        if owner is None or not is_actor_like(owner, lex) or prep.head.pos_ not in ("VERB", "AUX"):
            return None
        toks = _clause_without(prep.head, prep)
        start, end = span_of(toks, prep.head)
        return Cue("indirect", words.noun, tok, owner, start, end, frozenset(t.i for t in toks), overrides=prep.head.i)
    make = frames.make_clear
    if tok.lemma_.lower() == make.verb and tok.pos_ == "VERB" and not _has_modal_or_neg(tok, lex):
        pred = next(
            (c for c in tok.children if c.dep_ in ("ccomp", "oprd", "acomp") and c.lower_ in make.predicates), None
        )
        clause = None
        if pred is None:
            # "made clear it would not back X": the parser may hang "clear" on the clause it introduces
            pred = next(
                (
                    g
                    for c in tok.children
                    if c.dep_ == "ccomp" and c.i > tok.i
                    for g in c.children
                    if g.dep_ in ("acomp", "advmod") and g.lower_ in make.predicates and g.i == tok.i + 1
                ),
                None,
            )
            if pred is None:
                return None
            clause = pred.head if _made_clear_clause(pred.head, frames.account.complementizer) else None
        clause = clause or next(
            (
                c
                for c in list(pred.children) + list(tok.children)
                if c.i > pred.i and c.pos_ in ("VERB", "AUX") and _made_clear_clause(c, frames.account.complementizer)
            ),
            None,
        )
        if clause is None:
            # "made clear China's position on X": what was made clear is a noun phrase, not a clause
            clause = next(
                (
                    c
                    for c in list(pred.children) + list(tok.children)
                    if c.i > pred.i and c.dep_ in ("nsubj", "dobj") and c.lemma_.lower() in make.objects
                ),
                None,
            )
        speaker = subject_of(tok, lex)
        if clause is None or speaker is None or not is_actor_like(speaker, lex):
            return None
        toks = [t for t in clause.subtree if t.i != pred.i]
        start, end = span_of(toks, clause)
        return Cue("indirect", make.verb, tok, speaker, start, end, frozenset(t.i for t in toks), speech=True)
    return None


def _made_clear_clause(clause: Token, complementizer: str) -> bool:
    """What 'made (it) clear' reports: a clause opened by the complementizer ("made clear that …"), or,
    without it, a complement clause with a subject of its own and no other mark ("made clear it would
    not back the plan"); not a condition ("made clear the costs if order is not restored")."""
    marks = [m.lower_ for m in clause.children if m.dep_ == "mark"]
    if complementizer in marks:
        return True
    return (
        not marks
        and clause.dep_ in ("ccomp", "advcl")
        and any(s.dep_ in ("nsubj", "nsubjpass") and s.i < clause.i for s in clause.children)
    )


def noun_cue(noun: Token, lex: ExtractLexicon) -> Cue | None:
    """'denied accusations by the government in Ruritania that it arms the rebels', 'Moscow's claim that
    …': the owner of a noun of saying that has a that-clause said what the clause says."""
    words = lex.verb_frames.said_nouns
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in words.nouns:
        return None
    clause = next(
        (
            c
            for c in noun.children
            if c.dep_ in ("acl", "ccomp", "relcl")
            and c.i > noun.i
            and any(m.dep_ == "mark" and m.lower_ == lex.verb_frames.account.complementizer for m in c.children)
        ),
        None,
    )
    if clause is None:
        return None
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is None:
        owner = next(
            (
                g
                for p in noun.children
                if p.dep_ == "prep" and p.lower_ in words.owner_preps and p.i < clause.i
                for g in p.children
                if g.dep_ == "pobj"
            ),
            None,
        )
    if owner is None or not is_actor_like(owner, lex) or owner.lower_ in lex.pronouns.personal:
        return None
    toks = [t for t in clause.subtree if t.lower_ != lex.verb_frames.account.complementizer or t.head.i != clause.i]
    start, end = span_of(toks, clause)
    return Cue("indirect", noun.lemma_.lower(), noun, owner, start, end, frozenset(t.i for t in toks))


# Parts of speech no cue or contact is anchored on (they hang on verbs, nouns, "according" and proper
# names): the cue and contact searches skip such tokens with one test instead of every cue function.
NEVER_CUES = frozenset({"PUNCT", "DET", "ADP", "CCONJ", "SCONJ", "PART", "NUM", "SPACE", "SYM", "INTJ"})


_NEVER_KEY = "reported.never_cues"


def _never_cues(doc: Doc) -> list[bool]:
    """For each token of the document, whether its part of speech is one of `NEVER_CUES`, read once
    from the document's array of parts of speech (`tok.pos_` is the name of that number)."""
    from spacy.parts_of_speech import IDS

    never = {IDS[name] for name in NEVER_CUES}
    return [pos in never for pos in doc.to_array("POS").tolist()] if len(doc) else []


def cue_candidates(sent: Span, in_quote) -> list[Token]:
    """The tokens of a sentence a cue or a contact may be anchored on: none is anchored on
    punctuation, a determiner, a preposition … (one test, not five), nor on quoted words
    (`in_quote(char)`). Read once per sentence for both searches, from per-document arrays of
    parts of speech and offsets: only the candidates are made Token objects."""
    doc = sent.doc
    idx = sentences(doc)
    never = idx.cache.get(_NEVER_KEY)
    if never is None:
        never = idx.cache[_NEVER_KEY] = _never_cues(doc)
    starts = idx.starts
    return [doc[i] for i in range(sent.start, sent.end) if not never[i] and not in_quote(starts[i])]


def sentence_cues(candidates: list[Token], lex: ExtractLexicon) -> list[Cue]:
    """All reported-speech cues of one sentence, among its `cue_candidates`."""
    out = []
    for tok in candidates:
        # a trailing attribution the parser joined to the clause it reports comes first
        # ("The UN will send aid, the WFP said": not "the UN … said")
        cue = (
            trailing_cue(tok, lex)
            or verb_cue(tok, lex)
            or according_cue(tok, lex)
            or noun_cue(tok, lex)
            or framed_cue(tok, lex)
        )
        if cue is not None:
            out.append(cue)
        if tok.pos_ in ("VERB", "AUX"):
            acc = account_cue(tok, lex)
            if acc is not None:
                out.append(acc)
    return out
