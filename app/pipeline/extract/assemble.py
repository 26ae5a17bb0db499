"""One article: cues + quotations → attributed statements.

Order of work: collect cues sentence by sentence; drop cues nested inside
another cue's content (a quote inside a quote, "X said Y stressed Z"); link
every quotation to the cue that introduces it (inside its content, after the
closing mark, before the opening mark, after a colon, or as the continuation
of the previous quote); merge participles and conjoined verbs into the
statement they extend; then resolve speakers in reading order.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right, insort
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING

from app.lang.extract_schema import ExtractLexicon

from .contacts import sentence_contacts
from .cues import Cue
from .deadline import check_deadline
from .mentions import is_actor_like
from .quotes import Quote, is_fragment
from .reported import cue_candidates, is_reporting_verb, post_quote_cue, sentence_cues
from .segments import paragraph_breaks
from .sentences import doc_text, sent_of, sentences, token_at

if TYPE_CHECKING:  # spaCy is imported only when the pipeline loads
    from spacy.tokens import Doc, Token


@dataclass
class Draft:
    cue: Cue
    start: int
    end: int
    quotes: list[Quote] = field(default_factory=list)
    continued: bool = False  # a floating quote was merged in

    def quoted_chars(self, text: str) -> int:
        total = 0
        for q in self.quotes:
            lo, hi = max(q.start, self.start), min(q.end, self.end)
            total += len(text[lo:hi].strip()) if hi > lo else 0
        return total


class QuoteIndex:
    """Fast 'is this character inside a quotation?' look-ups."""

    def __init__(self, quotes: list[Quote]):
        self.quotes = quotes
        self.starts = [q.start for q in quotes]

    def at(self, pos: int) -> Quote | None:
        i = bisect_right(self.starts, pos) - 1
        if i >= 0 and self.quotes[i].start <= pos < self.quotes[i].end:
            return self.quotes[i]
        return None

    def contains(self, pos: int) -> bool:
        return self.at(pos) is not None


def collect_cues(doc: Doc, qidx: QuoteIndex, lex: ExtractLexicon) -> list[Cue]:
    cues: list[Cue] = []
    for sent in sentences(doc).spans:
        check_deadline()
        candidates = cue_candidates(sent, qidx.contains)
        if candidates:
            cues += sentence_cues(candidates, lex)
            cues += sentence_contacts(candidates, lex)
    return prune(cues, lex)


def _named_in_coordination(cue: Cue) -> bool:
    """ "X described the talks as A, and thanked Y, according to the agency": the second verb
    shares a named speaker with the first; the agency carries X's words."""
    verb = cue.anchor
    if verb.dep_ != "conj" or verb.head.pos_ not in ("VERB", "AUX"):
        return False
    return any(c.dep_ == "nsubj" and c.pos_ == "PROPN" for c in verb.head.children)


def _own_subject(cue: Cue, lex: ExtractLexicon) -> bool:
    """The verb has a speaker of its own; "According to X, the official's statements confirm that
    …" has a document, whose words X is reporting."""
    return any(
        c.dep_ == "nsubj" and (c.pos_ == "PROPN" or c.lemma_.lower() not in lex.speakers.document_nouns)
        for c in cue.anchor.children
    )


def _unnamed_reports(speaker, lex: ExtractLexicon) -> bool:
    """ "according to reports", "according to local media reports": documents in the plural with no
    determiner, owner or name, which name no source (unlike "a UN report", "the ministry's statement")."""
    return (
        speaker is not None
        and speaker.tag_ == "NNS"
        and speaker.lemma_.lower() in lex.speakers.document_nouns
        and not any(c.dep_ in ("det", "poss") for c in speaker.children)
        and not any(t.pos_ == "PROPN" or t.ent_type_ for t in speaker.subtree)
    )


