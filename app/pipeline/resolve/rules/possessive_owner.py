"""Rule: "Pashinyan's office" is his office (the body of his post), "the Trump
administration" or "Orban's government" the person's state."""

from __future__ import annotations

import re

from app.pipeline.types import ResolvedActor

from ..context import ArticleContext, Mention
from ..normalize import norm


def possessive_owner(m: Mention, ctx: ArticleContext) -> ResolvedActor | None:
    words = ctx.lexicon.institutions
    found = re.match(words.possessive_owner, m.raw) or re.match(words.owner_admin, m.raw)
    if not found or ctx.places.state(norm(found.group("owner"))) is not None:
        return None  # "Montenegro's government" is the state's, whoever is surnamed Montenegro
    owner = ctx.reader.strip_honorifics(found.group("owner"))  # "Mr Coveney's spokesman"
    person = ctx.person_by_name(owner)
    if person is None:
        # "President Cyril Ramaphosa's office": a person introduced in full with a title speaks
        # through the office; readers (and annotators) take the words as the person's own
        name, title = ctx.reader.split_name(owner)
        person = ctx.person_by_name(name) if name and title else None
        return person if person is not None and person.kind == "person" else None
    if person is None or person.kind != "person":
        return None
    registry = ctx.registry
    actor = registry.get(person.slug)
    state = registry.state_of(actor) if actor else registry.state_for_code(person.country)
    what = found.group("what").lower()
    if what in words.owner_staff and actor:
        for role in registry.active_roles(actor, ctx.published):
            itype = words.fallback.get(role.role)
            st = registry.get(registry.role_state(actor.slug, role) or "")
            inst = registry.institution(st.slug, itype) if (st and itype) else None
            if inst is not None:
                return inst.resolved()
    return state.resolved() if state else None
