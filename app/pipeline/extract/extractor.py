"""The extractor: articles in, statements out, built once from its parts.

`Extractor(nlp, lexicon, resolver, countries)` holds everything extraction
needs (the spaCy pipeline, the language pack, the actor resolver and the
country look-ups) and hands it down to the rules; no module keeps a loaded
model, word list or resolver of its own. `Extractor.from_settings(settings)`
builds the project's one: a broken language pack or actor registry stops it
there, with the file and the problem named.

Only paragraphs that can carry a statement are parsed (a quotation mark, a
dialogue dash, a reporting or contact word); the others are blanked out with
spaces so that character offsets still index the original text. Texts
longer than spaCy takes in one piece are parsed in parts (parse.py), and
`extraction_deadline` (deadline.py) stops an extraction that takes too long.

An article in a language the language pack is not for is not parsed: `analyse_many` names its
language and the reason it was skipped (language.py), so nobody takes its empty result for an
article without statements.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from app.lang import Lexicon, load_lexicon
from app.lang.extract_schema import ExtractLexicon
from app.pipeline.types import ArticleInput, ExtractedStatement, Extraction

from .actors import ActorLookup
from .assemble import QuoteIndex, collect_cues, link_quotes
from .attribution import Attributor
from .context import Countries
from .era import undated_era
from .home import HomeCountry, government_site, outlet_state
from .language import LanguageCheck, LanguageDetector
from .nlp import keep_title_abbreviations, load_nlp
from .parse import needs_parts, parse_long
from .published import article_date
from .quotes import find_quotes
from .reading import reading_text
from .segments import Paragraph, city_dateline_length, dateline_length, split_paragraphs, without_headline
from .sentences import known_text
from .statements import build
from .transcript import (
    declines,
    inside_turns,
    questioner_speaker,
    reported_in_question,
    transcript_statements,
    transcript_turns,
)

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

    from app.config import Settings
    from app.pipeline.resolve import Registry


def _worth_parsing(p: Paragraph, lex: ExtractLexicon) -> bool:
    # (isdisjoint stops at the paragraph's first quotation mark, and builds no set of its characters)
    return not p.furniture and (not lex.quotes.mark_set.isdisjoint(p.text) or lex.cue_rx.search(p.text) is not None)


_INTRODUCTION_WORDS = 20  # a paragraph this short before a quotation may only introduce its speaker


def _opens_with_pronoun(text: str, lex: ExtractLexicon) -> bool:
    """A paragraph whose first word is a personal pronoun standing for a person ("He", "She")."""
    words = text.split(maxsplit=1)
    return bool(words) and lex.pronouns.personal.get(words[0].lower()) == "person"


def masked_text(text: str, paras: list[Paragraph], lex: ExtractLexicon) -> str:
    """The text with paragraphs that cannot carry a statement blanked out."""
    chars = list(text)
    prose = [p for p in paras if not p.furniture]
    opening = prose[0] if prose else None
    back = lex.verb_frames.reported_back
    # a paragraph that the next one reports back ("… ¶ This was stated by X") is parsed too
    reported = {id(p) for p, nxt in zip(prose, prose[1:], strict=False) if back and back.rx.match(nxt.text)}
    # and so is one whose subject a pronoun opening the next refers to ("X arrived in Brussels. ¶ He started by
    # meeting …"): blanked, it would leave the pronoun no one to stand for
    reported |= {id(p) for p, nxt in zip(prose, prose[1:], strict=False) if _opens_with_pronoun(nxt.text, lex)}
    # and a one-line introduction before a paragraph that opens with a quotation ("X went further. ¶
    # '…,' he said"): the pronoun after the quotation stands for X
    reported |= {
        id(p)
        for p, nxt in zip(prose, prose[1:], strict=False)
        if len(p.text.split()) <= _INTRODUCTION_WORDS and nxt.text.lstrip()[:1] in lex.quotes.mark_set
    }
    early = {id(p) for p in prose[: lex.furniture.dateline.city_window]}
    for p in paras:
        if not _worth_parsing(p, lex) and id(p) not in reported:
            chars[p.start : p.end] = " " * (p.end - p.start)
        elif n := dateline_length(p.text, lex, opening=p is opening) or (
            city_dateline_length(p.text, lex, opening=p is opening) if id(p) in early else 0
        ):
            chars[p.start : p.start + n] = " " * n
    return "".join(chars)


class Extractor:
    """Statements of articles. `resolver` is an object with `for_article(published)`
    (None: every actor is named after its mention); `countries` provides
    `country_code` and `find_countries` (None: no country look-ups); `detector` names each
    article's language (None: no detection, every text is read as the pack's language)."""

    def __init__(
        self,
        nlp: Language,
        lexicon: Lexicon,
        resolver: Any = None,
        countries: Countries | None = None,
        detector: LanguageDetector | None = None,
    ):
        self.nlp = nlp
        self.lexicon = lexicon
        self.lex = lexicon.extract
        keep_title_abbreviations(nlp, self.lex.speakers.title_abbreviations)
        self.resolver = resolver
        self.countries = countries
        self.detector = detector

    @staticmethod
    def load_sources(settings: Settings) -> tuple[Lexicon, Registry]:
        """The language pack and the actor registry the settings name, validated; cheap (no spaCy),
        so a process that hands extraction to workers can still fail early on a broken file.
        Raises `LexiconError` or `RegistryError` (both ValueErrors) naming the file and the problem;
        a slug defined twice only warns and the first record wins, as in `tracker actors load`."""
        from app.pipeline.resolve import load_registry

        return load_lexicon(settings.language), load_registry(settings.actors_dir)

    @classmethod
    def from_settings(cls, settings: Settings) -> Extractor:
        """The project's extractor: the spaCy model, language pack and actor registry the settings name."""
        from app.pipeline.resolve import Resolver

        lexicon, registry = cls.load_sources(settings)
        resolver = Resolver(registry, lexicon.resolve)
        return cls(load_nlp(settings.spacy_model), lexicon, resolver, resolver.countries, LanguageDetector())

    def _prepare(self, article: ArticleInput) -> tuple[list[Paragraph], str, str]:
        """The article's paragraphs, the text to parse and its reading text (`reading_text`, kept
        for `_assemble`: reading it again would only give the same text)."""
        text = reading_text(article.text)  # same length: offsets index the article's text
        paras = without_headline(split_paragraphs(text, self.lex), article.title)
        return paras, masked_text(text, paras, self.lex), text

    def _language(self, paras: list[Paragraph]) -> LanguageCheck:
        """The article's language, judged on its text without page furniture."""
        if self.detector is None:
            return LanguageCheck(None)
        return self.detector.check("\n".join(p.text for p in paras if not p.furniture), self.lexicon.language)

    def _dated(self, article: ArticleInput, paras: list[Paragraph]) -> tuple[ArticleInput, str | None]:
        """The article with its publication date, when none was given, found in its URL, a
        heading line or its dateline (published.py), and where the date came from."""
        received = article.received or dt.date.today()
        found, source = article_date(article.published, article.url, paras, self.lex, received)
        return (replace(article, published=found) if found != article.published else article), source

    def _assemble(
        self, article: ArticleInput, paras: list[Paragraph], doc: Doc, reading: str | None = None
    ) -> list[ExtractedStatement]:
        """The article's statements from its parse; `reading` is `reading_text(article.text)` when
        the caller has it already (it is read once per article, not once per use)."""
        lex = self.lex
        if reading is None:
            reading = reading_text(article.text)
        quotes = find_quotes(reading, paras, lex)
        qidx = QuoteIndex(quotes)
        cues = collect_cues(doc, qidx, lex)
        drafts = link_quotes(doc, quotes, cues, qidx, lex)
        turns = transcript_turns(paras, lex, article.title)
        if turns:  # a briefing's answers are the labelled speakers' (transcript.py)
            # except what a question reports in a sentence of its own (the reported person's)
            drafts = [
                d
                for d in drafts
                if not inside_turns(turns, d.cue.anchor.idx)
                or reported_in_question(
                    turns, d.cue.anchor.sent.text, d.cue.anchor.idx, d.cue.speaker.text if d.cue.speaker else None, lex
                )
            ]
        registry = getattr(self.resolver, "registry", None)
        registered = registry.outlet_home(article.source) if registry is not None else None
        # wire copy on a site whose address names a state ("AFP" on france24.com) is the wire's
        wire = registered is None and registry is not None and registry.is_outlet(article.source)
        institution = registry.institution_home(article.source) if registry is not None else None
        outlet = outlet_state(article.source, article.url, self.countries, lex, registered, wire, institution)
        government = outlet is not None and government_site(article.url, lex)
        quoted = [(q.start, q.end) for q in quotes]
        home = HomeCountry(article.text, paras, self.countries, lex, doc, quoted, outlet, government)
        # an undated article's bare titles are read on the day its titled office holders place it on
        resolve_on = article.published or undated_era(doc, registry, lex)
        lookup = ActorLookup(lex, resolve_on, self.resolver, doc, home)
        attributor = Attributor(lookup, self.countries)
        statements = build(doc, drafts, attributor, article.published, self.countries)
        if turns:
            statements = [
                s
                for s in statements
                if not inside_turns(turns, s.start) or not questioner_speaker(turns, s.speaker, s.speaker_start, lex)
            ]
            said = transcript_statements(reading, turns, lookup, article.published, self.countries, lex, article.title)
            statements = sorted(statements + said, key=lambda s: s.start)
        # "'I will not go into the specifics,' he said": a quote that only declines to comment
        statements = [s for s in statements if s.kind != "direct" or not declines(s.text, lex.transcripts, quoted=True)]
        for st in statements:  # the article's own characters, not the reading's (`&ldquo;`, ``…'')
            st.text = article.text[st.start : st.end]
        return statements

    def analyse_many(
        self, articles: Iterable[ArticleInput], batch_size: int = 32, n_process: int = 1
    ) -> Iterator[Extraction]:
        """Statements and language of each article, in input order, parsing with `nlp.pipe`;
        an article the pack cannot read is skipped (not parsed) with the reason."""

        def feed():
            for given in articles:
                paras, masked, reading = self._prepare(given)
                art, dated_from = self._dated(given, paras)
                check = self._language(paras)
                if check.skipped:  # an empty stand-in keeps the order
                    yield "", (art, paras, check, dated_from, "", False, reading)
                elif needs_parts(masked):  # parsed below, part by part
                    yield "", (art, paras, check, dated_from, masked, True, reading)
                else:
                    yield masked, (art, paras, check, dated_from, masked, False, reading)

        for doc, (art, paras, check, dated_from, parsed_text, in_parts, reading) in self.nlp.pipe(
            feed(), as_tuples=True, batch_size=batch_size, n_process=n_process
        ):
            found = Extraction([], check.language, check.skipped, art.published, dated_from)
            if not check.skipped:
                if in_parts:
                    doc = parse_long(self.nlp, parsed_text)
                known_text(doc, parsed_text)
                found.statements = self._assemble(art, paras, doc, reading)
            yield found

    def analyse(self, article: ArticleInput) -> Extraction:
        """Statements and language of one article."""
        return next(self.analyse_many([article]))

    def extract_many(
        self, articles: Iterable[ArticleInput], batch_size: int = 32, n_process: int = 1
    ) -> Iterator[list[ExtractedStatement]]:
        """Statements for each article, in input order (none for an article that was skipped)."""
        for found in self.analyse_many(articles, batch_size=batch_size, n_process=n_process):
            yield found.statements

    def extract(self, article: ArticleInput) -> list[ExtractedStatement]:
        """Statements of one article."""
        return next(self.extract_many([article]))