def prune(cues: list[Cue], lex: ExtractLexicon) -> list[Cue]:
    """Keep one cue per verb; resolve 'according to' against the verb it
    modifies; drop cues nested in another cue's content and framing
    participles ("Speaking on TV, X said")."""
    by_anchor: dict[int, Cue] = {}
    for c in cues:
        by_anchor.setdefault(c.anchor.i, c)
        if c.kind == "contact" and by_anchor[c.anchor.i].kind != "contact" and by_anchor[c.anchor.i].overrides is None:
            by_anchor[c.anchor.i] = c  # "spoke with X about Y" is a contact; "spoke about Y" alone is reported speech
    drop: set[int] = set()
    for c in cues:
        if c.overrides is not None and c.overrides in by_anchor:
            target = by_anchor[c.overrides]
            if target.kind == "indirect" and (
                (target.speech and _own_subject(target, lex)) or _named_in_coordination(target)
            ):
                drop.add(id(c))
            elif (
                _named_speaker(target, lex)
                and not _named_person(c.speaker)
                and (target.kind == "contact" or c.anchor.i > target.anchor.i)
            ):
                # "X met Y, according to the ministry", "X urged Y to …, according to the agency": the
                # named person did it; the source after "according to" only reports it ("According to
                # the readout, X proposed …" is the readout's account: the source comes first)
                drop.add(id(c))
                _without(target, {t.i for t in c.anchor.subtree})
                # a subjectless verb inside what "according to" covered ("… to discuss cooperation in
                # responding to X, according to …") stays part of it, not a statement of its own
                drop |= {
                    id(o)
                    for o in cues
                    if o is not target
                    and o.parent != target.anchor.i
                    and o.anchor.i in c.tokens
                    and not any(k.dep_ in ("nsubj", "nsubjpass") for k in o.anchor.children)
                }
            elif (
                _unnamed_reports(c.speaker, lex)
                and target.speaker is not None
                and target.speaker.head.i == target.anchor.i
                and target.speaker.dep_ == "nsubj"
                and is_actor_like(target.speaker, lex)
            ):
                # "According to reports, X urged Y to …": bare "reports" name no source; X acted
                drop.add(id(c))
                _without(target, {t.i for t in c.anchor.subtree})
            else:
                drop.add(id(target))
    kept = [c for c in by_anchor.values() if id(c) not in drop]
    same_anchor: dict[int, list[Cue]] = {}
    for c in kept:
        same_anchor.setdefault(c.anchor.i, []).append(c)
    for c in cues:  # `c not in kept`, looking only at cues on the same anchor (equal cues share it)
        if c.overrides is not None and id(c) not in drop and c not in same_anchor.get(c.anchor.i, ()):
            kept.append(c)
            same_anchor.setdefault(c.anchor.i, []).append(c)
    # a contact reported by the cue its verb hangs on, or by a trailing "…, the ministry said"
    # the parser hung on the contact's verb (the only hosts `_reported_contact` accepts)
    reported: set[int] = set()
    for c in kept:
        if c.kind != "contact" and not (
            _named_speaker(c, lex)
            or _shared_titled_subject(c, lex)
            or _principal_by_title(c, lex)
            or _titled_subject(c, lex)
        ):
            continue
        heads = [c.anchor.head.i] + [k.i for k in c.anchor.children if k.dep_ == "parataxis"]
        if c.anchor.dep_ == "conj" and not is_reporting_verb(c.anchor.head, lex):
            heads.append(c.anchor.head.head.i)  # "X refrained from … but said …, the outlet reported"
        if c.anchor.dep_ == "pobj":  # a contact noun: "commented on the call between A and B"
            heads.append(c.anchor.head.head.i)
        for i in heads:
            for o in same_anchor.get(i, ()):
                if _reported_contact(o, c, lex) or _reported_statement(o, c, lex) or _topic_contact(o, c, lex):
                    reported.add(id(o))
                    if _joined_to_a_report(o, c.anchor, lex):
                        # "X summoned Y and urged Z …, the ministry said": X's whole clause, not its last verb
                        c.start = min(c.start, _after_subject(c.anchor.head).idx)
                    if o.anchor.i > c.anchor.i and c.end < o.end <= o.anchor.idx:
                        c.end = o.end  # "spoke with X after the verdict was read, the ministry said"
    kept = [c for c in kept if id(c) not in reported]
    containing: dict[int, list[int]] = {}  # token → positions in `kept` of the cues whose content holds it
    for n, o in enumerate(kept):
        for t in o.tokens:
            containing.setdefault(t, []).append(n)
    out = []
    for c in kept:
        # `o.tokens` only shrinks (`_cut`), so the index built above holds every live host
        hosts = [
            o
            for o in (kept[n] for n in containing.get(c.anchor.i, ()))
            if o is not c and c.anchor.i in o.tokens and o.anchor.i != c.parent and not _attributes(c, o)
        ]
        if hosts and not all(_split_off(o, c, lex) for o in hosts):
            continue
        if c.parent is not None and c.anchor.i < c.parent and c.anchor.tag_ == "VBG":
            continue
        out.append(c)
    return sorted(out, key=lambda c: c.anchor.i)


def _attributes(c: Cue, o: Cue) -> bool:
    """'A and B agreed to a truce, the ministry said': the trailing 'said' the parser hung on the
    clause it reports is its attribution, not part of its content."""
    return c.speech and c.anchor.dep_ == "parataxis" and c.anchor.head.i == o.anchor.i and o.anchor.i in c.tokens


