"""Test fixtures: real databases (SQLite always, PostgreSQL when asked), every test rolled back.

Set TRACKER_TEST_DATABASE_URL to a PostgreSQL URL to run every database test twice, once per
database (the browser tests, whose checks do not depend on the database, run once, on
PostgreSQL). If it is set and unreachable, the suite fails.

Each backend has three databases, built once per run with Alembic:

* seeded: the actor registry and the seed article, through the real pipeline (spaCy included),
  committed once per run;
* empty: nothing in it;
* scratch: for the few tests whose writes must really commit.

A test that uses `seeded` runs on the first, any other test on the second. Either way it runs
inside one connection-level transaction that is rolled back when it ends: its sessions, and the
app's (`create_app(settings, session_factory=...)`), join that transaction through SAVEPOINTs, so
a commit in the code under test only releases a savepoint, and nothing a test writes outlives it.

A test whose writes another connection must see (a CLI run that builds its own engine, a
subprocess, a migration round trip, a bulk generator) uses `scratch_db` instead (or, for a module
whose tests only read what one setup committed, `module_scratch_db`): the scratch database,
emptied before and after.

On PostgreSQL the seeded database is TRACKER_TEST_DATABASE_URL's; the other two are named after
it plus "_empty" and "_scratch", and are created when missing. At the end of the run the seeded
and empty databases must hold as many rows per table as when they were built, so a test that
commits new rows outside its transaction fails the run instead of some later test.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Connection, Engine, func, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

from app import migrate
from app.config import PROJECT_ROOT, Settings
from app.db import enable_savepoints, make_engine, make_session_factory
from app.main import create_app
from app.models import Base
from app.query.filters import FILTERS, Registry
from app.store import unit_of_work

SEED_ARTICLE = PROJECT_ROOT / "seeds" / "articles" / "000-armenia-azerbaijan-border-fights.md"
PG_ENV = "TRACKER_TEST_DATABASE_URL"
NO_ROWS = {table.name: 0 for table in Base.metadata.sorted_tables}


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "database_name" in metafunc.fixturenames:
        names = ["sqlite"] + (["postgresql"] if os.environ.get(PG_ENV) else [])
        if metafunc.definition.get_closest_marker("browser"):
            # What a browser test checks (layout, scripts, accessibility, forms) is the same over
            # either database, whose queries and writes the HTTP tests check on both: one run,
            # over PostgreSQL when it is given.
            names = names[-1:]
        metafunc.parametrize("database_name", names, scope="session", indirect=True)


@pytest.fixture(scope="session")
def database_name(request) -> str:
    return request.param


@dataclass(frozen=True)
class DatabaseUrls:
    seeded: str
    empty: str
    scratch: str


def _urls(database_name: str, folder: Path) -> DatabaseUrls:
    if database_name == "sqlite":
        return DatabaseUrls(*(f"sqlite:///{folder / name}.db" for name in ("seeded", "empty", "scratch")))
    given = make_url(Settings(database_url=os.environ[PG_ENV]).database_url)
    return DatabaseUrls(
        *(
            given.set(database=given.database + suffix).render_as_string(hide_password=False)
            for suffix in ("", "_empty", "_scratch")
        )
    )


def _create_if_missing(server_url: str, url: str) -> None:
    """CREATE DATABASE for a PostgreSQL database the run needs beside the one it was given."""
    name = make_url(url).database
    engine = make_engine(server_url, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as conn:
            if not conn.scalar(text("SELECT 1 FROM pg_database WHERE datname = :n"), {"n": name}):
                conn.execute(text(f'CREATE DATABASE "{name}"'))
    finally:
        engine.dispose()


def _build(url: str) -> None:
    """An empty database at the newest migration."""
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


def _row_counts(engine: Engine) -> dict[str, int]:
    with engine.connect() as conn:
        return {t.name: conn.scalar(select(func.count()).select_from(t)) for t in Base.metadata.sorted_tables}


def _delete_everything(engine: Engine) -> None:
    with engine.begin() as conn:
        for table in reversed(Base.metadata.sorted_tables):
            conn.execute(table.delete())


@pytest.fixture(scope="session")
def _database_urls(tmp_path_factory, database_name) -> DatabaseUrls:
    urls = _urls(database_name, tmp_path_factory.mktemp(f"db-{database_name}"))
    if database_name == "postgresql":
        try:
            _create_if_missing(urls.seeded, urls.empty)
            _create_if_missing(urls.seeded, urls.scratch)
        except Exception as exc:
            pytest.fail(f"cannot reach the test database {urls.seeded}: {exc}", pytrace=False)
    return urls


@pytest.fixture(scope="session")
def _engines() -> Iterator[Callable[[str], Engine]]:
    """One engine per test database for the whole run, able to hold SAVEPOINTs on SQLite too."""
    engines: dict[str, Engine] = {}

    def engine_for(url: str) -> Engine:
        if url not in engines:
            engines[url] = enable_savepoints(make_engine(url))
        return engines[url]

    yield engine_for
    for engine in engines.values():
        engine.dispose()


def _unchanged_at_the_end(engine: Engine, built: dict[str, int], what: str) -> None:
    now = _row_counts(engine)
    changed = {name: (built[name], now[name]) for name in built if built[name] != now[name]}
    assert not changed, f"a test committed into the {what} database (table: rows built, rows now): {changed}"


@pytest.fixture(scope="session")
def _empty_url(_database_urls, _engines) -> Iterator[str]:
    _build(_database_urls.empty)
    yield _database_urls.empty
    _unchanged_at_the_end(_engines(_database_urls.empty), NO_ROWS, "empty")


@pytest.fixture(scope="session")
def registry():
    from app.pipeline.resolve import load_registry

    return load_registry(PROJECT_ROOT / "seeds" / "actors")


@pytest.fixture(scope="session")
def _seeded_url(_database_urls, _engines, registry, extractor) -> Iterator[str]:
    """The registry and the seed article, through the real pipeline, committed once per run."""
    from app.pipeline.ingest import read_paths
    from app.pipeline.process import ingest_drafts
    from app.store import sync_registry

    url = _database_urls.seeded
    _build(url)
    engine = make_engine(url)
    factory = make_session_factory(engine)
    with unit_of_work(factory) as s:
        sync_registry(s, registry)
    summary = ingest_drafts(factory, read_paths([SEED_ARTICLE]), extractor)
    assert summary.new == 1, summary
    engine.dispose()
    built = _row_counts(_engines(url))
    yield url
    _unchanged_at_the_end(_engines(url), built, "seeded")


@pytest.fixture
def seeded(_seeded_url) -> None:
    """Run this test on the seeded database (see `database_url`)."""


@pytest.fixture
def database_url(request, _database_urls) -> str:
    """The database this test runs on: the seeded one when the test uses `seeded`, else the empty one.

    Hand it only to code that reads (or to `Settings` for `client`): a write through an engine of
    its own would commit outside the test's transaction. Tests that must commit use `scratch_db`.
    """
    return request.getfixturevalue("_seeded_url" if "seeded" in request.fixturenames else "_empty_url")


@pytest.fixture
def connection(database_url, _engines) -> Iterator[Connection]:
    """One connection, in one transaction for the whole test, rolled back at its end."""
    with _engines(database_url).connect() as conn:
        outer = conn.begin()
        try:
            yield conn
        finally:
            if outer.is_active:
                outer.rollback()


@pytest.fixture
def session_factory(connection) -> sessionmaker[Session]:
    """Sessions that join the test's transaction: their commits release a SAVEPOINT, nothing more."""
    return sessionmaker(bind=connection, join_transaction_mode="create_savepoint", expire_on_commit=False)


