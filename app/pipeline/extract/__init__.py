"""Extract stage: article text → statements (direct, indirect, contact) with
speaker mentions, actors, dates and categories.

Public interface:
- `extract(article, resolver=None) -> list[ExtractedStatement]`
- `extract_many(articles, resolver=None, batch_size=32, n_process=1)` yields one
  list per article, in order, parsing with spaCy's `nlp.pipe`.

`resolver` is an object with `for_article(published)`; by default the project
resolver (app/pipeline/resolve) is used when installed, else a fallback that
names the actor after the mention. spaCy is loaded on first use, not on import.
"""

from __future__ import annotations

from .pipeline import extract, extract_many

__all__ = ["extract", "extract_many"]