def _reported_contact(host: Cue, inner: Cue, lex: ExtractLexicon) -> bool:
    """'X spoke by phone with Y on Wednesday, the ministry said', 'the agency reported that X
    received a call from Y': an attribution whose whole content is a contact of a named person
    reports that contact; the contact (X's) is the statement, not the ministry's words. The
    attribution may follow the contact (the parser hangs it either way) or lead it."""
    if inner.kind != "contact" or host.kind != "indirect" or not host.speech:
        return False
    if _person_not_spokesperson(host.speaker, lex):
        return False  # "Han noted that Xi had a phone call with Trump": a person's words, the contact inside them
    verb = inner.anchor
    trailing = host.anchor.i > verb.i
    if verb.head.i == host.anchor.i:
        if verb.dep_ not in ("ccomp", "parataxis") or (not trailing and verb.dep_ != "ccomp"):
            return False
    elif not (host.anchor.head.i == verb.i and host.anchor.dep_ == "parataxis" and trailing):
        return False
    # the subject nearest the verb ("ALGIERS – … – The minister …, had": a dateline the parser made a subject too)
    subj = max((c for c in verb.children if c.dep_ == "nsubj"), key=lambda c: c.i, default=None)
    if subj is None or not ((subj.pos_ == "PROPN" and _names_a_person(subj, lex)) or _titled_person(subj, lex)):
        return False
    # the attribution's own words ("…, the ministry said on X", "in a statement") are not content
    own = {host.anchor.i} | {
        t.i
        for c in host.anchor.children
        if c.i != verb.i and c.dep_ in ("prep", "advmod", "npadvmod", "nsubj")
        for t in c.subtree
    }
    content = [t for t in host.tokens if t != verb.i and t not in own and not verb.doc[t].is_punct]
    return all(verb.doc[t] in verb.subtree for t in content) or not content


def _person_not_spokesperson(sayer: Token | None, lex: ExtractLexicon) -> bool:
    """A person by name whom the article does not make a spokesperson: what they say of a contact of
    others is their own statement ("Vice President Han noted that Xi had a call with Trump"), while a
    spokesperson's account of their principal's call is that call ("Hua said Yang spoke with Kerry",
    "press secretary X told reporters that the President had a call with Y"). A pronoun may stand for a
    spokesperson: not judged here."""
    if sayer is None or sayer.ent_type_ != "PERSON" or sayer.pos_ != "PROPN":
        return False
    post = _briefer_post(lex.speakers.briefer_words)
    phrase = sayer.doc[sayer.left_edge.i : sayer.right_edge.i + 1].text
    if re.search(post, phrase):
        return False
    # the post given to the name anywhere in the article, before it or after it ("X, the spokesman,")
    name = re.escape(sayer.text)
    near = rf"{post}[^.\n]{{0,80}}\b{name}\b|\b{name}\b[^.\n]{{0,40}}{post}"
    return re.search(near, doc_text(sayer.doc)) is None


@lru_cache(maxsize=4)
def _briefer_post(words: frozenset[str]) -> str:
    """The pattern of a briefer's post (`briefer_words`, any ending: "spokes" is "spokeswoman" too)."""
    return "(?i:(?:" + "|".join(sorted(map(re.escape, words))) + r")\w*)"


def _topic_contact(host: Cue, inner: Cue, lex: ExtractLexicon) -> bool:
    """'Peskov commented on the video call between A and B': a comment whose whole content is a
    contact between others names no words of the commenter; the contact (A's, with B) is the news."""
    noun = inner.anchor
    if inner.kind != "contact" or host.kind != "indirect" or noun.pos_ != "NOUN" or noun.dep_ != "pobj":
        return False
    prep = noun.head
    if prep.head.i != host.anchor.i or prep.lower_ not in lex.contacts.counterparts.topic_preps:
        return False
    if inner.speaker is None or host.speaker is None or inner.speaker.i == host.speaker.i:
        return False
    doc = noun.doc
    content = [t for t in host.tokens if t != host.anchor.i and not doc[t].is_punct]
    return all(doc[t] in prep.subtree for t in content)


def _named_speaker(cue: Cue, lex: ExtractLexicon) -> bool:
    """The cue's own subject is a named person ("Wang urged …", "Mensah met …")."""
    subj = cue.speaker
    if subj is None or subj.head.i != cue.anchor.i or subj.dep_ not in ("nsubj", "nsubjpass"):
        return False
    return _person_named(subj, lex)


