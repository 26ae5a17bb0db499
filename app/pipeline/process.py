"""The whole pipeline over many drafts: skip what is stored, extract (in parallel), resolve, store.

Extraction, the costly part, runs in worker processes over batches; storing
goes through the write layer (`app.store`), one `unit_of_work` per batch of
articles, so an article and its statements are always written together and an
interrupted run can simply be run again.
"""

from __future__ import annotations

import datetime as dt
import multiprocessing
import os
import signal
import sys
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Executor, ProcessPoolExecutor
from dataclasses import dataclass, field
from itertools import islice
from typing import TYPE_CHECKING

from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from app.pipeline.ingest import ArticleDraft, IngestError
from app.pipeline.ingest.draft import MAX_ARTICLE_CHARS, over_limit
from app.pipeline.types import ArticleInput, Extraction
from app.store import ChangeReport, StoreResult, find_existing, is_unchanged, store_article, unit_of_work

if TYPE_CHECKING:
    from app.config import Settings
    from app.pipeline.extract import Extractor


@dataclass
class IngestSummary:
    """What an ingest did. An article the extractor could not read (its language) is stored
    without statements and counted as `skipped`, not as new or updated; `skips` names each."""

    new: int = 0
    updated: int = 0
    unchanged: int = 0
    skipped: int = 0
    failed: int = 0
    statements: int = 0
    errors: list[IngestError] = field(default_factory=list)
    skips: list[IngestError] = field(default_factory=list)
    changes: ChangeReport = field(default_factory=ChangeReport)

    @property
    def done(self) -> int:
        return self.new + self.updated + self.unchanged + self.skipped + self.failed

    def count(self, result: StoreResult, found: Extraction, where: str = "") -> None:
        if result.status == "unchanged":
            self.unchanged += 1
        elif found.skipped:
            self.skipped += 1
            self.skips.append(IngestError(where, found.skipped))
        elif result.status == "new":
            self.new += 1
            self.statements += len(found.statements)
        else:
            self.updated += 1
            self.statements += len(found.statements)
            if result.changes:
                self.changes += result.changes


def article_input(draft: ArticleDraft, received: dt.date | None = None) -> ArticleInput:
    """What the extractor reads of a draft; `received`: the day its text came (default today)."""
    return ArticleInput(
        text=draft.text,
        published=draft.published,
        title=draft.title,
        source=draft.source,
        url=draft.url,
        received=received,
    )


def extract_drafts(
    extractor: Extractor, drafts: list[ArticleDraft], received: list[dt.date | None] | None = None
) -> list[Extraction]:
    """Statements, language and date of each draft, in order, with spaCy batching across the
    drafts; `received`: the day each draft's text came (default today)."""
    days = received or [None] * len(drafts)
    return list(extractor.analyse_many([article_input(d, day) for d, day in zip(drafts, days, strict=True)]))


# What extracting one draft of a batch gave: its statements and language, or why it failed.
Extracted = Extraction | IngestError


def _problem(exc: BaseException) -> str:
    """One line about an exception, without the SQL and parameters a database error carries."""
    if isinstance(exc, DBAPIError) and exc.orig is not None:
        exc = exc.orig
    first = (str(exc).strip().splitlines() or [""])[0]
    return f"{type(exc).__name__}: {first[:300]}" if first else type(exc).__name__


def extract_each(extractor: Extractor, drafts: list[ArticleDraft]) -> list[Extracted]:
    """`extract_drafts`, except that a draft whose extraction raises becomes an `IngestError`
    (the batch is then extracted one draft at a time) instead of sinking its batch."""
    try:
        return list(extract_drafts(extractor, drafts))
    except Exception as exc:
        if len(drafts) == 1:
            return [IngestError(drafts[0].where, f"extraction failed: {_problem(exc)}")]
    return [one for draft in drafts for one in extract_each(extractor, [draft])]


# A pool worker's own extractor: set once by `_start_worker` in each worker process
# (spaCy pipelines do not travel between processes; each worker loads its own).
_worker_extractor: Extractor | None = None


def _die_with_parent(parent: int) -> None:
    """End this worker as soon as the process that started it is gone (killed with -9, say).

    On Linux the kernel sends SIGKILL at once (PR_SET_PDEATHSIG); elsewhere, and in case the
    parent died before the request was made, a thread checks once a second that the parent is
    still ours. An orphaned worker would otherwise wait on its task queue for ever.
    """
    if sys.platform.startswith("linux"):
        import ctypes

        try:
            ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # 1 = PR_SET_PDEATHSIG
        except (OSError, AttributeError):
            pass

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(1)
        os._exit(1)

    if os.getppid() != parent:
        os._exit(1)
    threading.Thread(target=watch, name="parent-watchdog", daemon=True).start()


def _start_worker(settings: Settings, parent: int) -> None:
    global _worker_extractor
    _die_with_parent(parent)
    from app.pipeline.extract import Extractor  # spaCy loads here, never at import

    _worker_extractor = Extractor.from_settings(settings)


def _pool(workers: int, settings: Settings) -> ProcessPoolExecutor:
    """Extraction workers started fresh ("spawn"), not forked: a forked worker would inherit the
    parent's open database connections, keep them (and any transaction on them) alive after the
    parent is killed, and hold the row locks the next run needs. The workers never touch the
    database; they extract and die with the parent."""
    return ProcessPoolExecutor(
        max_workers=workers,
        mp_context=multiprocessing.get_context("spawn"),
        initializer=_start_worker,
        initargs=(settings, os.getpid()),
    )


