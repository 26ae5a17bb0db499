"""CAMEO category of a statement, from its cue and a few content words.

Coarse by design: the cue verb decides the family (appeal, reject, criticise,
consult ...), and words in the content refine it (an appeal for restraint is
an appeal for de-escalation; "concern" makes a statement pessimistic). The
codes, the verb of each code and the refining patterns are the language
pack's (`cameo.yaml`, `reporting_verbs.yaml`).
"""

from __future__ import annotations

from app.lang.extract_schema import ExtractLexicon


def categorise(kind: str, lemma: str, content: str, lex: ExtractLexicon, obj: str | None = None) -> tuple[str, str]:
    """(CAMEO code, label) for one statement; `obj` is the verb's object where its row
    names a code for it ("issued a warning": threaten, "lodged a protest": criticise)."""
    cameo = lex.cameo
    if kind == "contact":
        phone = cameo.compiled[cameo.contact.phone_pattern].search(content) or lemma in cameo.contact.phone_lemmas
        code = cameo.contact.phone if phone else cameo.contact.lemmas.get(lemma, cameo.contact.default)
    else:
        row = lex.reporting_verbs.by_lemma.get(lemma)
        by_object = row.objects.get(obj) if row is not None and obj is not None else None
        code = by_object or lex.reporting_verbs.cameo.get(lemma, cameo.default)
        for rule in cameo.refinements:
            if rule.from_code == code and all(cameo.compiled[p].search(content) for p in rule.all):
                code = rule.to
                break
    return code, cameo.labels[code]