@pytest.fixture
def session(session_factory) -> Iterator[Session]:
    with session_factory() as s:
        yield s


@pytest.fixture
def settings(database_url) -> Settings:
    return Settings(database_url=database_url)


def _same_extraction(a: Settings, b: Settings) -> bool:
    return (a.language, a.spacy_model, a.actors_dir) == (b.language, b.spacy_model, b.actors_dir)


@pytest.fixture(scope="session")
def _started_apps() -> Iterator[dict[tuple[str, int], TestClient]]:
    """Apps started once per run, one per distinct `Settings` and filter registry, each with its
    TestClient entered.

    Building an app (its routes' models) and starting it (the lifespan's full garbage
    collection) cost about half a second, which every HTTP test paid; the app keeps nothing
    between requests but its settings, its templates and the extractor, and reads its session
    factory from `app.state` on every request, so one app serves every test in turn."""
    started: dict[tuple[str, int], TestClient] = {}
    yield started
    for c in started.values():
        c.__exit__(None, None, None)


@pytest.fixture
def app_client(_started_apps, session_factory, extractor, _extractor_settings) -> Iterator[Callable[..., TestClient]]:
    """`app_client(settings, filters=FILTERS)`: the app for `settings` (and that filter registry,
    which must live as long as the run) over real HTTP, started once per run and
    pointed at this test's session factory, so its every request is inside the test's
    transaction; its cookies are this test's alone (cleared before the test).

    The app is handed the suite's extractor when its settings name the same language, model
    and registry, so a test that posts an article does not load spaCy again."""
    used: list[TestClient] = []

    def for_settings(settings: Settings, filters: Registry = FILTERS) -> TestClient:
        key = (settings.model_dump_json(), id(filters))
        c = _started_apps.get(key)
        if c is None:
            app = create_app(settings, session_factory=session_factory, filters=filters)
            c = _started_apps[key] = TestClient(app)
            c.__enter__()
            if _same_extraction(settings, _extractor_settings):
                c.app.state.extractor = extractor
        if c not in used:
            c.app.state.session_factory = session_factory
            c.cookies.clear()
            used.append(c)
        return c

    yield for_settings
    for c in used:  # a request that outlived its test finds no connection rather than the next test's
        c.app.state.session_factory = None
        c.cookies.clear()