def _extract_in_worker(drafts: list[ArticleDraft]) -> list[Extracted]:
    assert _worker_extractor is not None, "the pool was started without _start_worker"
    return extract_each(_worker_extractor, drafts)


def extractor_version() -> str:
    from app.pipeline.extract.version import EXTRACTOR_VERSION

    return EXTRACTOR_VERSION


def _batches(items: Iterable, size: int) -> Iterator[list]:
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch


def _store_batch(
    factory: sessionmaker[Session],
    pairs: list[tuple[ArticleDraft, Extracted]],
    version: str,
    summary: IngestSummary,
) -> None:
    """One transaction for the batch; if it fails, one per article, so that an article that cannot
    be extracted or stored is reported (with its file and line) and the others are stored.
    A database that is unreachable or timing out ends the run (`OperationalError`)."""
    good = [(draft, found) for draft, found in pairs if not isinstance(found, IngestError)]
    for _, found in pairs:
        if isinstance(found, IngestError):
            summary.failed += 1
            summary.errors.append(found)
    if not good:
        return
    try:
        with unit_of_work(factory) as session:
            results = [_store(session, draft, found, version) for draft, found in good]
        for result, (draft, found) in zip(results, good):
            summary.count(result, found, draft.where)
        return
    except OperationalError:
        raise
    except Exception:
        pass
    for draft, found in good:
        try:
            with unit_of_work(factory) as session:
                summary.count(_store(session, draft, found, version), found, draft.where)
        except OperationalError:
            raise
        except IntegrityError:
            summary.unchanged += 1  # stored by a concurrent process between our check and our insert
        except Exception as exc:
            summary.failed += 1
            summary.errors.append(IngestError(draft.where, f"could not be stored: {_problem(exc)}"))


def _store(session: Session, draft: ArticleDraft, found: Extraction, version: str) -> StoreResult:
    if draft.published is None and found.published is not None:  # found in its URL or dateline
        draft = draft.model_copy(update={"published": found.published})
    return store_article(session, draft, found.statements, version, language=found.language)


def _needs_work(
    factory: sessionmaker[Session], batch: list, summary: IngestSummary, max_chars: int
) -> list[ArticleDraft]:
    fresh = []
    with factory() as session:
        for item in batch:
            if isinstance(item, ArticleDraft) and (too_long := over_limit(item, max_chars)):
                item = too_long
            if isinstance(item, IngestError):
                summary.failed += 1
                summary.errors.append(item)
            elif is_unchanged(find_existing(session, item), item):
                summary.unchanged += 1
            else:
                fresh.append(item)
    return fresh


def ingest_drafts(
    factory: sessionmaker[Session],
    items: Iterable[ArticleDraft | IngestError],
    extractor: Extractor | None = None,
    workers: int = 1,
    batch_size: int = 16,
    on_progress: Callable[[IngestSummary], None] | None = None,
    settings: Settings | None = None,
) -> IngestSummary:
    """Extract and store every draft: in this process with `extractor`, or, with `workers > 1`,
    in a process pool whose workers each build their own extractor from `settings`.

    A draft that is too long (`settings.max_article_chars`), or whose extraction or storing
    raises, is counted as failed and reported in `summary.errors` with where it came from; the
    others are stored."""
    if workers > 1 and settings is None:
        raise ValueError("parallel extraction needs the settings its workers build their extractors from")
    if workers <= 1 and extractor is None:
        raise ValueError("extraction in this process needs an extractor")
    summary = IngestSummary()
    version = extractor_version()
    pool: Executor | None = None
    if workers > 1:
        pool = _pool(workers, settings)
    try:
        max_chars = settings.max_article_chars if settings is not None else MAX_ARTICLE_CHARS
        todo = (_needs_work(factory, batch, summary, max_chars) for batch in _batches(items, batch_size))
        if pool is None:
            results = ((fresh, extract_each(extractor, fresh)) for fresh in todo)
        else:
            # Keep the pool busy: extraction of later batches overlaps storing earlier ones.
            results = _parallel(pool, todo, workers * 2)
        for fresh, found in results:
            if fresh:
                _store_batch(factory, list(zip(fresh, found)), version, summary)
            if on_progress:
                on_progress(summary)
    finally:
        if pool is not None:
            pool.shutdown(cancel_futures=True)
    return summary


def _parallel(pool: Executor, todo: Iterator[list[ArticleDraft]], ahead: int):
    """Yield (drafts, statements) in order while up to `ahead` batches extract in the pool."""
    pending = []
    for fresh in todo:
        pending.append((fresh, pool.submit(_extract_in_worker, fresh) if fresh else None))
        while len(pending) > ahead:
            drafts, future = pending.pop(0)
            yield drafts, (future.result() if future else [])
    for drafts, future in pending:
        yield drafts, (future.result() if future else [])


def ingest_article(
    session: Session, draft: ArticleDraft, extractor: Extractor, found: Extraction | None = None
) -> StoreResult:
    """One article through the pipeline inside the caller's transaction (the API's POST);
    `found`: what extracting it gave when the caller extracted it already."""
    existing = find_existing(session, draft)
    if is_unchanged(existing, draft):
        return StoreResult(existing, "unchanged")
    if found is None:
        (found,) = extract_drafts(extractor, [draft])
    return _store(session, draft, found, extractor_version())
