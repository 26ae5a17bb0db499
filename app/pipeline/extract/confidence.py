"""A statement's confidence: how sure its attribution is, read from the signals of how it was
found. The factors are data (`confidence.yaml`); editors review the low bands first, so each
kind of attribution that goes wrong more often (a pronoun's antecedent, a title, a speaker far
from the words, a group outside the registry) lowers the confidence, and a named speaker next to
plain speech stays high."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from app.lang.extract_schema import ExtractLexicon

from .attribution import Speaker

if TYPE_CHECKING:  # spaCy is imported only when the pipeline loads
    from spacy.tokens import Token


@dataclass(frozen=True)
class Signals:
    """What the confidence reads of one statement besides its speaker."""

    lemma: str  # the cue's lemma ("say", "according to")
    kind: str  # the cue's kind ("indirect", "contact", ...)
    start: int  # where the statement starts in the text
    fragment: bool = False  # the content reads as a piece of a clause
    continued: bool = False  # a quotation joined on from a later sentence
    hung: bool = False  # the cue hangs on another cue ("…, adding that …", "insisted … and urged …")
    partial: bool = False  # a direct quotation that is a piece of a sentence (it starts in lower case)


def hung_on_cue(anchor: Token, lex: ExtractLexicon) -> bool:
    """A cue verb hung on another reporting verb ("said …, adding that …"; "insisted … and urged
    Manila to …"): where the first statement ends and the second begins is often read otherwise,
    and the second is then part of the first or nobody's."""
    head = anchor.head
    return (
        head.i != anchor.i
        and anchor.dep_ in lex.confidence.hung_deps
        and head.lemma_.lower() in lex.reporting_verbs.all
    )


def cue_confidence(lemma: str, kind: str, lex: ExtractLexicon) -> float:
    """The cue's base: its verb's own confidence (reporting_verbs.yaml), else the default of a
    contact, of a speech verb (its complement is what was said: "stressed that …") or of an act
    verb, whose object is read as the statement less surely ("welcomed the deal", "urged X to")."""
    according = lex.verb_frames.according
    if lemma == according.cue:
        return according.confidence
    own = lex.reporting_verbs.confidence.get(lemma)
    if own is not None:
        return own
    if kind == "contact":
        return lex.confidence.cue["contact"]
    return lex.confidence.cue["speech" if lemma in lex.reporting_verbs.speech else "act"]


def _other_name(mention: str, name: str) -> bool:
    """A state's mention that is not its own name ("Seoul", "the Kingdom" for its state)."""
    words = mention.casefold().split()
    if words and words[0] == "the":
        words = words[1:]
    return " ".join(words) != name.casefold()


def partial_quote(kind: str, said: str) -> bool:
    """A direct quotation that starts in lower case ("mediated “to begin a process …”", "agreed on
    “an immediate ceasefire”"): a phrase quoted inside someone's paraphrase, whose span and
    speaker are read otherwise more often than a quoted sentence's."""
    if kind != "direct":
        return False
    letters = [c for c in said if c.isalpha()]
    return bool(letters) and letters[0].islower()


def confidence(sig: Signals, sp: Speaker, lex: ExtractLexicon) -> float:
    """The cue's base times the factor of each risk signal present (confidence.yaml)."""
    rules = lex.confidence
    conf = cue_confidence(sig.lemma, sig.kind, lex) * rules.how.get(sp.how, rules.other_how)
    if not sp.actor.known:
        conf *= rules.unknown_actor
        if sp.actor.kind == "group":
            conf *= rules.unnamed_group
    if sp.actor.kind == "media":
        conf *= rules.outlet
    elif sp.actor.kind in ("institution", "international_organisation"):
        conf *= rules.body
    elif sp.actor.kind == "state" and _other_name(sp.mention.text, sp.actor.name):
        conf *= rules.state_by_other_name
    if sig.fragment:
        conf *= rules.fragment
    if sig.continued:
        conf *= rules.continued
    if sig.hung:
        conf *= rules.hung
    if sig.partial:
        conf *= rules.partial_quote
    if sp.co_actors:
        conf *= rules.joint
    gap = sig.start - sp.mention.start
    if abs(gap) > rules.far_chars:
        conf *= rules.far_speaker
    elif -rules.before_chars < gap < 0:
        conf *= rules.just_before
    return conf
