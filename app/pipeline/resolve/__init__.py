"""Resolve stage: a speaker mention as written → a canonical actor.

Public interface (used by the extractor and the store):

- `load_registry(actors_dir: Path | None = None) -> Registry`: the actor registry
  read from `seeds/actors/*.yaml` (pure data, no database).
- `Resolver(registry)`; `resolver.for_article(published: date | None)` returns an
  `ArticleResolver` whose `resolve(mention: str) -> ResolvedActor | None`
  remembers the people already met in that article, so a later surname
  ("Lavrov said") resolves to the full name met earlier.
- `default_resolver()`: a process-wide resolver over the default registry,
  built lazily on first use.
- `countries.country_code(name) -> str | None`: ISO alpha-2 for a country
  name, short name, demonym, capital or code.
"""
