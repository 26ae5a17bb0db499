"""Test fixtures: a real database (SQLite always, PostgreSQL when asked) and real HTTP.

Set TRACKER_TEST_DATABASE_URL to a PostgreSQL URL to run every database test
twice, once per database. If it is set and unreachable, the suite fails.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import text
from sqlalchemy.orm import Session

from app import migrate
from app.config import PROJECT_ROOT, Settings
from app.db import make_engine, make_session_factory
from app.main import create_app
from app.models import Base
from app.store import unit_of_work

SEED_ARTICLE = PROJECT_ROOT / "seeds" / "articles" / "000-armenia-azerbaijan-border-fights.md"


def _database_urls(tmp_root: Path) -> list[str]:
    urls = [f"sqlite:///{tmp_root / 'tracker-test.db'}"]
    if extra := os.environ.get("TRACKER_TEST_DATABASE_URL"):
        urls.append(Settings(database_url=extra).database_url)
    return urls


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "database_url" in metafunc.fixturenames:
        names = ["sqlite"] + (["postgresql"] if os.environ.get("TRACKER_TEST_DATABASE_URL") else [])
        metafunc.parametrize("database_name", names, scope="session", indirect=True)


@pytest.fixture(scope="session")
def database_name(request) -> str:
    return request.param


@pytest.fixture(scope="session")
def _prepared(tmp_path_factory, database_name) -> dict[str, str]:
    """Each database starts empty and is migrated to head once per run."""
    urls = dict(zip(["sqlite", "postgresql"], _database_urls(tmp_path_factory.mktemp("db"))))
    url = urls[database_name]
    engine = make_engine(url)
    try:
        with engine.begin() as conn:
            if conn.dialect.name == "postgresql":
                conn.execute(text("DROP SCHEMA public CASCADE"))
                conn.execute(text("CREATE SCHEMA public"))
    except Exception as exc:  # an asked-for PostgreSQL that is down must fail the run, not skip
        pytest.fail(f"cannot reach the test database {url}: {exc}", pytrace=False)
    finally:
        engine.dispose()
    migrate.upgrade(url)
    return {"url": url}


@pytest.fixture
def database_url(_prepared) -> str:
    url = _prepared["url"]
    yield url
    engine = make_engine(url)
    with engine.begin() as conn:  # leave every table empty for the next test
        for table in reversed(Base.metadata.sorted_tables):
            conn.execute(table.delete())
    engine.dispose()


@pytest.fixture
def session_factory(database_url):
    engine = make_engine(database_url)
    yield make_session_factory(engine)
    engine.dispose()


@pytest.fixture
def session(session_factory) -> Session:
    with session_factory() as s:
        yield s


@pytest.fixture
def settings(database_url) -> Settings:
    return Settings(database_url=database_url)


@pytest.fixture
def client(settings) -> TestClient:
    app = create_app(settings)
    with TestClient(app) as c:
        yield c
    app.state.engine.dispose()


@pytest.fixture(scope="session")
def registry():
    from app.pipeline.resolve import load_registry

    return load_registry(PROJECT_ROOT / "seeds" / "actors")


@pytest.fixture(scope="session")
def extractor():
    """The project's extractor (spaCy, the English pack, the registry), built once per run."""
    from app.pipeline.extract import Extractor

    return Extractor.from_settings(Settings())


@pytest.fixture
def seeded(session_factory, registry, extractor) -> None:
    """The registry and the seed article, through the real pipeline."""
    from app.pipeline.ingest import read_paths
    from app.pipeline.process import ingest_drafts
    from app.store import sync_registry

    with unit_of_work(session_factory) as s:
        sync_registry(s, registry)
    summary = ingest_drafts(session_factory, read_paths([SEED_ARTICLE]), extractor)
    assert summary.new == 1, summary
