"""Articles in, statements out: parsing in batches, then per-article assembly.

Only paragraphs that can carry a statement are parsed (a quotation mark, a
dialogue dash, a reporting or contact word); the others are blanked out with
spaces so that character offsets still index the original text.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from app.pipeline.types import ArticleInput, ExtractedStatement

from .actors import ActorLookup
from .assemble import QuoteIndex, collect_cues, link_quotes
from .attribution import Attributor
from .lexicon import cue_pattern
from .nlp import get_nlp
from .quotes import find_quotes
from .segments import Paragraph, dateline_length, split_paragraphs
from .statements import build

_CUE_RX = cue_pattern()
_QUOTE_CHARS = set("“”\"«»„‘’–—")


def _worth_parsing(p: Paragraph) -> bool:
    return not p.furniture and (bool(_QUOTE_CHARS & set(p.text)) or _CUE_RX.search(p.text) is not None)


def masked_text(text: str, paras: list[Paragraph]) -> str:
    """The text with paragraphs that cannot carry a statement blanked out."""
    chars = list(text)
    for p in paras:
        if not _worth_parsing(p):
            chars[p.start : p.end] = " " * (p.end - p.start)
        elif n := dateline_length(p.text):
            chars[p.start : p.start + n] = " " * n
    return "".join(chars)


def _prepare(article: ArticleInput):
    paras = split_paragraphs(article.text)
    return paras, masked_text(article.text, paras)


def _assemble(article: ArticleInput, paras, doc, resolver) -> list[ExtractedStatement]:
    quotes = find_quotes(article.text, paras)
    qidx = QuoteIndex(quotes)
    cues = collect_cues(doc, qidx)
    drafts = link_quotes(doc, quotes, cues, qidx)
    attributor = Attributor(ActorLookup(article.published, resolver, doc))
    return build(doc, drafts, attributor, article.published)


def extract_many(
    articles: Iterable[ArticleInput], resolver=None, batch_size: int = 32, n_process: int = 1
) -> Iterator[list[ExtractedStatement]]:
    """Statements for each article, in input order, parsing with `nlp.pipe`."""
    nlp = get_nlp()

    def feed():
        for art in articles:
            paras, masked = _prepare(art)
            yield masked, (art, paras)

    for doc, (art, paras) in nlp.pipe(feed(), as_tuples=True, batch_size=batch_size, n_process=n_process):
        yield _assemble(art, paras, doc, resolver)


def extract(article: ArticleInput, resolver=None) -> list[ExtractedStatement]:
    """Statements of one article."""
    return next(extract_many([article], resolver=resolver))
