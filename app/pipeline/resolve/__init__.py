"""Resolve stage: a speaker mention as written → a canonical actor.

Public interface (used by the extractor and the store):

- `load_registry(actors_dir, strict=False, extra=()) -> Registry`: the actor
  registry read from a folder of YAML files (the caller passes
  `settings.actors_dir`); `Registry.from_dicts(records)` /
  `Registry.from_yaml(text)` build one in memory.  A broken file raises
  `RegistryError` (a ValueError) with the message `PATH: what is wrong`.
- `Resolver(registry, lexicon.resolve)`; `resolver.for_article(published)`
  returns an `ArticleResolver` whose `resolve(mention) -> ResolvedActor | None`
  remembers the people already met in that article, so a later surname
  ("Lavrov said") resolves to the full name met earlier.
- `resolver.countries`: the `Countries` tables (`country_code(name)`,
  `find_countries(text)`, `short_name(code)`).
- Built once, with the language pack, by `Extractor.from_settings` and passed on.

The rules and their order: `rules/__init__.py`.
"""

from __future__ import annotations

from .countries import Countries
from .loader import load_registry
from .record import Actor, RegistryError, Role
from .registry import Registry
from .resolver import ArticleResolver, Resolver

__all__ = [
    "Actor",
    "ArticleResolver",
    "Countries",
    "Registry",
    "RegistryError",
    "Resolver",
    "Role",
    "load_registry",
]
