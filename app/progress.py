"""A progress bar for long ingests: articles done, articles per second, time left."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TaskProgressColumn, TextColumn, TimeRemainingColumn


@contextmanager
def ingest_progress(total: int, enabled: bool = True) -> Iterator[Callable]:
    """Yields an `update(summary)` callback for `ingest_drafts`; draws on stderr."""
    if not enabled or total < 2:
        yield lambda summary: None
        return
    columns = (
        TextColumn("ingest"),
        BarColumn(),
        MofNCompleteColumn(),
        TaskProgressColumn(),
        TextColumn("{task.fields[rate]}"),
        TimeRemainingColumn(),
    )
    with Progress(*columns, console=Console(stderr=True), transient=False) as progress:
        task = progress.add_task("ingest", total=total, rate="")

        def update(summary) -> None:
            progress.update(task, completed=summary.done)
            speed = progress.tasks[task].speed
            progress.update(task, rate=f"{speed:.1f} articles/s" if speed else "")

        yield update
