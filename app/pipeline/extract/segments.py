"""Paragraphs and page furniture.

An article body arrives with captions, credits, bylines and prompts mixed in.
They are recognised here, paragraph by paragraph, so that no rule downstream
ever treats "Photo: AFP" or "Leave a Comment" as prose.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.lang.extract_schema import ExtractLexicon
from app.pipeline.resolve.cities import city_state

from .dateline import read_dateline


@dataclass(frozen=True)
class Paragraph:
    start: int
    end: int
    text: str
    furniture: bool


def _is_furniture(text: str, lex: ExtractLexicon) -> bool:
    """True for captions, credits, bylines, headings and page prompts."""
    f = lex.furniture
    s = text.strip()
    if any(p.search(s) for p in f.furniture_rx):
        return True
    if f.terminal_rx.search(s) or s[:1] in f.quote_openers:
        return False
    words = s.split()
    if f.credit_rx.search(s):
        return True
    letters = [c for c in s if c.isalpha()]
    if letters and sum(c.isupper() for c in letters) / len(letters) > f.max_caps_share:
        return True  # ALL-CAPS heading
    return len(words) <= f.max_heading_words  # short unterminated line: heading, dateline or caption


def _related_label(line: str, lex: ExtractLexicon) -> bool:
    """ "Most Read", "Related:", "Read more": the label of a block of links to other stories."""
    return line.strip().rstrip(":").strip().casefold() in lex.furniture.related_labels


def _related_headline(line: str, lex: ExtractLexicon) -> bool:
    """A headline in such a block: a line of few words with no sentence's end but a question mark
    ("What is the Quad, and can it end the war?")."""
    f = lex.furniture
    s = line.strip()
    return (s.endswith("?") or not f.terminal_rx.search(s)) and len(s.split()) <= f.max_related_words


def _is_caption(line: str, lex: ExtractLexicon) -> bool:
    """A photo caption with its credit in brackets at the end, or closed by the picture's date, or an
    image tag's residue with its caption: furniture as a whole line."""
    f = lex.furniture
    if len(line.split()) > f.max_caption_words:
        return False
    rxs = (f.caption_credit_rx, f.markup_rx, f.dated_caption_rx, f.present_caption_rx)
    return any(rx is not None and rx.search(line) is not None for rx in rxs)


def paragraph_breaks(text: str, lo: int, hi: int) -> int:
    """How many paragraphs begin between two positions of the article's text: 0 in one paragraph,
    1 when `hi` is in the paragraph right after `lo`'s. Read on the text as written (the parse blanks
    paragraphs without a cue, so blank runs there still count as the paragraphs they were)."""
    return len(_PARAGRAPH_START.findall(text, lo, hi))


_PARAGRAPH_START = re.compile(r"\n\s*(?=\S)")


def split_paragraphs(text: str, lex: ExtractLexicon) -> list[Paragraph]:
    """One paragraph per non-blank line, with offsets into `text`; a line that looks like furniture
    but holds several sentences is judged sentence by sentence ("… said. Photo: AP. The minister …")."""
    out = []
    related = False  # inside a block of links to other stories ("Most Read" and their headlines)
    for m in re.finditer(r"[^\n]+", text):
        if not m.group().strip():
            continue
        related = _related_label(m.group(), lex) or (related and _related_headline(m.group(), lex))
        if related or _is_caption(m.group(), lex):
            out.append(Paragraph(m.start(), m.end(), m.group(), True))
            continue
        if not _is_furniture(m.group(), lex):
            out.append(Paragraph(m.start(), m.end(), m.group(), False))
            continue
        for s, e in _sentences(m.group(), lex):
            piece = m.group()[s:e]
            if piece.strip():
                out.append(Paragraph(m.start() + s, m.start() + e, piece, _is_furniture(piece, lex)))
    return _captions_over_split_credits(out, lex)


def _captions_over_split_credits(paras: list[Paragraph], lex: ExtractLexicon) -> list[Paragraph]:
    """A paragraph right above a photo credit split over lines ("Nicholas Kamm" / "/" / "AFP/Getty
    Images", as NPR's pages print it) is that photo's caption, though it reads as prose."""
    out = list(paras)
    for n in range(len(paras) - 2):
        p, name, slash = paras[n], paras[n + 1], paras[n + 2]
        if p.furniture or len(p.text.split()) > lex.furniture.max_caption_words:
            continue
        if name.furniture and len(name.text.split()) <= 4 and slash.text.strip() == "/":
            out[n] = Paragraph(p.start, p.end, p.text, True)
    return out


def without_headline(paras: list[Paragraph], title: str | None) -> list[Paragraph]:
    """The article's headline repeated as the text's first line is no part of the text (the guidelines'
    "the headline is not part of the text"): that paragraph becomes furniture."""
    if not title or not title.strip():
        return paras
    first = next((n for n, p in enumerate(paras) if p.text.strip()), None)
    if first is None or " ".join(paras[first].text.split()).casefold() != " ".join(title.split()).casefold():
        return paras
    p = paras[first]
    return [*paras[:first], Paragraph(p.start, p.end, p.text, True), *paras[first + 1 :]]


def _sentences(line: str, lex: ExtractLexicon) -> list[tuple[int, int]]:
    """The line cut at sentence ends that lie outside quotation marks."""
    cuts = [0]
    for m in lex.furniture.sentence_break_rx.finditer(line):
        before = line[cuts[-1] : m.start()]
        opened = before.count("“") - before.count("”") + before.count('"') % 2
        if opened <= 0:
            cuts.append(m.end())
    cuts.append(len(line))
    return [(a, b) for a, b in zip(cuts, cuts[1:], strict=False) if b > a]


def dateline_length(text: str, lex: ExtractLexicon, opening: bool = False) -> int:
    """Characters of the dateline that opens `text`, else 0: the parser reads it as a subject.

    "JAKARTA, July 12 — ", "MOSCOW (Reuters) - ": the dateline form `capitals`, when dated or
    its place is long enough ("EU — the bloc …" is none); in the article's opening paragraph
    (`opening`) also "Addis Abeba – ": the form `opening`."""
    found = read_dateline(text, lex, "capitals")
    if found is None:
        found = (read_dateline(text, lex, "opening") or read_dateline(text, lex, "opening_colon")) if opening else None
        if found is None and opening:  # "Trieste, 26 June: …", only with its date
            dated = read_dateline(text, lex, "opening_dated_colon")
            found = dated if dated is not None and not dated.undated else None
        return found.end if found is not None else 0
    if found.undated and len(found.place.replace(" ", "")) < lex.furniture.dateline.min_place:
        return 0
    return found.end


def city_dateline_length(text: str, lex: ExtractLexicon, opening: bool = False) -> int:
    """Characters of a city's dateline before a colon ("DUBAI: Saudi Arabia's Foreign Minister …")
    that opens one of the article's first paragraphs (after summary bullets or a caption), else 0; in
    the article's opening paragraph (`opening`) also in title case ("Amman: Deputy Prime Minister …").
    Only a city the gazetteer knows: "MR PRICE: Good afternoon" is a speaker's label."""
    found = read_dateline(text, lex, "city_colon")
    if found is None and opening:
        found = read_dateline(text, lex, "opening_city_colon")  # "Amman: Deputy Prime Minister …"
    if found is None or not found.undated:
        return 0
    return found.end if city_state(found.place.title()) is not None else 0
