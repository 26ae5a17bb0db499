"""The source behind an outlet: "Interfax quoted Lavrov as saying …", "Xinhua, citing the
foreign ministry, said …", "Citing Minister X, the agency said …", and the source an outlet
reports on: "X has offered …, a newspaper said", "X rejected …, according to the agency".

Why: the guidelines attribute a statement to whoever made it; the outlet only carries it.
The parse names the outlet as the subject of the cue, so the source is found beside it:
the object of the quoting verb ("quoted X as saying"), or the object of a "citing"
participle on the cue's verb or on its subject. The verbs are the pack's
`quoted_as_verbs` (quote, cite).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.lang.extract_schema import ExtractLexicon
from app.pipeline.types import ResolvedActor

from .cues import Cue
from .mentions import is_actor_like

if TYPE_CHECKING:  # spaCy is imported only when the pipeline loads
    from spacy.tokens import Token


def _object(verb: Token, lex: ExtractLexicon) -> Token | None:
    """The quoted or cited source: a name or a speaker noun ("the ministry"); never a reason
    ("citing domestic opposition") or a document ("quoted the treaty as saying")."""
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.pos_ in ("PROPN", "NOUN", "PRON")), None)
    if obj is not None and obj.pos_ == "PRON":  # "the agency quoted him as saying": the one he stands for
        return obj if lex.pronouns.personal.get(obj.lower_) == "person" else None
    if obj is None or obj.lemma_.lower() in lex.speakers.document_nouns or not is_actor_like(obj, lex):
        return None
    if obj.pos_ == "NOUN" and obj.tag_ != "NNS" and not any(c.dep_ in ("det", "poss") for c in obj.children):
        return None  # "citing domestic opposition": a reason; a source is "the ministry", "officials"
    return obj


def _quoting_verb(anchor: Token, lex: ExtractLexicon) -> Token | None:
    """The active quoting verb the cue hangs on: the cue itself ("quoted X that …") or the verb
    its "as saying" belongs to (saying → as → quoted; "reported X as saying" too)."""
    frames = lex.verb_frames
    node = anchor
    for _ in range(3):
        lemma = node.lemma_.lower()
        reported_as = lemma in frames.reported_as_verbs and (node.i != anchor.i or _as_saying(node, lex))
        if (lemma in frames.quoted_as_verbs or reported_as) and node.tag_ not in ("VBN", "VBG"):
            return node  # "quoted X as saying", and "reported X as saying" (only through "as saying")
        if node.head.i == node.i:
            return None
        node = node.head
    return None


def _as_saying(verb: Token, lex: ExtractLexicon) -> bool:
    """The verb has "as saying" (or another reporting participle after "as") of its own."""
    return any(
        c.dep_ == "prep"
        and c.lower_ == "as"
        and any(g.tag_ == "VBG" and g.lemma_.lower() in lex.reporting_verbs.speech for g in c.children)
        for c in verb.children
    )


def _citing(tok: Token, lex: ExtractLexicon) -> Token | None:
    """A "citing X" participle hanging on `tok`: X."""
    verbs = lex.verb_frames.quoted_as_verbs
    for c in tok.children:
        if c.tag_ == "VBG" and c.lemma_.lower() in verbs and c.dep_ in ("advcl", "acl", "xcomp", "conj"):
            obj = _object(c, lex)
            if obj is not None:
                return obj
    return None


def source_behind_outlet(cue: Cue, lex: ExtractLexicon) -> Token | None:
    """The head of the source the cue's subject only carries, or None when the subject spoke."""
    if cue.kind != "indirect" or cue.speaker is None:
        return None
    verb = _quoting_verb(cue.anchor, lex)
    if verb is not None and any(c.i == cue.speaker.i for c in verb.children if c.dep_ == "nsubj"):
        obj = _object(verb, lex)
        if obj is not None:
            return obj
    return _citing(cue.anchor, lex) or _citing(cue.speaker, lex)


def named_outlet(head: Token | None, lex: ExtractLexicon, lemma: str | None = None) -> bool:
    """A news outlet by its name: a wire the pack knows ("Reuters", "Interfax"), a name made with an
    outlet's word ("Daily Star", "The Kyiv Independent"), or any name but a person's that "reported"
    ("Hurriyet reported", "TimesLIVE reported"): an outlet passes on what others said."""
    if head is None or head.pos_ != "PROPN":
        return False
    if lemma in lex.speakers.outlet_verbs:
        return True  # the tagger may take an outlet's unfamiliar name for a person's ("Hurriyet")
    if head.ent_type_ == "PERSON":
        return False
    # the name's own words: the head and what stands before it ("The Kyiv Independent", "Daily Star")
    words = {
        t.lower_ for t in head.subtree if t.i == head.i or (t.i < head.i and t.dep_ in ("compound", "det", "amod"))
    }
    return head.lower_ in lex.transcripts.outlets or bool(words & lex.transcripts.outlet_words)