def _person_named(subj: Token, lex: ExtractLexicon) -> bool:
    """A subject that names a person: a name, or a title with a person's name in it."""
    if subj.pos_ == "PROPN":  # the small model tags many surnames as organisations ("Wang")
        return subj.ent_type_ not in _PLACE_ENTS
    return subj.lemma_.lower() in lex.speakers.person_titles and any(
        t.ent_type_ == "PERSON" for t in subj.subtree if t.i != subj.i
    )


_PLACE_ENTS = ("GPE", "NORP", "LOC", "FAC")


def _joined_to_a_report(host: Cue, verb: Token, lex: ExtractLexicon) -> bool:
    """ "X refrained from naming anyone but said …, Euronews reported": the cue's verb is joined to a
    clause the host reports whose own verb says nothing (else that verb's cue is the reported one), and
    the host is a body or outlet, not a person giving their own account ("…, he said")."""
    clause = verb.head
    return (
        verb.dep_ == "conj"
        and clause.head.i == host.anchor.i
        and clause.dep_ in ("ccomp", "parataxis")
        and not is_reporting_verb(clause, lex)
        and host.speaker is not None
        and host.speaker.pos_ != "PRON"
    )


def _after_subject(verb: Token) -> Token:
    """The clause's first token after its subject (the verb itself when the subject comes after it)."""
    ends = [t.i for k in verb.children if k.dep_ in ("nsubj", "nsubjpass") and k.i < verb.i for t in k.subtree]
    return verb.doc[max(ends) + 1] if ends else verb


def _shared_titled_subject(cue: Cue, lex: ExtractLexicon) -> bool:
    """ "The Estonian president refrained from naming anyone but said …": the cue shares the subject of
    the verb it is joined to, one person named by a state's title."""
    subj, verb = cue.speaker, cue.anchor
    if subj is None or verb.dep_ != "conj" or subj.head.i != verb.head.i or subj.dep_ != "nsubj":
        return False
    return _person_named(subj, lex) or _titled_person(subj, lex)


def _named_person(tok: Token | None) -> bool:
    """A speaker phrase headed by a person's name ("Peskov", "spokesman Ivo Brandt")."""
    return tok is not None and (
        tok.ent_type_ == "PERSON" or any(c.ent_type_ == "PERSON" and c.dep_ == "appos" for c in tok.children)
    )


def _reported_statement(host: Cue, inner: Cue, lex: ExtractLexicon) -> bool:
    """'Keita also urged Lisbon to release the sailors, the ministry said', 'Lina Haddad said A, the
    state-run Petra news agency reported', 'Pelosi voiced concern about …, presidential spokesman X
    said': a trailing attribution by a relay (a body, an outlet, a spokesperson) whose whole content is
    what a named person, or the principal a spokesperson speaks for ("the minister stressed …"), said
    or did reports it; that person is the source, the relay only carries the words. A person giving
    their own account keeps it ("Kyiv has warned that …, Zelensky said"), and so does a relay that
    leads with its account ("The ministry said X urged …", "Spokesman X said the minister stressed …":
    most readers, and most of our annotators, take that as the relay's statement)."""
    if inner.kind != "indirect" or host.kind != "indirect" or not host.speech:
        return False
    spokesperson = _named_person(host.speaker) and not _person_not_spokesperson(host.speaker, lex)
    if _named_person(host.speaker) and not spokesperson:
        return False  # "Kyiv has warned that …, Zelensky said": a person's own account
    if spokesperson:  # a person the spokesperson speaks of (a state's position stays the spokesperson's words)
        if not ((_named_speaker(inner, lex) and _named_person(inner.speaker)) or _principal_by_title(inner, lex)):
            return False
    elif not (_named_speaker(inner, lex) or _shared_titled_subject(inner, lex) or _titled_subject(inner, lex)):
        return False
    verb = inner.anchor
    if host.anchor.i < verb.i:
        return False
    clause = verb
    if _joined_to_a_report(host, verb, lex):
        # "X refrained from naming anyone but said Y, Euronews reported": the outlet reports the clause
        # whose second verb says what X said; X (the clause's subject) is the source
        clause = verb.head
    if clause.head.i == host.anchor.i:
        if clause.dep_ not in ("ccomp", "parataxis"):
            return False
    elif not (host.anchor.head.i == verb.i and host.anchor.dep_ == "parataxis"):
        return False
    content = [t for t in host.tokens if t != verb.i and not verb.doc[t].is_punct]
    return all(verb.doc[t] in clause.subtree for t in content) or not content


