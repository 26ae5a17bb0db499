"""Who a statement addresses or a contact involves: ISO codes or actor slugs."""

from __future__ import annotations

import importlib.util

from .actors import ActorLookup, resolver_available
from .mentions import mention_from


def _find_countries(text: str) -> list[str]:
    if not resolver_available() or importlib.util.find_spec("app.pipeline.resolve.countries") is None:
        return []
    from .actors import shared_resolver

    return [code for _, _, code in shared_resolver().countries.find_countries(text)]


def targets_for(draft, content: str, speaker, lookup: ActorLookup) -> list[str]:
    """Contacts: the counterparts; other statements: countries named in the content."""
    out: list[str] = []
    for tok in draft.cue.targets:
        actor = lookup.actor(mention_from(tok, with_conj=False))
        out.append(actor.slug if actor.known else actor.name)
    for code in _find_countries(content):
        if code != speaker.actor.country:
            out.append(code)
    seen: set[str] = set()
    return [t for t in out if not (t in seen or seen.add(t))]
