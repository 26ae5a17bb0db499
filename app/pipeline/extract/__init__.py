"""Extract stage: article text → statements (direct, indirect, contact) with
speaker mentions, actors, dates and categories.

Public interface: `Extractor` (extractor.py), built once from the spaCy
pipeline, the language pack (app/lang), the actor resolver and the country
look-ups, or with `Extractor.from_settings(settings)`:
- `extractor.extract(article) -> list[ExtractedStatement]`
- `extractor.extract_many(articles, batch_size=32, n_process=1)` yields one
  list per article, in order, parsing with spaCy's `nlp.pipe`.
- `extractor.analyse(article) -> Extraction` and `analyse_many(...)`: the same, with
  the article's language and, for a language the pack cannot read, why it was
  skipped (language.py).
- `with extraction_deadline(seconds): ...` makes extraction started inside raise
  `ExtractionTimeout` once the time is up (deadline.py).
Texts of any length are parsed in bounded memory (parse.py).
spaCy is loaded when an extractor is built, never on import.
"""

from __future__ import annotations

from .deadline import ExtractionTimeout, extraction_deadline
from .extractor import Extractor

__all__ = ["ExtractionTimeout", "Extractor", "extraction_deadline"]
