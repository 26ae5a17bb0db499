"""Who said it: speaker mentions resolved across sentences and paragraphs.

Pronouns ("he added"), bare titles ("the spokesperson said", "the Serbian
president replied"), documents ("the statement described") and groups ("the
two met") are mapped to an earlier speaker kept in a `SpeakerHistory`; the
mention reported for them is the antecedent's, as the guidelines ask.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Token

from app.pipeline.types import ResolvedActor

from .actors import ActorLookup
from .lexicon import INSTITUTION_NOUNS, RELATIVE_PRONOUNS
from .mentions import Mention, mention_from


@dataclass
class Speaker:
    mention: Mention  # the mention the statement is attributed to
    actor: ResolvedActor
    how: str  # "name", "pronoun", "title", "document", "group"

    @property
    def person(self) -> bool:
        return self.actor.kind == "person" if self.actor.known else self.mention.person


@dataclass
class SpeakerHistory:
    """Speakers met so far in the article, most recent last."""

    entries: list[Speaker] = field(default_factory=list)

    def add(self, sp: Speaker) -> None:
        self.entries.append(sp)

    def last(self, pred=lambda s: True) -> Speaker | None:
        for sp in reversed(self.entries):
            if pred(sp):
                return sp
        return None


def _country_words(head: Token) -> list[str]:
    """Country words in a title phrase ("Serbian", "U.S.", "Ethiopia's")."""
    return [t.text for t in head.subtree if t.ent_type_ in ("NORP", "GPE") and t.i < head.i]


def _compatible(sp: Speaker, words: list[str]) -> bool:
    text = sp.mention.text.lower()
    return all(w.lower()[:5] in text for w in words)


def _by_title(head: Token, history: SpeakerHistory) -> Speaker | None:
    """'the Serbian president' → the last speaker whose mention has that title,
    else the last person speaker; 'the Commission' → the last body speaker."""
    words = _country_words(head)
    noun = head.lemma_.lower()
    if noun in INSTITUTION_NOUNS:
        return history.last(lambda s: not s.person and _compatible(s, words))
    titled = history.last(lambda s: s.person and noun in s.mention.text.lower() and _compatible(s, words))
    return titled or history.last(lambda s: s.person and _compatible(s, words))


def _by_group(head: Token, history: SpeakerHistory) -> Speaker | None:
    """'the two met': the first of the two people named just before."""
    persons = [e for e in head.sent.ents if e.label_ == "PERSON" and e.end <= head.i]
    if len(persons) >= 2:
        return None  # handled by the caller from the entities
    people = [s for s in history.entries if s.person]
    return people[-2] if len(people) >= 2 else None


def _document_owner(head: Token) -> Token | None:
    """'a statement from X', 'the statement by X', "X's statement": X."""
    for c in head.children:
        if c.dep_ == "poss":
            return c
        if c.dep_ == "prep" and c.lower_ in ("from", "by", "of"):
            pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
            if pobj is not None:
                return pobj
    return None


class Attributor:
    """Resolves cue speakers in reading order for one article."""

    def __init__(self, lookup: ActorLookup):
        self.lookup = lookup
        self.history = SpeakerHistory()
        self.local: dict[int, Speaker] = {}

    def named(self, head: Token, how: str = "name") -> Speaker:
        m = mention_from(head)
        return Speaker(m, self.lookup.actor(m), how)

    def resolve(self, head: Token) -> Speaker | None:
        """Speaker for a subject head token, or None when it cannot be told."""
        low = head.lower_
        if low in RELATIVE_PRONOUNS and head.head.dep_ == "relcl":
            head = head.head.head
        m = mention_from(head)
        if m.form == "name":
            return self.named(head)
        if m.form == "pronoun":
            sp = self._by_pronoun(head)
            return Speaker(sp.mention, sp.actor, "pronoun") if sp else None
        if m.form == "document":
            owner = _document_owner(head)
            if owner is not None:
                return self.resolve(owner)
            sp = self.history.last()
            return Speaker(sp.mention, sp.actor, "document") if sp else None
        if m.form == "group":
            return self._group(head)
        sp = _by_title(head, self.history)
        if sp is not None and not m.plural:
            return Speaker(sp.mention, sp.actor, "title")
        return Speaker(m, self.lookup.actor(m), "title")

    def _group(self, head: Token) -> Speaker | None:
        persons = [e for e in head.sent.ents if e.label_ == "PERSON" and e.end <= head.i]
        if len(persons) >= 2:
            first = persons[-2]
            return self.named(first.root, "group")
        sp = _by_group(head, self.history)
        return Speaker(sp.mention, sp.actor, "group") if sp else None

    def _by_pronoun(self, head: Token) -> Speaker | None:
        low = head.lower_
        if low in ("he", "she"):
            return self._sentence_subject(head) or self.history.last()
        if low == "it":
            return self.history.last(lambda s: not s.person) or self.history.last()
        if low in ("they", "we"):
            return self.history.last(lambda s: s.mention.plural or not s.person)
        return None

    def _sentence_subject(self, head: Token) -> Speaker | None:
        """A pronoun in a subordinate clause refers to the main clause's subject
        when that is a named person ("Vučić ..., where he had spent hours ...")."""
        root = head.sent.root
        if head.head.i == root.i:
            return None
        subj = next((c for c in root.children if c.dep_ == "nsubj" and c.i < head.i), None)
        if subj is None or subj.pos_ != "PROPN" or subj.ent_type_ != "PERSON":
            return None
        return self.local.get(subj.i) or self.named(subj)

    def remember(self, head: Token, sp: Speaker) -> None:
        """Record a speaker so that later pronouns and titles can refer to it."""
        self.history.add(sp)
        if sp.how == "name":
            self.local[head.i] = sp
