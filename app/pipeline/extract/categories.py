"""CAMEO category of a statement, from its cue and a few content words.

Coarse by design: the cue verb decides the family (appeal, reject, criticise,
consult ...), and words in the content refine it (an appeal for restraint is
an appeal for de-escalation; "concern" makes a statement pessimistic).
"""

from __future__ import annotations

import re

CATEGORY_LABELS = {
    "010": "Make statement",
    "012": "Make pessimistic comment",
    "013": "Make optimistic comment",
    "020": "Make an appeal or request",
    "0256": "Appeal for de-escalation of military engagement",
    "036": "Express intent to meet or negotiate",
    "040": "Consult",
    "041": "Discuss by telephone",
    "051": "Praise or endorse",
    "100": "Demand",
    "111": "Criticize or denounce",
    "120": "Reject",
    "130": "Threaten",
}

_BY_LEMMA = {
    "urge": "020",
    "appeal": "020",
    "call": "020",
    "request": "020",
    "invite": "020",
    "encourage": "020",
    "recommend": "020",
    "propose": "020",
    "ask": "020",
    "advise": "020",
    "demand": "100",
    "insist": "100",
    "welcome": "051",
    "praise": "051",
    "hail": "051",
    "applaud": "051",
    "commend": "051",
    "congratulate": "051",
    "thank": "051",
    "condemn": "111",
    "denounce": "111",
    "criticise": "111",
    "criticize": "111",
    "accuse": "111",
    "blame": "111",
    "deplore": "111",
    "slam": "111",
    "decry": "111",
    "brand": "111",
    "reject": "120",
    "deny": "120",
    "refuse": "120",
    "dismiss": "120",
    "object": "120",
    "warn": "130",
    "threaten": "130",
    "caution": "130",
    "regret": "012",
    "lament": "012",
    "promise": "013",
    "pledge": "013",
    "vow": "013",
    "assure": "013",
    "reassure": "013",
}
_DEESCALATE = re.compile(
    r"\b(restraint|ceasefire|cease-fire|de-?escalat\w*|end (to )?(the )?(hostilities|fighting|"
    r"military operations|violence)|refrain from|stop (the )?fighting)\b",
    re.I,
)
_PESSIMISTIC = re.compile(
    r"\b(concern(ed)?|worr(y|ied)|alarm(ed)?|regret|disappoint\w*|deplor\w*|"
    r"dismay|deteriorat\w*)\b",
    re.I,
)
_OPTIMISTIC = re.compile(r"\b(optimis\w*|hope(ful)?|progress|confident|breakthrough|welcome)\b", re.I)
_INTENT_MEET = re.compile(
    r"\b(open to (dialogue|talks|negotiat\w*)|willing to (negotiate|meet|talk)|"
    r"ready (to|for) (talks|negotiat\w*|dialogue)|will meet|negotiated path)\b",
    re.I,
)
_PHONE = re.compile(r"\b(phone|telephone|call)\b", re.I)


def categorise(kind: str, lemma: str, content: str) -> tuple[str, str]:
    """(CAMEO code, label) for one statement."""
    if kind == "contact":
        code = "041" if _PHONE.search(content) or lemma == "phone" else "040"
    else:
        code = _BY_LEMMA.get(lemma, "010")
        if code == "020" and _DEESCALATE.search(content):
            code = "0256"
        elif code == "010":
            code = _refine(content)
    return code, CATEGORY_LABELS[code]


def _refine(content: str) -> str:
    if _DEESCALATE.search(content) and re.search(r"\b(call|urge|appeal)", content, re.I):
        return "0256"
    if _INTENT_MEET.search(content):
        return "036"
    if _PESSIMISTIC.search(content):
        return "012"
    if _OPTIMISTIC.search(content):
        return "013"
    return "010"
