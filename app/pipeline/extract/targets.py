"""Who a statement addresses or a contact involves: ISO codes or actor slugs."""

from __future__ import annotations

from .actors import ActorLookup
from .context import Countries
from .mentions import mention_from


def _find_countries(text: str, countries: Countries | None) -> list[str]:
    if countries is None:
        return []
    return [code for _, _, code in countries.find_countries(text)]


def targets_for(draft, content: str, speaker, lookup: ActorLookup, countries: Countries | None) -> list[str]:
    """Contacts: the counterparts; other statements: countries named in the content."""
    out: list[str] = []
    for tok in draft.cue.targets:
        actor = lookup.actor(mention_from(tok, lookup.lex, with_conj=False), speaker=False)
        out.append(actor.slug if actor.known else actor.name)
    for code in _find_countries(content, countries):
        if code != speaker.actor.country:
            out.append(code)
    seen: set[str] = set()
    return [t for t in out if not (t in seen or seen.add(t))]