@pytest.fixture
def client(settings, app_client) -> TestClient:
    """The app over real HTTP, its every request inside the test's transaction."""
    return app_client(settings)


@dataclass(frozen=True)
class ScratchDatabase:
    """A database whose commits are real, for a test whose writes another connection must see."""

    url: str
    session_factory: sessionmaker[Session]


@pytest.fixture(scope="session")
def _scratch_url(_database_urls) -> str:
    _build(_database_urls.scratch)
    return _database_urls.scratch


@contextmanager
def _scratch(url: str) -> Iterator[ScratchDatabase]:
    engine = make_engine(url)
    _delete_everything(engine)
    try:
        yield ScratchDatabase(url, make_session_factory(engine))
    finally:
        _delete_everything(engine)
        engine.dispose()


@pytest.fixture(scope="session")
def _extractor_settings() -> Settings:
    return Settings(seeds_dir=PROJECT_ROOT / "seeds", language="en")


@pytest.fixture(scope="session")
def extractor(_extractor_settings):
    """The project's extractor (spaCy, the English pack, the registry), built once per run."""
    from app.pipeline.extract import Extractor

    return Extractor.from_settings(_extractor_settings)


@pytest.fixture
def scratch_db(_scratch_url) -> Iterator[ScratchDatabase]:
    """The scratch database, empty, this test's alone; emptied again after it."""
    with _scratch(_scratch_url) as db:
        yield db


@pytest.fixture(scope="module")
def module_scratch_db(_scratch_url) -> Iterator[ScratchDatabase]:
    """The scratch database for a whole module, whose tests only read what its setup committed."""
    with _scratch(_scratch_url) as db:
        yield db


@pytest.fixture(scope="session", autouse=True)
def cheap_password_hashing():
    """Real Argon2, at its cheapest parameters: the production profile (64 MiB, 3 passes, some
    0.2 s a check) would spend minutes of the suite hashing test passwords. What is tested, that a
    password is hashed, verified and limited, does not depend on the cost; `tracker serve`
    subprocesses started by tests keep the production profile."""
    import argon2.profiles
    from argon2 import PasswordHasher

    from app import auth

    saved = auth._hasher, auth._DUMMY_HASH
    auth._hasher = PasswordHasher.from_parameters(argon2.profiles.CHEAPEST)
    auth._DUMMY_HASH = auth._hasher.hash("no such account")
    yield
    auth._hasher, auth._DUMMY_HASH = saved
