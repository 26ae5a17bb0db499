"""Per-host politeness shared by every worker on every machine: at most N fetches of one host at
once, a delay between two fetches on one slot, and `Retry-After` honoured for the whole host.

The slots are rows (`HostSlot`, written by app/store/sources.py), each taken and handed back in
its own short transaction, so the limit holds across processes and machines without any
coordination of ours beyond the database, and a worker killed mid-fetch frees its slot when its
lease (one fetch's deadline) runs out.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from urllib.parse import urlsplit

from sqlalchemy.orm import Session, sessionmaker

from app.store import unit_of_work
from app.store.sources import ensure_slots, give_back_slot, hold_host, next_free_at, take_slot, utcnow


@dataclass(frozen=True)
class Politeness:
    slots: int = 2  # fetches of one host at once, across all workers
    delay: float = 1.0  # seconds between two fetches on one slot
    lease: float = 60.0  # a slot not handed back within this is free again (a killed worker)
    wait: float = 120.0  # give up waiting for a slot after this (the job runs again later)


# Hosts whose slot rows this process has made sure exist (rows are never deleted while followed;
# an optimisation only: a second insert would change nothing).
_ensured: set[tuple[str, int]] = set()


class HostBusy(Exception):
    """No slot of the host came free in time."""


def aware(moment: dt.datetime) -> dt.datetime:
    """SQLite gives back naive datetimes; every stored time is UTC."""
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=dt.UTC)


def host_of(url: str) -> str:
    return (urlsplit(url).hostname or "").lower()[:300]


@contextmanager
def host_slot(factory: sessionmaker[Session], url: str, rules: Politeness) -> Iterator[None]:
    """Hold one of the URL's host slots for the block; wait (sleeping, not polling hard) until one is free."""
    host = host_of(url)
    if (host, rules.slots) not in _ensured:
        with unit_of_work(factory) as session:
            ensure_slots(session, host, rules.slots)
        _ensured.add((host, rules.slots))
    give_up = time.monotonic() + rules.wait
    while True:
        with unit_of_work(factory) as session:
            slot = take_slot(session, host, rules.slots, dt.timedelta(seconds=rules.lease))
            free_at = None if slot is not None else next_free_at(session, host)
        if slot is not None:
            break
        if free_at is None:  # no rows for the host (a database emptied under a running worker)
            with unit_of_work(factory) as session:
                ensure_slots(session, host, rules.slots)
            continue
        pause = 0.05 if free_at is None else (aware(free_at) - utcnow()).total_seconds()
        if time.monotonic() + max(pause, 0) > give_up:
            raise HostBusy(f"{host} had no free fetch slot for {rules.wait:g} s")
        time.sleep(min(max(pause, 0.02), 1.0))
    try:
        yield
    finally:
        with unit_of_work(factory) as session:
            give_back_slot(session, host, slot, utcnow() + dt.timedelta(seconds=rules.delay))


def respect_retry_after(factory: sessionmaker[Session], url: str, seconds: float) -> None:
    with unit_of_work(factory) as session:
        hold_host(session, host_of(url), utcnow() + dt.timedelta(seconds=seconds))