def _titled_subject(cue: Cue, lex: ExtractLexicon) -> bool:
    """ "the Armenian diplomat expressed the hope …, the ministry informed X": the cue's own subject is
    one person named by a state's title (`_titled_person`)."""
    subj = cue.speaker
    return subj is not None and subj.head.i == cue.anchor.i and subj.dep_ == "nsubj" and _titled_person(subj, lex)


def _principal_by_title(cue: Cue, lex: ExtractLexicon) -> bool:
    """ "the secretary underscored …", "the foreign minister stressed …": the cue's subject is a person
    named by a title alone, as a spokesperson names the principal they speak for."""
    subj = cue.speaker
    if subj is None or subj.head.i != cue.anchor.i or subj.dep_ != "nsubj" or subj.tag_ != "NN":
        return False
    return subj.lemma_.lower() in lex.speakers.person_titles and any(
        c.dep_ == "det" and c.lower_ == "the" for c in subj.children
    )


def _titled_person(subj: Token, lex: ExtractLexicon) -> bool:
    """ "The Emirati foreign minister", "Kenya's president", "The minister of Foreign Affairs, Ahmed
    Attaf,": one person named by a title of a state or by name in apposition, who can hold a call or
    a meeting ("a minister" is no one in particular)."""
    if subj.pos_ != "NOUN" or subj.tag_ != "NN" or subj.lemma_.lower() not in lex.speakers.person_titles:
        return False
    kids = list(subj.children)
    definite = any(c.dep_ == "det" and c.lower_ == "the" for c in kids) or any(c.dep_ == "poss" for c in kids)
    placed = any(t.ent_type_ in ("NORP", "GPE") for t in subj.subtree if t.i < subj.i)
    named = any(c.dep_ == "appos" and c.pos_ == "PROPN" and c.ent_type_ == "PERSON" for c in kids)
    return definite and (placed or named)


def _names_a_person(subj: Token, lex: ExtractLexicon) -> bool:
    """'Kagame', 'Mensah', 'Crown Prince and Prime Minister Mohammed bin Salman' (the parser heads the
    phrase with the title, outside the name's entity)."""
    if subj.ent_type_ in ("PERSON", ""):  # the small model leaves many names untagged ("Mensah")
        return True
    if subj.ent_type_ == "NORP" and subj.tag_ == "NNP":  # ... or takes a surname for a nationality ("Albanese")
        return True
    return subj.lemma_.lower() in lex.speakers.person_titles and any(
        t.ent_type_ == "PERSON" for t in subj.subtree if t.i != subj.i
    )


