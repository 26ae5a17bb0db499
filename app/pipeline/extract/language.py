"""Which language an article is written in, so that text the extractor cannot read is named and
skipped instead of silently giving nothing.

py3langid (a maintained fork of langid.py) ships its model inside the package, so nothing is
downloaded at run time; it takes about a millisecond an article and 0.2 ms a sentence. It was
chosen over lingua-language-detector, as accurate on our texts once both are restricted to the
same languages, but a 96 MB package, three times slower and 400 MB in memory (bench/language.py
has the comparison). The candidates are `app/lang/languages.yaml`: restricting the model to
the languages of national news is what keeps short English sentences English.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.lang.languages import DetectionLanguages, language_name, load_languages

# Enough text to be sure of a language; the rest of a long article changes nothing but the time
# (bench/language.py and all 1,079 gold articles: the same outcomes at 1,000 characters as at 1,500,
# in 0.44 ms an article instead of 0.60).
SAMPLE_CHARS = 1000


@dataclass(frozen=True)
class LanguageCheck:
    """The detected language (None: too little text to tell) and, when the extractor cannot read
    it, why the article is skipped."""

    language: str | None
    skipped: str | None = None


class LanguageDetector:
    """Names the language of a text among `languages.candidates` (ISO 639-1 codes)."""

    def __init__(self, languages: DetectionLanguages | None = None):
        from py3langid.langid import MODEL_FILE, LanguageIdentifier

        self.languages = languages or load_languages()
        self._identifier = LanguageIdentifier.from_model_file(MODEL_FILE)
        self._identifier.set_languages(list(self.languages.candidates))

    def detect(self, text: str) -> str | None:
        """The language of `text`, or None when it has fewer letters than `min_letters`."""
        sample = text[:SAMPLE_CHARS]
        if sum(map(str.isalpha, sample)) < self.languages.min_letters:  # (map: no generator step a character)
            return None
        language, _score = self._identifier.classify(sample)
        return language

    def check(self, text: str, readable: str) -> LanguageCheck:
        """The language of `text`, and a reason to skip it unless it is `readable` (or unknown)."""
        language = self.detect(text)
        return LanguageCheck(language, skip_reason(language, readable))


def skip_reason(language: str | None, readable: str) -> str | None:
    """Why a text in `language` is not read by an extractor for `readable` (None: it is read)."""
    if language is None or language == readable:
        return None
    return (
        f"the text is in {language_name(language)} ({language}); "
        f"the extractor reads {language_name(readable)} ({readable}) only"
    )
