"""Resolve stage: a speaker mention as written → a canonical actor.

Public interface (used by the extractor and the store):

- `load_registry(actors_dir: Path | str | None = None, strict=False, extra=()) -> Registry`:
  the actor registry read from `seeds/actors/*.yaml` (pure data, no database);
  `Registry.from_dicts(records)` / `Registry.from_yaml(text)` build one in memory.
- `Resolver(registry)`; `resolver.for_article(published: date | None)` returns an
  `ArticleResolver` whose `resolve(mention: str) -> ResolvedActor | None`
  remembers the people already met in that article, so a later surname
  ("Lavrov said") resolves to the full name met earlier.
- `default_resolver()`: a process-wide resolver over the default registry,
  built lazily on first use.
- `countries.country_code(name) -> str | None`: ISO alpha-2 for a country
  name, short name, demonym, capital or code; `countries.find_countries(text)
  -> list[(start, end, code)]` for the countries named in running text.
"""

from .registry import Actor, Registry, Role, load_registry
from .resolver import ArticleResolver, Resolver, default_resolver

__all__ = ["Actor", "ArticleResolver", "Registry", "Resolver", "Role", "default_resolver", "load_registry"]
