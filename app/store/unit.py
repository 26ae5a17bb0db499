"""The one transaction helper: a unit of work that commits on success and rolls back on error.

Store functions only flush; whoever calls them owns the transaction. A web
request gets its unit from `app.web.deps.get_session`; the CLI and the
pipeline open one per batch with `unit_of_work`. Nothing else commits.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy.orm import Session, sessionmaker


@contextmanager
def unit_of_work(factory: sessionmaker[Session]) -> Iterator[Session]:
    """One transaction: commit when the block succeeds, roll back when it raises."""
    session = factory()
    try:
        yield session
        session.commit()
    except BaseException:
        session.rollback()
        raise
    finally:
        session.close()