def carried_by_outlet(head: Token | None, actor: ResolvedActor, lex: ExtractLexicon, lemma: str | None = None) -> bool:
    """Is the speaker (`head`, resolved to `actor`) an outlet: a media actor, a named outlet (with
    the cue's `lemma`: "Hurriyet reported"), or a phrase headed by an outlet noun ("the official news
    agency Ceteka") that is no state, body or organisation of its own."""
    if actor.kind == "media":
        return True
    body = actor.kind in ("state", "institution", "international_organisation")
    if not body and not (actor.kind == "person" and actor.known) and named_outlet(head, lex, lemma):
        return True
    return (
        head is not None
        and head.lemma_.lower() in lex.speakers.outlet_nouns
        and actor.kind not in ("state", "institution", "international_organisation")
    )


def refers_to_subject(head: Token | None, lex: ExtractLexicon) -> bool:
    """A bare "the group" (the pack's `referring_groups`) after the clause it reports: it names
    that clause's subject again ("The X movement rejected the invitation, the group said")."""
    return (
        head is not None
        and head.lemma_.lower() in lex.speakers.referring_groups
        and [c.lower_ for c in head.children] == ["the"]
    )


def unnamed_sources(head: Token | None, lex: ExtractLexicon) -> bool:
    """Unnamed sources in the plural ("government sources", "diplomatic sources") after the clause
    they report: what a named person said or did there is that person's (see `source_inside_report`)."""
    return head is not None and head.tag_ == "NNS" and head.lemma_.lower() in lex.speakers.relaying_sources