def _split_off(host: Cue, inner: Cue, lex: ExtractLexicon) -> bool:
    """'X said A, before Y pointed to B': a cue whose own subject follows a
    subordinator (before, after, when, whereas ...) inside another cue's
    content is a statement of its own; the host's content is cut there.
    Returns False when `inner` is really part of the host's content
    ("X said Y stressed Z")."""
    verb = inner.anchor
    if inner.kind == "indirect" and verb.pos_ == "NOUN" and verb.lemma_.lower() in lex.verb_frames.said_nouns.nouns:
        return True  # "denied accusations by X that …": X's accusation is a statement of its own
    if inner.kind == "contact" and verb.pos_ == "NOUN" and _held_before(verb, lex):
        return True  # "The militants said they will free …, following three days of talks with the mediators"
    if inner.kind == "contact" and host.kind != "contact" and verb.dep_ == "relcl" and verb.left_edge.i > 0:
        # (not "received a call from X, during which the two leaders went over …": the same contact)
        if verb.doc[verb.left_edge.i - 1].text == "," and any(
            c.dep_ == "dobj" and c.lower_ in lex.pronouns.relative for c in verb.children
        ):
            # "…, which Kim and Putin signed in June": background told in passing is a contact of its own
            _without(host, {t.i for t in verb.subtree})
            return True
    if (
        host.kind == "contact"
        and inner.kind == "indirect"
        and verb.dep_ == "relcl"
        and verb.left_edge.i > 0
        and verb.doc[verb.left_edge.i - 1].text == ","
    ):
        # "X met Y, who said …": what the person met said is a statement of their own, no part of the contact
        _without(host, {t.i for t in verb.subtree})
        return True
    subj = next((c for c in inner.anchor.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.left_edge.i == 0:
        return False
    if _named_relative(host, inner, subj, lex):
        return True  # "… stopped short of the suspension Pretoria had asked for": Pretoria's request
    doc = subj.doc
    prev = doc[subj.left_edge.i - 1]
    if prev.lower_ not in lex.verb_frames.subordinators or inner.lemma in lex.reporting_verbs.event:
        return False
    if host.speech and _inside_the_words(host, prev):
        return False
    if lex.pronouns.personal.get(subj.lower_) == "thing" and host.speech:
        return False  # "said it voted for the text because it called for …": what the text says, in the words
    _cut(host, prev.i)
    return True


def _inside_the_words(host: Cue, subordinator: Token) -> bool:
    """The subordinate clause is part of what the verb of saying reports: it opens the words ("told the
    ABC that while the government had decided A, he had ordered B"), or stands before a trailing
    attribution ("A, while the US has committed to B, the president said"); one after a trailing
    attribution ("A, the presidency said, after X hosted Y") is no part of them."""
    doc = subordinator.doc
    words = [t for t in host.tokens if t != host.anchor.i and not doc[t].is_punct and doc[t].dep_ != "mark"]
    if not words:
        return False
    if min(words) < host.anchor.i:  # a trailing attribution
        return subordinator.i < host.anchor.i
    return not any(host.anchor.i < t < subordinator.i for t in words)


def _named_relative(host: Cue, inner: Cue, subj: Token, lex: ExtractLexicon) -> bool:
    """A relative clause without a relative pronoun inside another cue's content, whose own subject is a
    name other than the host's speaker ('the immediate suspension of operations Pretoria had asked for',
    'the plan Moscow proposed'), when the host is an act (not a verb of saying, whose content is all the
    speaker's words): what that party asked or proposed is a statement of its own."""
    if inner.kind != "indirect" or host.speech or inner.anchor.dep_ != "relcl" or subj.pos_ != "PROPN":
        return False  # inside what a verb of saying reports, a relative clause is the speaker's own words
    if any(t.lower_ in lex.pronouns.relative for t in inner.anchor.subtree if t.i < subj.i):
        return False  # "…, which Borrell also confirmed": a remark in passing, often inside someone's words
    speaker = host.speaker
    return speaker is not None and subj.lower_ != speaker.lower_ and subj not in list(speaker.subtree)


def _held_before(noun: Token, lex: ExtractLexicon) -> bool:
    """A contact noun after a preposition of what already took place ('following talks with X')."""
    node = noun
    while node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.pos_ in ("NOUN", "NUM"):
        node = node.head.head
    return node.dep_ == "pobj" and node.head.lower_ in lex.contacts.noun_frame.realis_preps - {"in", "at"}


def _without(cue: Cue, gone: set[int]) -> None:
    """The cue's content without the given tokens (an "according to X" it no longer needs)."""
    from .reported import span_of

    doc = cue.anchor.doc
    keep = [doc[i] for i in sorted(cue.tokens) if i not in gone]
    if keep and len(keep) < len(cue.tokens):
        cue.start, cue.end = span_of(keep, cue.anchor)
        cue.tokens = frozenset(t.i for t in keep)


def _cut(host: Cue, at: int) -> None:
    """Drop the host's content from token `at` on (or up to it, when the
    clause comes first)."""
    from .reported import span_of

    doc = host.anchor.doc
    after = [doc[i] for i in sorted(host.tokens) if i < at]
    keep = after if (after and host.anchor.i < at) else [doc[i] for i in sorted(host.tokens) if i > at]
    if keep:
        host.start, host.end = span_of(keep, host.anchor)
        host.tokens = frozenset(t.i for t in keep)


class _Drafts:
    """The drafts of one article in creation order, with their content spans sorted for look-ups."""

    def __init__(self, drafts: list[Draft]):
        self.drafts: list[Draft] = []
        self.starts: list[tuple[int, int]] = []  # (start, position in `drafts`), sorted
        self.longest = 0
        self.colon_idx: list[int] = []  # anchor offsets of the cues that end with a colon, in order
        self.colon: list[Draft] = []
        for d in drafts:
            self.append(d)
            if d.cue.wants_quote:
                self.colon_idx.append(d.cue.anchor.idx)
                self.colon.append(d)

    def append(self, d: Draft) -> None:
        insort(self.starts, (d.start, len(self.drafts)))
        self.drafts.append(d)
        self.longest = max(self.longest, d.end - d.start)

    def host(self, q: Quote) -> Draft | None:
        """The first draft (in creation order) whose content already holds most of this quotation."""
        lo = bisect_left(self.starts, (q.start - self.longest, -1))
        hi = bisect_left(self.starts, (q.end, -1))
        best = None
        for _, n in self.starts[lo:hi]:
            d = self.drafts[n]
            ov = min(d.end, q.end) - max(d.start, q.start)
            if ov > 0 and ov >= (q.end - q.start) // 2 and (best is None or n < best):
                best = n
        return None if best is None else self.drafts[best]

    def last_colon_before(self, pos: int) -> Draft | None:
        """The last draft ending with a colon whose cue comes before `pos`."""
        n = bisect_left(self.colon_idx, pos)
        return self.colon[n - 1] if n else None


def _token_at(doc: Doc, pos: int) -> int:
    return token_at(doc, pos)


def _after(doc: Doc, q: Quote, by_anchor: dict[int, Draft], qidx: QuoteIndex) -> Draft | None:
    """'"...," X said.' / '"...," said X.': a cue right after the closing mark."""
    i = _token_at(doc, q.end)
    for t in doc[i : i + 25]:
        if t.idx >= q.end and qidx.contains(t.idx):
            return None
        d = by_anchor.get(t.i)
        if d is not None and t.idx >= q.end and d.cue.kind == "indirect":
            inside = d.start >= q.start - 2 and d.end <= q.end + 2
            # "– A. B – X said at …": the parser gave the verb the quotation's last sentence
            tail = q.start - 2 <= d.start < q.end
            if _ends_sentence(doc, q) and d.start >= q.end and d.end - d.start >= 40:
                return None  # '“… a heavy price.” Ankara replied that …': a new sentence with words of its own
            return d if inside or tail or (d.end - d.start) < 40 or d.start >= q.end else None
        if t.idx > q.end and t.text in (".", "!", "?") or "\n" in t.text:
            return None
    return None


def _ends_sentence(doc: Doc, q: Quote) -> bool:
    """The quotation closes with a full stop inside its marks ('“… a heavy price.”'): what follows
    is a new sentence, not its attribution (which follows a comma: '“…,” X said')."""
    return doc_text(doc)[q.start : q.end].rstrip(" ”\"»’'").endswith(".")


def _before(doc: Doc, q: Quote, by_anchor: dict[int, Draft], qidx: QuoteIndex) -> Draft | None:
    """'X said: "..."' / 'X urged Y "..."': the nearest cue before the opening mark
    in the same sentence, whose content does not already run past the quote."""
    i = _token_at(doc, q.start - 1)
    sent_start = sent_of(doc[i]).start
    for j in range(i, sent_start - 1, -1):
        t = doc[j]
        if t.idx < q.start - 1 and qidx.contains(t.idx):
            return None
        d = by_anchor.get(j)
        if d is not None and d.cue.kind == "indirect":
            # 'he said: "A. B."': the parser may give the verb the quotation's first sentence
            inside = d.cue.anchor.idx < q.start and d.start >= q.start - 2 and d.end <= q.end + 2
            return d if d.end <= q.start + 1 or inside else None
    return None


def _colon(doc: Doc, q: Quote, index: _Drafts) -> Draft | None:
    """'..., the president replied:' at the end of the previous sentence."""
    d = index.last_colon_before(q.start)
    if d is None:
        return None
    gap = doc_text(doc)[sent_of(d.cue.anchor).end_char : q.start]
    return d if not gap.strip(" \n–—-“\"«„") and not d.quotes else None


def _continuation(doc: Doc, q: Quote, drafts: list[Draft]) -> Draft | None:
    """'"A," he said. "B."': a quote opening a sentence continues the previous
    quotation when only its attribution stands between them."""
    text = doc_text(doc)
    j = q.start  # the text before the quote, without the marks and spaces that open it
    while j > 0 and text[j - 1] in " “\"«„–—-":
        j -= 1
    if j > 0 and text[j - 1] not in ".!?:\n”\"»":
        return None  # not at the start of a sentence
    before = [d for d in drafts if d.end <= q.start and d.quotes]
    if not before:
        return None
    d = max(before, key=lambda x: x.end)
    last_q = max(x.end for x in d.quotes)
    gap = text[last_q : q.start]
    later = [x for x in drafts if last_q <= x.cue.anchor.idx < q.start and x is not d]
    if later or len(gap) > 200 or gap.count("\n") > 2:
        return None
    attributed_here = last_q <= d.cue.anchor.idx < q.start
    return d if attributed_here or not gap.strip(" \n,.;:”\"»’–—-“«„") else None


def _opens_paragraph(text: str, q: Quote) -> bool:
    """The quotation is the first thing of its paragraph (its opening marks aside)."""
    j = q.start
    while j > 0 and text[j - 1] in " “\"«„":
        j -= 1
    return j == 0 or text[j - 1] == "\n"


def _last_before(drafts: list[Draft], pos: int) -> Draft | None:
    """The draft that ends last before `pos`, if any."""
    return max((d for d in drafts if d.end <= pos), key=lambda x: x.end, default=None)


def _announced(doc: Doc, q: Quote, drafts: list[Draft], lex: ExtractLexicon) -> Draft | None:
    """'In her opening address, X reflected on the year.\n\n"We meet today …"': a quotation opening
    the paragraph right after a sentence that introduced a speech (an account cue on an address, a
    speech, remarks) without quoting it is that speech's words."""
    text = doc_text(doc)
    if not _opens_paragraph(text, q):
        return None
    d = _last_before(drafts, q.start)
    if d is None:
        return None
    account = lex.verb_frames.account
    preposition, _, noun = d.cue.lemma.partition(" ")
    if d.quotes or d.cue.kind != "indirect" or preposition != account.preposition:
        return None
    if noun not in lex.speakers.account_nouns or noun in account.opinion_nouns:
        return None
    sent = sent_of(d.cue.anchor)
    return d if not text[sent.end_char : q.start].strip(" \n“\"«„") else None


def _labelled(doc: Doc, q: Quote, index: _Drafts, lex: ExtractLexicon) -> Draft | None:
    """'Quote: "We will not …"' opening a paragraph (a house style of some outlets): the quotation
    is a statement of its own, by the speaker of the statement just before it."""
    text = doc_text(doc)
    line_start = text.rfind("\n", 0, q.start) + 1
    label = text[line_start : q.start].strip(" “\"«„").rstrip(":").strip().lower()
    if (
        not label
        or label not in lex.quotes.quote_labels
        or not text[line_start : q.start].rstrip(" “\"«„").endswith(":")
    ):
        return None
    last = _last_before(index.drafts, q.start)
    if last is None:
        return None
    if paragraph_breaks(text, last.end, q.start) > 1:
        return None  # the speaker reported in the paragraph just before, no further back
    d = Draft(last.cue, q.start, q.end)
    index.append(d)
    return d


def _quote_paragraph_after_report(doc: Doc, q: Quote, index: _Drafts) -> Draft | None:
    """'X reiterated the need to conclude the talks.\n\n"We affirm the need …"': a paragraph that is
    nothing but a quotation, with no attribution of its own, right after a paragraph whose last
    statement reports someone's words, is that speaker's next statement (the convention of news
    copy: a quote that names nobody continues the source just reported)."""
    text = doc_text(doc)
    if not _opens_paragraph(text, q):
        return None
    line_end = text.find("\n", q.end)
    rest = text[q.end : len(text) if line_end < 0 else line_end]
    if rest.strip(" .,;”\"»’"):
        return None  # the paragraph goes on after the quotation: it is not a bare quote
    last = _last_before(index.drafts, q.start)
    if last is None:
        return None
    if last.quotes or last.cue.kind != "indirect" or last.cue.speaker is None:
        return None  # a quotation before is continued by `_continuation`, or not at all
    if paragraph_breaks(text, last.end, q.start) != 1:
        return None
    d = Draft(last.cue, q.start, q.end)
    index.append(d)
    return d


def _surface_after(
    doc: Doc, q: Quote, index: _Drafts, by_anchor: dict[int, Draft], lex: ExtractLexicon
) -> Draft | None:
    """A post-quote attribution the parser missed: make a new draft for it."""
    cue = post_quote_cue(doc, q.end, _token_at(doc, q.end), lex)
    if cue is None or cue.anchor.i in by_anchor:
        return None
    d = Draft(cue, q.start, q.end)
    index.append(d)
    by_anchor[cue.anchor.i] = d
    return d


def link_quotes(doc: Doc, quotes: list[Quote], cues: list[Cue], qidx: QuoteIndex, lex: ExtractLexicon) -> list[Draft]:
    drafts = [Draft(c, c.start, c.end) for c in cues]
    by_anchor = {d.cue.anchor.i: d for d in drafts}
    index = _Drafts(drafts)
    drafts = index.drafts  # the same drafts; `_surface_after` adds to it
    text = doc_text(doc)
    for q in quotes:
        check_deadline()
        d = index.host(q)
        if d is None and is_fragment(text, q, lex):
            continue
        d = d or _after(doc, q, by_anchor, qidx) or _before(doc, q, by_anchor, qidx) or _colon(doc, q, index)
        if d is None:
            d = _surface_after(doc, q, index, by_anchor, lex)
        if d is None:
            d = _labelled(doc, q, index, lex)
            if d is None:
                d = _continuation(doc, q, drafts) or _announced(doc, q, drafts, lex)
                if d is not None:
                    d.continued = True
                else:
                    d = _quote_paragraph_after_report(doc, q, index)
                    if d is None:
                        continue
        d.quotes.append(q)
    return drafts
