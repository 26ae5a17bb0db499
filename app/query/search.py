"""Full-text search that forgives: the query language, its SQL on both databases, and what it matched.

What a user types (`parse_search`):

- a bare word matches its stem ("talks" finds "talked") and, from `IMPLICIT_PREFIX` letters
  on, every word it begins ("Armenia" finds "Armenian", "Iran" finds "Iranian");
- `word*` matches every word beginning with those letters as written ("escalat*" finds
  "escalation" and "escalating", which a stem of "escalat" would miss);
- `"quoted words"` match as a phrase of stems, and a quoted single word is not widened;
- all terms must match. Anything else (operators, punctuation) is a word separator, never syntax.

Both databases index each statement twice (migration 0008): by stems (SQLite FTS5 with the
porter tokenizer, `statements_fts`; PostgreSQL's `english` configuration) for words and
phrases, and by words as written (`statements_fts_words`; the `simple` configuration, in
the same `text_tsv` column) for prefixes. `text_match` is the one place the SQL is built;
`matched_spans` says which characters of a text the same terms match, for highlighting.

On SQLite, how a list finds the matches depends on how common the words are (`prepare_text`
asks the index once per query and remembers for a while). A rare word's matches are collected
from the index first (`+id IN (SELECT rowid …)`, a few thousand ids) while the timeline index
is read in order. A common word's are not: collecting the 610,000 ids of a word in 61 % of a
million statements took 75 ms, where testing each row as the timeline index is read
(`EXISTS (… MATCH … AND rowid = statements.id)`) finds the newest 50 in a few. PostgreSQL's
planner makes that choice itself, from its statistics of the tsvector column.
"""

from __future__ import annotations

import re
import time
import unicodedata
from collections import OrderedDict
from dataclasses import dataclass
from functools import lru_cache, reduce
from typing import Literal

import snowballstemmer
from sqlalchemy import (
    Boolean,
    ColumnElement,
    Select,
    and_,
    column,
    false,
    func,
    intersect,
    literal_column,
    or_,
    select,
    table,
    union,
)
from sqlalchemy.dialects.postgresql import TSQUERY
from sqlalchemy.orm import Session

# A bare word this long or longer also matches the longer words it begins.
IMPLICIT_PREFIX = 4
# A shorter explicit prefix ("a*") would match most of the archive: it is searched as a word.
MIN_PREFIX = 2

_CHUNK = re.compile(r'"([^"]*)"?|([^\s"]+)')
_WORD = re.compile(r"[^\W_]+")  # letters and digits: never tsquery or FTS5 syntax


TermKind = Literal["word", "exact", "prefix", "phrase"]


@dataclass(frozen=True)
class Term:
    """One thing every match must contain: `words` are lower-case letters and digits."""

    kind: TermKind
    words: tuple[str, ...]