def source_inside_report(cue: Cue, lex: ExtractLexicon, leading: bool = False) -> Token | None:
    """The subject of the clause an outlet only reports, when that clause is itself a statement
    or a contact: "Ruritania has offered to mediate, a newspaper said" (offered), "Lavrov said
    …, Interfax reported" (said), "Ruritania rejected the plan, according to the agency". The
    caller asks only when the cue's own speaker is an outlet (or a bare "the group"), and only
    when the clause comes before the attribution. None when the clause is narration
    ("a missionary was arrested, according to the agency") or has no subject of its own."""
    if cue.kind != "indirect":
        return None
    anchor = cue.anchor
    if cue.lemma == lex.verb_frames.according.cue:
        verb = anchor.head if anchor.dep_ in ("prep", "advcl") and anchor.head.i != anchor.i else None
    else:
        verb = next((c for c in anchor.children if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return None
    if verb.i >= anchor.i and not (leading and verb.lemma_.lower() in lex.reporting_verbs.needs_clause):
        # only a trailing attribution carries: "The agency said X offered …" is its account; but in
        # a named outlet's "Reuters reported that X said …" (`leading`) the words are X's
        return None
    if verb.i < anchor.i and (sayer := _with_sayer(verb, lex)) is not None:
        return sayer  # "they reviewed …, with Sheikh Mohamed emphasising …, Wam reported": his words
    c = lex.contacts
    acts = lex.reporting_verbs.all | c.verbs | c.signing.verbs | c.gathering.verbs
    if verb.lemma_.lower() not in acts and not any(
        k.dep_ == "advcl" and k.tag_ == "VBG" and k.lemma_.lower() in lex.reporting_verbs.all for k in verb.children
    ):
        return None  # "X rebutted the protest, telling Y that …": what X said
    subj = next((t for t in verb.children if t.dep_ == "nsubj"), None)
    if subj is not None and subj.pos_ == "PRON" and lex.pronouns.personal.get(subj.lower_) == "person":
        return subj  # "he said …, Online news agency reported": the person the article follows
    if subj is None or subj.pos_ == "PRON":
        return None
    if not is_actor_like(subj, lex) and subj.lemma_.lower() not in lex.speakers.referring_groups:
        return None
    return subj


def _with_sayer(verb: Token, lex: ExtractLexicon) -> Token | None:
    """The named subject of a "with X emphasising …" the clause hangs on its verb: a person named in
    the clause whose words the reported clause gives, else None."""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ != "with":
            continue
        for g in prep.children:
            if g.tag_ == "VBG" and g.lemma_.lower() in lex.reporting_verbs.all:
                subj = next((t for t in g.children if t.dep_ == "nsubj"), None)
                if subj is not None and subj.pos_ == "PROPN" and is_actor_like(subj, lex):
                    return subj
    return None


def _relay(speaker: Token | None, lex: ExtractLexicon, lemma: str | None = None) -> bool:
    """A speaker that only passes on a principal's words: a document ("the Kremlin readout"), an
    outlet ("the agency", "Reuters reported") or a leader's office named by its noun ("the French
    presidency")."""
    if speaker is None or speaker.pos_ not in ("NOUN", "PROPN"):
        return False
    if named_outlet(speaker, lex, lemma):
        return True
    if speaker.ent_type_ == "PERSON" or any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in speaker.children):
        return False
    sp = lex.speakers
    return speaker.lemma_.lower() in sp.document_nouns | sp.outlet_nouns | sp.relay_nouns


def _principal(subj: Token, lex: ExtractLexicon, states: bool = False) -> bool:
    """One person: a name ("Macron"), or a title of a state with its article ("the Russian
    president", "France's president"); with `states`, a state by its name too ("the agencies
    reported that Russia said …": an outlet carries a state's words as it carries a person's)."""
    if subj.pos_ == "PROPN":
        return subj.ent_type_ in ("PERSON", "") or (states and subj.ent_type_ == "GPE")
    if subj.pos_ != "NOUN" or subj.tag_ != "NN" or subj.lemma_.lower() not in lex.speakers.person_titles:
        return False
    kids = list(subj.children)
    definite = any(c.dep_ == "det" and c.lower_ == "the" for c in kids) or any(c.dep_ == "poss" for c in kids)
    return definite and any(t.ent_type_ in ("NORP", "GPE") for t in subj.subtree if t.i < subj.i)


def relayed_principal(cue: Cue, lex: ExtractLexicon) -> Token | None:
    """ "The presidency said Macron had stressed A", "the Kremlin readout said the Russian president
    'recalled that B'": a readout, an outlet or a leader's office whose report opens with what one
    person said passes on that person's words; that person's head, else None. Only a clause with
    a verb of saying counts ("the readout said the president was tired" is the readout's), and
    only a relay: a ministry or a government leading "X said Y urged …" keeps its own account."""
    first_person = cue.speaker is not None and cue.speaker.lower_ in lex.pronouns.first_person
    anchor = cue.anchor
    if cue.kind == "indirect" and cue.lemma == lex.verb_frames.according.cue and _relay(cue.speaker, lex):
        return _principal_before_according(anchor, lex)
    body = _body_relay(cue.speaker, lex)
    if cue.kind != "indirect" or not cue.speech or not (first_person or body or _relay(cue.speaker, lex, cue.lemma)):
        return None
    verb = next((c for c in anchor.children if c.dep_ == "ccomp" and c.i > anchor.i), None)
    if verb is None or verb.lemma_.lower() not in lex.reporting_verbs.all | lex.speakers.relayed_view_verbs:
        return None
    if named_outlet(cue.speaker, lex, cue.lemma) and verb.lemma_.lower() not in lex.reporting_verbs.needs_clause:
        return None  # "KCNA said Kim had invited Putin" is the agency's account; "Reuters reported X said" X's
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is not None and first_person and lex.pronouns.personal.get(subj.lower_) == "person":
        return subj  # a briefer's "I can tell you that he believes …": his principal's view
    if subj is not None and (owner := _owner_of_relay(cue.speaker, subj, lex)) is not None:
        return owner  # "Netanyahu's office said the premier had instructed …": Netanyahu's
    outlet = named_outlet(cue.speaker, lex, cue.lemma) or cue.speaker.lemma_.lower() in lex.speakers.outlet_nouns
    if subj is None or not _principal(subj, lex, states=outlet and verb.lemma_.lower() in lex.reporting_verbs.speech):
        return None
    if body and not (subj.pos_ == "PROPN" and subj.ent_type_ == "PERSON"):
        return None
    return subj


def _body_relay(speaker: Token | None, lex: ExtractLexicon) -> bool:
    """A body, its officials or its spokesperson: a relay only for a person named in full."""
    if speaker is None:
        return False
    sp = lex.speakers
    if speaker.lemma_.lower() in sp.relaying_bodies | sp.body_voice_titles:
        return True
    return speaker.pos_ == "PROPN" and any(
        c.dep_ in ("compound", "appos") and c.lemma_.lower() in sp.body_voice_titles - sp.relaying_bodies
        for c in speaker.children
    )


def _owner_of_relay(speaker: Token | None, subj: Token, lex: ExtractLexicon) -> Token | None:
    """ "X's office said the premier had …": a leader's office named by its owner, whose report
    leads with a bare title ("the premier", "the president", no country of its own), speaks of
    that owner; the owner's head, else None."""
    if speaker is None or speaker.lemma_.lower() not in lex.speakers.relay_nouns:
        return None
    owner = next((c for c in speaker.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
    if owner is None or owner.ent_type_ not in ("PERSON", ""):
        return None
    if subj.pos_ != "NOUN" or subj.tag_ != "NN" or subj.lemma_.lower() not in lex.speakers.person_titles:
        return None
    kids = list(subj.children)
    if [c.lower_ for c in kids] != ["the"]:
        return None  # "the Russian premier", "the premier of X": a title of its own
    return owner


def _principal_before_according(anchor: Token, lex: ExtractLexicon) -> Token | None:
    """ "X discussed the crisis in a call with Y, according to the presidency": what one named person
    said or did in a clause a leader's office or a readout reports is that person's."""
    verb = anchor.head if anchor.dep_ in ("prep", "advcl") and anchor.head.i != anchor.i else None
    if verb is None or verb.i >= anchor.i:
        return None
    c = lex.contacts
    if verb.lemma_.lower() not in lex.reporting_verbs.all | c.verbs | c.light_verbs:
        return None
    subj = next((t for t in verb.children if t.dep_ == "nsubj"), None)
    if subj is None or subj.pos_ != "PROPN" or subj.ent_type_ != "PERSON":
        return None
    return subj
