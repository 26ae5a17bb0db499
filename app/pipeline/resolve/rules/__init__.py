"""The resolution rules, in the order they are tried: the one place that order is stated.

Each rule is a small function `rule(mention, ctx) -> ResolvedActor | None`
(None: not mine, try the next).  `REJECT` guards end resolution with no actor;
`RULES` run on the whole mention, first answer wins; `PHRASE_RULES` read one
phrase (the whole mention, or a part of it: "X" of "X, the Y", the first party
of "X and Y"), cheapest and surest first, fuzzy name matching inside
`titled_person`, unknown actors last.
"""

from __future__ import annotations

from collections.abc import Callable

from app.pipeline.types import ResolvedActor

from ..context import ArticleContext, Mention
from .apposition import apposition
from .back_reference import back_reference
from .country_institution import country_institution
from .dated_title import dated_title
from .home_body import home_body
from .home_state_form import home_state_form
from .joint_mention import joint_mention
from .joint_of_people import joint_of_people
from .media_name import media_name
from .name_of_body import name_of_body
from .possessive_owner import possessive_owner
from .pronoun import is_pronoun, is_time
from .registry_name import registry_name
from .spokesperson_for import body_spokesperson, group_spokesperson, own_named_group, spokesperson_for
from .state_delegate import state_delegate
from .titled_person import titled_person
from .unknown_actor import unknown_actor
from .unnamed_source import unnamed_source

Rule = Callable[[Mention, ArticleContext], ResolvedActor | None]
Guard = Callable[[str, ArticleContext], bool]

REJECT: tuple[Guard, ...] = (is_pronoun, is_time)

# One phrase: its name, a state's bare delegate, its outlet name, a name "of"/"from" a state or body, its owner, a titled person (a name that is
# no one known stops here), then country + institution, a dated title, a back-reference.
PHRASE_RULES: tuple[Rule, ...] = (
    registry_name,
    state_delegate,
    media_name,
    name_of_body,
    possessive_owner,
    titled_person,
    country_institution,
    dated_title,
    back_reference,
)


def phrase(m: Mention, ctx: ArticleContext) -> ResolvedActor | None:
    """Rule: the mention read as one phrase (`PHRASE_RULES`)."""
    if not m.key:
        return None
    for rule in PHRASE_RULES:
        found = rule(m, ctx)
        if found is not None:
            return found
    return None


RULES: tuple[Rule, ...] = (
    unnamed_source,
    home_body,
    home_state_form,
    registry_name,
    apposition,
    joint_of_people,
    group_spokesperson,
    body_spokesperson,
    phrase,
    joint_mention,
    spokesperson_for,
    own_named_group,
    unknown_actor,
)

__all__ = ["PHRASE_RULES", "REJECT", "RULES", "Guard", "Rule", "phrase"]
