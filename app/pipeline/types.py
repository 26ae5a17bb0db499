"""Plain data passed between pipeline stages (no database, no web).

These shapes are the contract between ingest, extract, resolve and store, so
each stage can be tested and benchmarked alone.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Literal

StatementKind = Literal["direct", "indirect", "contact"]
ActorKind = Literal["person", "institution", "state", "international_organisation", "media", "group"]
DatePrecision = Literal["day", "month", "year"]


@dataclass(frozen=True)
class ArticleInput:
    """What the extractor receives: the body the offsets refer to, plus metadata."""

    text: str
    published: dt.date | None = None
    title: str | None = None
    source: str | None = None
    url: str | None = None
    # The day the text was fetched or ingested (None: today): the year of a dateline without one.
    received: dt.date | None = None


@dataclass(frozen=True)
class ResolvedActor:
    """A speaker mention mapped to a canonical actor.

    `known` is False when the resolver invented the actor from the mention
    (an unknown speaker); the store then creates it, unless it already exists.
    """

    slug: str
    name: str
    kind: ActorKind
    country: str | None  # ISO 3166-1 alpha-2, None for international organisations
    known: bool = True


@dataclass
class ExtractedStatement:
    """One statement found in an article; offsets index `ArticleInput.text`."""

    text: str
    start: int
    end: int
    kind: StatementKind
    cue: str | None = None
    speaker: str | None = None
    speaker_start: int | None = None
    speaker_end: int | None = None
    actor: ResolvedActor | None = None
    targets: list[str] = field(default_factory=list)  # ISO alpha-2 codes or actor slugs
    date: dt.date | None = None
    date_precision: DatePrecision | None = None
    category_code: str | None = None  # CAMEO code, e.g. "020"
    category_label: str | None = None
    confidence: float = 0.5
    co_actors: list[ResolvedActor] = field(default_factory=list)  # the other parties of a joint statement
    signals: dict[str, float] = field(default_factory=dict)  # what `confidence` was read from (confidence.py)

    def to_json(self, signals: bool = False) -> dict:
        """The record `tracker extract --jsonl` prints (the scorer's contract); with `signals`, also
        what its confidence was read from (for bench/fit_confidence.py)."""
        record = {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "kind": self.kind,
            "cue": self.cue,
            "speaker": self.speaker,
            "speaker_start": self.speaker_start,
            "speaker_end": self.speaker_end,
            "actor": self.actor.name if self.actor else None,
            "actor_slug": self.actor.slug if self.actor else None,
            "country": self.actor.country if self.actor else None,
            "targets": list(self.targets),
            "date": self.date.isoformat() if self.date else None,
            "date_precision": self.date_precision,
            "category": self.category_code,
            "category_label": self.category_label,
            "confidence": round(self.confidence, 3),
            "co_actors": [{"actor": a.name, "actor_slug": a.slug, "country": a.country} for a in self.co_actors],
        }
        if signals:
            record["signals"] = dict(self.signals)
        return record


@dataclass
class Extraction:
    """What extracting one article gave: its statements, the language it was detected in (ISO
    639-1; None when not detected) and, when the extractor cannot read that language, why the
    article was skipped (then there are no statements)."""

    statements: list[ExtractedStatement]
    language: str | None = None
    skipped: str | None = None
    # The article's publication date: the one given, else one found in its URL, a heading line
    # or its dateline (see app/pipeline/extract/published.py), else None; and which of these.
    published: dt.date | None = None
    published_from: Literal["given", "url", "heading", "dateline"] | None = None
