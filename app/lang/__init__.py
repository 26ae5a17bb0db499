"""Language packs: every word list and pattern the extractor and resolver use, as data.

A pack is a folder per language (`app/lang/en/`) of YAML files, one per subject
(reporting verbs, contact words, titles, date words, page furniture, ...). It is
read once, validated with pydantic, and handed to the extractor as one immutable
`Lexicon`; no module keeps word lists of its own. Adding a reporting verb is a
row in `en/extract/reporting_verbs.yaml`; adding a language is a new folder.
"""

from app.lang.lexicon import Lexicon, LexiconError, load_lexicon

__all__ = ["Lexicon", "LexiconError", "load_lexicon"]