def fold(word: str) -> str:
    """Lower case without accents, as both indexes compare words."""
    decomposed = unicodedata.normalize("NFKD", word.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def parse_search(text: str) -> tuple[Term, ...]:
    """The terms of a search box's text, in order, without repeats."""
    terms: list[Term] = []
    for match in _CHUNK.finditer(text or ""):
        quoted, chunk = match.group(1), match.group(2)
        if quoted is not None:
            words = tuple(fold(w) for w in _WORD.findall(quoted))
            if len(words) == 1:
                terms.append(Term("exact", words))
            elif words:
                terms.append(Term("phrase", words))
            continue
        words = [fold(w) for w in _WORD.findall(chunk)]
        for i, word in enumerate(words):
            last = i == len(words) - 1
            if last and chunk.endswith("*") and len(word) >= MIN_PREFIX:
                terms.append(Term("prefix", (word,)))
            elif len(word) >= IMPLICIT_PREFIX:
                terms.append(Term("word", (word,)))
            else:
                terms.append(Term("exact", (word,)))
    return tuple(dict.fromkeys(terms))


# -- SQL --------------------------------------------------------------------------------------------

_STEMS = table("statements_fts", column("rowid"))
_WORDS = table("statements_fts_words", column("rowid"))


def _fts5(index, expression: str) -> Select:
    """Row ids the FTS5 `index` matches; the expression is a bound parameter."""
    return select(index.c.rowid).where(literal_column(index.name).op("MATCH")(expression))


def _quoted(words: tuple[str, ...]) -> str:
    return '"' + " ".join(words) + '"'  # words hold no quote: FTS5 reads a phrase, no syntax


def _exists(index, expression: str) -> ColumnElement[bool]:
    """Whether the FTS5 `index` matches this statement: one lookup per row tested."""
    return (
        select(literal_column("1"))
        .select_from(index)
        .where(literal_column(index.name).op("MATCH")(expression), index.c.rowid == literal_column("statements.id"))
        .exists()
    )


def _beginnings(words: tuple[str, ...]) -> str:
    """The words index's expression for every word in `words` (a prefix's expansions), as one OR."""
    return " OR ".join(_quoted((w,)) for w in words)


def _sqlite_per_row(terms: tuple[Term, ...], expanded: dict[str, tuple[str, ...]]) -> ColumnElement[bool]:
    """The same terms tested row by row (for common words: see the module's docstring). A word's
    beginnings are tested as the words they expand to (`expanded`): a prefix query merges every
    word that starts so on each test, which cost 2.8 s for a page of a 61 % word; the words
    themselves, 8 ms. A beginning no indexed word has drops out (it cannot match)."""
    tests = []
    for term in terms:
        if term.kind == "word":
            either = [_exists(_STEMS, _quoted(term.words))]
            if expanded[term.words[0]]:
                either.append(_exists(_WORDS, _beginnings(expanded[term.words[0]])))
            tests.append(or_(*either))
        elif term.kind == "prefix":
            words = expanded[term.words[0]]
            tests.append(_exists(_WORDS, _beginnings(words)) if words else false())
        else:
            tests.append(_exists(_STEMS, _quoted(term.words)))
    return and_(*tests)


def _sqlite(terms: tuple[Term, ...]) -> ColumnElement[bool]:
    """Membership in the ids of FTS5 lookups: one per index for the exact words, phrases and
    prefixes together, and for each bare word its stem's ids or its beginnings' (two IN tests
    joined by OR: a UNION of the two sets first cost half as much again, 66 ms against 40 for
    a word in 5 % of a million statements)."""
    stemmed = [_quoted(t.words) for t in terms if t.kind in ("exact", "phrase")]
    prefixes = [_quoted(t.words) + "*" for t in terms if t.kind == "prefix"]
    # The unary + keeps SQLite from driving the query by these ids (it would fetch and sort every
    # match): it reads the timeline index in order and stops at the page's end, as it did with
    # one FTS5 table (100,000 statements, "talks": 13 ms this way, 46 ms by the ids).
    statement_id = literal_column("+statements.id")
    tests = []
    if stemmed:
        tests.append(statement_id.in_(_fts5(_STEMS, " ".join(stemmed))))
    if prefixes:
        tests.append(statement_id.in_(_fts5(_WORDS, " ".join(prefixes))))
    for term in terms:
        if term.kind == "word":
            by_stem = statement_id.in_(_fts5(_STEMS, _quoted(term.words)))
            tests.append(or_(by_stem, statement_id.in_(_fts5(_WORDS, _quoted(term.words) + "*"))))
    return and_(*tests)


_ENGLISH = literal_column("'english'")
_SIMPLE = literal_column("'simple'")


def _tsquery(term: Term) -> ColumnElement:
    if term.kind == "phrase":
        return func.phraseto_tsquery(_ENGLISH, " ".join(term.words), type_=TSQUERY)
    stem = func.plainto_tsquery(_ENGLISH, term.words[0], type_=TSQUERY)
    prefix = func.to_tsquery(_SIMPLE, term.words[0] + ":*", type_=TSQUERY)
    if term.kind == "exact":
        return stem
    if term.kind == "prefix":
        return prefix
    return stem.op("||", return_type=TSQUERY)(prefix)


def _postgresql(terms: tuple[Term, ...]) -> ColumnElement[bool]:
    """One tsquery: `&&` of the terms; a word is `stem || word:*`. A stop word's empty query drops out."""
    query = reduce(lambda a, b: a.op("&&", return_type=TSQUERY)(b), (_tsquery(t) for t in terms))
    return literal_column("statements.text_tsv").op("@@", return_type=Boolean)(query)


def text_match(query: str, dialect: str) -> ColumnElement[bool]:
    """True where the statement text matches every term of `query` (nothing matches no term)."""
    terms = parse_search(query)
    if not terms:
        return false()
    if dialect != "sqlite":
        return _postgresql(terms)
    if isinstance(query, SearchText) and query.matched_in is not None:
        matches = table(query.matched_in, column("id"), schema="temp")
        return literal_column("+statements.id").in_(select(matches.c.id))
    if isinstance(query, SearchText) and query.common and query.expanded is not None:
        return _sqlite_per_row(terms, query.expanded)
    return _sqlite(terms)


# -- how common -------------------------------------------------------------------------------------


class SearchText(str):
    """A search box's text, knowing how common its words are (`prepare_text` makes these):
    `common` says a list should test rows as it reads the timeline; `for_sample()` is the same
    text for the facets' sample, which needs many more matches and so tests rows only for
    commoner words."""

    common: bool = False
    share: float = 0.0
    # How many statements the first term's stem matches (counted up to `COMMON_SHARE_SAMPLE` of them).
    matches: int = 0
    # The indexed words each bare word or prefix begins (None: not looked up, or too many).
    expanded: dict[str, tuple[str, ...]] | None = None
    # A temporary table of the connection holding every match's id (`materialise`), or None.
    matched_in: str | None = None

    @property
    def facet_sample(self) -> int:
        """How many newest matches the facets count (2,000 without a text search): 500 when the
        matches were collected; 250 when the sample tests rows one by one (a common word),
        each test costing what reading 200 ids from the index does (60 µs at a million
        statements: 500 rows were the slowest query of such a page, 55 ms)."""
        tested = self.matched_in is None and self.share >= COMMON_SHARE_SAMPLE and self.expanded is not None
        return 250 if tested else 500

    def __new__(
        cls,
        value: str,
        share: float = 0.0,
        common: bool | None = None,
        expanded: dict[str, tuple[str, ...]] | None = None,
        matches: int = 0,
    ) -> SearchText:
        made = super().__new__(cls, value)
        made.share = share
        made.matches = matches
        made.common = share >= COMMON_SHARE if common is None else common
        made.expanded = expanded
        return made

    def for_sample(self) -> SearchText:
        if self.matched_in is not None or (self.share == 0.0 and not self.common):
            return self  # collected (see `prepare_text`, `materialise`), for the sample too
        common = self.share >= COMMON_SHARE_SAMPLE
        return SearchText(self, self.share, common=common, expanded=self.expanded, matches=self.matches)


# Shares of the statements past which testing rows as the timeline index is read beats
# collecting every match first: for a page of 50 (about 10 %), and for the facets' sample of
# 500 (about 30 %; measured at a million statements, see README: Performance).
COMMON_SHARE, COMMON_SHARE_SAMPLE = 0.10, 0.30
# A beginning that more indexed words share than this is not tested row by row (each test
# would look up every one of them): such a search collects its matches.
MAX_EXPANSIONS = 64


@dataclass(frozen=True)
class _Seen:
    """What the index said of a query, when (monotonic seconds) and under which read generation."""

    share: float
    matches: int
    expanded: dict[str, tuple[str, ...]] | None
    at: float
    token: int | None


_SEEN: OrderedDict[str, _Seen] = OrderedDict()
_SEEN_SIZE, _SEEN_SECONDS = 2048, 600.0
# The words index's vocabulary (FTS5's fts5vocab), in the connection's own temporary schema.
_VOCABULARY = "temp.statements_fts_words_vocabulary"


def _share(session: Session, terms: tuple[Term, ...]) -> tuple[float, int]:
    """About which share of the statements the first term matches by its stem, and how many
    (counted up to `COMMON_SHARE_SAMPLE`: FTS5 reads that many ids at most, once per query)."""
    total = session.scalar(select(func.max(literal_column("id"))).select_from(table("statements"))) or 0
    if not total:
        return 0.0, 0
    limit = int(total * COMMON_SHARE_SAMPLE) + 1
    ids = _fts5(_STEMS, _quoted(terms[0].words)).limit(limit).subquery()
    matches = session.scalar(select(func.count()).select_from(ids)) or 0
    return matches / total, matches


def _expansions(session: Session, terms: tuple[Term, ...]) -> dict[str, tuple[str, ...]] | None:
    """The indexed words each bare word or prefix of `terms` begins, or None when one begins
    more than `MAX_EXPANSIONS` of them."""
    beginnings = [t.words[0] for t in terms if t.kind in ("word", "prefix")]
    if not beginnings:
        return {}
    connection = session.connection()
    connection.exec_driver_sql(
        f"CREATE VIRTUAL TABLE IF NOT EXISTS {_VOCABULARY} USING fts5vocab(main, statements_fts_words, 'row')"
    )
    expanded: dict[str, tuple[str, ...]] = {}
    for word in beginnings:
        # Every indexed word w with word <= w < the first string after all that begin with `word`.
        after = word[:-1] + chr(ord(word[-1]) + 1)
        found = connection.exec_driver_sql(
            f"SELECT term FROM {_VOCABULARY} WHERE term >= ? AND term < ? LIMIT ?",
            (word, after, MAX_EXPANSIONS + 1),
        )
        words = tuple(row[0] for row in found)
        if len(words) > MAX_EXPANSIONS:
            return None
        expanded[word] = words
    return expanded


def prepare_text(session: Session, query: str | None) -> str | None:
    """`query` as a `SearchText` that knows how common its words are, on SQLite.

    Remembered per query for a few minutes while nothing is written (a stale share only picks a
    slower plan; the expansions must be current, or a newly indexed word would be missed):
    SQLite's writes bump the `read_generations` token (migration 0010), one write at a time."""
    if not query or isinstance(query, SearchText) or session.get_bind().dialect.name != "sqlite":
        return query
    terms = parse_search(query)
    if not terms:
        return query
    now = time.monotonic()
    token = session.scalar(select(func.max(literal_column("id"))).select_from(table("read_generations")))
    seen = _SEEN.get(query)
    if seen is None or now - seen.at > _SEEN_SECONDS or seen.token != token:
        seen = _Seen(*_share(session, terms), _expansions(session, terms), now, token)
        _SEEN[query] = seen
        while len(_SEEN) > _SEEN_SIZE:
            _SEEN.popitem(last=False)
    share, matches, expanded = seen.share, seen.matches, seen.expanded
    if expanded is None:  # beginnings too common to test row by row: collected
        return SearchText(query, share=share, common=False, matches=matches)
    return SearchText(query, share=share, expanded=expanded, matches=matches)


# A page reads a rare word's matches three times (its list, its facets' sample, its count), and
# each read collected them from the index again: 20-40 ms a time for a word in 5 % of a million
# statements. A page collects them once into this table of its connection (SQLite's temporary
# schema: the connection's own, never written to the database file), and reads them by its key.
_MATCHES = "page_matches"


def materialise(session: Session, query: str | None) -> str | None:
    """`query` (as `prepare_text` made it) with its matches collected once into a temporary table
    of the session's connection, for a request that will read them several times; unchanged
    where rows are tested one by one (a common word), or on PostgreSQL."""
    if not isinstance(query, SearchText) or query.common or session.get_bind().dialect.name != "sqlite":
        return query
    terms = parse_search(query)
    if not terms:
        return query
    connection = session.connection()
    connection.exec_driver_sql(f"CREATE TEMP TABLE IF NOT EXISTS {_MATCHES} (id INTEGER PRIMARY KEY)")
    connection.exec_driver_sql(f"DELETE FROM temp.{_MATCHES}")
    # OR IGNORE: replaying the statement (a benchmark does) finds the ids there already.
    insert = table(_MATCHES, column("id"), schema="temp").insert().prefix_with("OR IGNORE")
    connection.execute(insert.from_select(["id"], _matching_ids(terms)))
    made = SearchText(query, share=query.share, common=False, expanded=query.expanded, matches=query.matches)
    made.matched_in = _MATCHES
    return made


def _matching_ids(terms: tuple[Term, ...]) -> Select:
    """The ids of the statements matching every term, straight from the FTS5 indexes (no
    statement read): each term's ids (a bare word's stem's and its beginnings', once each),
    intersected."""
    parts: list[Select] = []
    for term in terms:
        if term.kind == "word":
            either = union(_fts5(_STEMS, _quoted(term.words)), _fts5(_WORDS, _quoted(term.words) + "*")).subquery()
            parts.append(select(either.c.rowid))  # SQLite takes no parenthesised compound in a compound
        elif term.kind == "prefix":
            parts.append(_fts5(_WORDS, _quoted(term.words) + "*"))
        else:
            parts.append(_fts5(_STEMS, _quoted(term.words)))
    return parts[0] if len(parts) == 1 else intersect(*parts)


# -- what matched -----------------------------------------------------------------------------------

_stemmer = snowballstemmer.stemmer("english")


@lru_cache(maxsize=4096)
def stem(word: str) -> str:
    return _stemmer.stemWord(word)


def _matches(term_word: str, kind: TermKind, word: str) -> bool:
    if kind == "prefix":
        return word.startswith(term_word)
    if kind == "word" and word.startswith(term_word):
        return True
    return stem(word) == stem(term_word)


def matched_spans(text: str, query: str | None) -> list[tuple[int, int]]:
    """(start, end) of the words in `text` the search matches, in order, not overlapping.

    The databases decide what matches; this mirrors their rules (a stemmer close to theirs)
    so a reader sees why a statement was found.
    """
    terms = parse_search(query or "")
    if not terms or not text:
        return []
    tokens = [(m.start(), m.end(), fold(m.group())) for m in _WORD.finditer(text)]
    spans: list[tuple[int, int]] = []
    for i in range(len(tokens)):
        for term in terms:
            n = len(term.words)
            if i + n > len(tokens):
                continue
            kind = "exact" if term.kind == "phrase" else term.kind
            if all(_matches(w, kind, tokens[i + k][2]) for k, w in enumerate(term.words)):
                spans.append((tokens[i][0], tokens[i + n - 1][1]))
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged
