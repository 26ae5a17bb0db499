"""Word lists the rules are built on: reporting verbs, contact verbs, titles.

Kept apart from the rules so that widening coverage means editing a list, not
code. Lemmas are spaCy lemmas (lower case).
"""

from __future__ import annotations

import re

# Verbs whose complement is what was said: the statement is the complement
# clause, not the verb ("X said [that ...]").
SPEECH_VERBS = frozenset(
    """
say tell state add note stress announce claim declare insist explain reply respond
answer write tweet post argue assert affirm confirm report indicate suggest reiterate
restate repeat emphasise emphasize underline underscore signal acknowledge admit concede
predict assure reassure recall remark observe comment ask inform warn object contend
maintain testify reveal disclose allege
""".split()
)

# Verbs that are themselves the communicative act: the statement starts at the
# verb ("X [rejected the offer]", "X [called on Y to ...]").
ACT_VERBS = frozenset(
    """
urge appeal demand propose promise pledge vow threaten deny reject refuse accuse blame
criticise criticize condemn denounce welcome praise hail express voice describe brand
dismiss defend regret deplore undertake commit request protest agree call point
lament applaud commend congratulate thank caution slam decry question challenge
rule warn recommend advise invite encourage offer
""".split()
)

REPORTING_VERBS = SPEECH_VERBS | ACT_VERBS

# Verbs that only count with a particular complement (checked in reported.py).
NEEDS_PARTICLE = {"point": {"to", "out"}, "rule": {"out"}}
# "call" counts with on/for or with a complement ("called it 'absurd'").
CALL_PREPS = {"on", "for", "upon"}
# "express"/"voice" need an object such as concern, regret, hope.
NEEDS_OBJECT = frozenset({"express", "voice", "offer"})
# Verbs that address someone with a request: a "to"-infinitive after the
# addressee is what was asked ("called on both sides to show restraint"), even
# where the parser reads it as a purpose clause.
DIRECTIVE_VERBS = frozenset(
    {
        "call",
        "urge",
        "ask",
        "appeal",
        "press",
        "encourage",
        "invite",
        "exhort",
        "implore",
        "tell",
        "warn",
        "advise",
        "request",
        "demand",
        "instruct",
        "order",
    }
)
# Verbs that need a clause or a quote as content, else they report nothing
# ("what the minister had told diplomats").
NEEDS_CLAUSE = frozenset(
    {"say", "tell", "add", "state", "inform", "agree", "commit", "undertake", "observe", "maintain"}
)
# Of those, verbs whose object alone is never what was said, however long it is
# ("the office observes elections across the region", "states that maintain ties with Taipei").
CLAUSE_ONLY = frozenset({"observe", "maintain"})

# Participles that extend the statement they hang on ("..., adding that ...").
PARTICIPLE_LINKERS = frozenset(
    {
        "add",
        "say",
        "note",
        "stress",
        "insist",
        "explain",
        "underline",
        "describe",
        "declare",
        "warn",
        "argue",
        "emphasise",
        "emphasize",
    }
)
# Attached to another cue these only name the topic ("said, commenting on ...").
TOPIC_ONLY_PARTICIPLES = frozenset({"comment", "respond", "reply", "refer", "speak"})

# Heads of xcomp chains that pass their subject to a cue ("went on TV to explain").
RAISING_HEADS = frozenset(
    {"go", "keep", "continue", "take", "use", "move", "rush", "hasten", "seek", "try", "side", "join"}
)

# Contacts: a diplomatic exchange between named parties.
# Speaking to these is addressing an audience, not a diplomatic contact ("speaking to reporters").
AUDIENCE_NOUNS = frozenset(
    {
        "reporter",
        "journalist",
        "press",
        "media",
        "correspondent",
        "newsman",
        "audience",
        "crowd",
        "supporter",
        "student",
        "viewer",
        "reader",
        "broadcaster",
        "newspaper",
    }
)
CONTACT_VERBS = frozenset({"meet", "talk", "speak", "negotiate", "discuss", "confer", "phone", "call"})
CONTACT_NOUNS = frozenset(
    """
talks talk call conversation meeting meetings phone telephone consultations consultation
discussions discussion negotiations negotiation dialogue exchange
""".split()
)
CONTACT_LIGHT_VERBS = frozenset({"hold", "have", "conduct"})

# Planned, cancelled or hoped-for events are not statements.
IRREALIS_HEADS = frozenset(
    """
plan schedule due set expect hope want wish intend aim seek try cancel postpone
scrap delay fail refuse decline need like prepare
""".split()
)
MODALS = frozenset({"will", "would", "shall", "should", "could", "might", "may", "'ll", "wo", "ca"})

# Nouns that can head a speaker phrase without a proper name.
PERSON_TITLES = frozenset(
    """
president minister spokesman spokeswoman spokesperson secretary general commander chief
delegate diplomat envoy ambassador chancellor premier leader official officials ministers
adviser advisor negotiator representative head king queen emperor prince governor mayor
senator lawmaker lawmakers chairman chairwoman chairperson director commissioner
prosecutor judge chair deputy aide
""".split()
)
INSTITUTION_NOUNS = frozenset(
    """
ministry department government office commission council body bloc union alliance agency
administration cabinet parliament presidency embassy authority authorities army military
organisation organization group committee secretariat court delegation mission kremlin
junta coalition party service services media press session summit college
""".split()
)
COLLECTIVE_NOUNS = frozenset(
    """
country countries nation nations state states side sides source sources diplomats
observers experts analysts members partners neighbours neighbors allies leaders people
residents activists protesters groups governments capitals
""".split()
)
DOCUMENT_NOUNS = frozenset(
    """
statement dispatch communique communiqué message letter report release declaration post
note readout account remarks interview address speech briefing document memo tweet
""".split()
)
# "In his account, ..." / "In a statement, ...": attribution by a prepositional phrase.
ACCOUNT_NOUNS = frozenset(
    {
        "account",
        "statement",
        "remarks",
        "words",
        "interview",
        "message",
        "address",
        "speech",
        "letter",
        "post",
        "briefing",
        "declaration",
    }
)

PERSONAL_PRONOUNS = {
    "he": "person",
    "she": "person",
    "it": "thing",
    "they": "plural",
    "we": "plural",
    "his": "person",
    "her": "person",
    "its": "thing",
    "their": "plural",
}
RELATIVE_PRONOUNS = frozenset({"who", "which", "that", "whom"})
GROUP_WORDS = frozenset({"two", "both", "sides", "pair"})


def _forms(lemma: str) -> set[str]:
    """Crude inflections for the pre-filter regex (over-generation is harmless)."""
    stem = lemma[:-1] if lemma.endswith("e") else lemma
    out = {lemma, lemma + "s", lemma + "es", lemma + "d", lemma + "ed", stem + "ing", stem + "ed"}
    if lemma[-1] not in "aeiouyw":
        out |= {lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"}  # signalled, committed
    if lemma.endswith("y"):
        out |= {lemma[:-1] + "ies", lemma[:-1] + "ied"}
    return out


_IRREGULAR = "said says told tells spoke spoken met meets wrote written held holds had has stood".split()


def cue_pattern() -> re.Pattern[str]:
    """A regex that finds any word that could start a statement or a contact.

    Used to skip parsing paragraphs that cannot carry one."""
    words = set(_IRREGULAR) | {"according"}
    for lemma in REPORTING_VERBS | CONTACT_VERBS | {"sign", "bring"}:
        words |= _forms(lemma)
    words |= CONTACT_NOUNS
    alt = "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))
    return re.compile(rf"\b(?:{alt})\b", re.IGNORECASE)
