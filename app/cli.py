"""The `tracker` command line: one sub-command per job, each a thin call into the pipeline or the store.

A command that writes opens one `app.store.unit_of_work` (or lets the pipeline open one per batch).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from app.config import Settings

app = typer.Typer(
    help="Statement Tracker: who said what, when, in diplomatic news.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
)
db_app = typer.Typer(help="Database schema.", no_args_is_help=True)
token_app = typer.Typer(help="API tokens for write endpoints.", no_args_is_help=True)
actors_app = typer.Typer(help="The actor registry.", no_args_is_help=True)
user_app = typer.Typer(help="Accounts of editors and admins.", no_args_is_help=True)
app.add_typer(db_app, name="db")
app.add_typer(user_app, name="user")
app.add_typer(token_app, name="token")
app.add_typer(actors_app, name="actors")
sources_app = typer.Typer(help="Feeds and news sitemaps `tracker worker` follows.", no_args_is_help=True)
app.add_typer(sources_app, name="sources")


def _settings(ctx: typer.Context) -> Settings:
    """The settings, read from the environment once per command (on first use, so that
    `--help` works whatever the environment holds) and kept on the root context."""
    from pydantic import ValidationError

    root = ctx.find_root()
    if root.obj is None:
        try:
            root.obj = Settings()
        except ValidationError as exc:  # a bad DATABASE_URL, say: name the variable and the problem
            problem = exc.errors()[0]
            where = ".".join(map(str, problem["loc"])) or "settings"
            _fail(f"{where}: {problem['msg'].removeprefix('Value error, ')}")
    return root.obj


def _fail(message: str, code: int = 1) -> None:
    typer.echo(f"error: {message}", err=True)
    raise typer.Exit(code)


def _checked(build, settings: Settings):
    """`build(settings)`, where a broken language pack or registry ends the command with one line."""
    try:
        return build(settings)
    except (ValueError, OSError) as exc:  # a broken pack or registry names its file; OSError: no such spaCy model
        _fail(" ".join(str(exc).split()) if isinstance(exc, ValueError) else str(exc).splitlines()[0])


def _session_factory(settings: Settings):
    from app.db import make_engine, make_session_factory

    return make_session_factory(make_engine(settings.database_url, settings.database_limits))


def database_label(url: str) -> str:
    """The database URL as a person should see it: the password hidden, a SQLite file's path absolute
    (so "tracker.db" run in another folder says which file it is)."""
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        parsed = make_url(url)
    except ArgumentError:
        return "an unreadable database URL"
    if parsed.get_backend_name() == "sqlite" and parsed.database and parsed.database != ":memory:":
        parsed = parsed.set(database=str(Path(parsed.database).resolve()))
    return parsed.render_as_string(hide_password=True)


_announced: list[Settings] = []  # the settings of the command that last said where it writes


def _announce(settings: Settings) -> None:
    """Say once per command (one `Settings` per command), on stderr, which database it writes to."""
    if _announced and _announced[0] is settings:
        return
    _announced[:] = [settings]
    typer.echo(f"Writing to {database_label(settings.database_url)}", err=True)


def _upgrade(settings: Settings) -> None:
    """Migrate the database first: every command that writes starts here, and says where it writes."""
    from sqlalchemy.exc import OperationalError

    from app import migrate

    _announce(settings)
    try:
        migrate.upgrade(settings.database_url)
    except OperationalError as exc:
        _fail(f"cannot reach the database at {database_label(settings.database_url)}: {exc.orig}")


@db_app.command("upgrade")
def db_upgrade(ctx: typer.Context) -> None:
    """Apply all migrations to DATABASE_URL."""
    settings = _settings(ctx)
    _upgrade(settings)
    typer.echo("database is up to date")


def _default_workers() -> int:
    import os

    return max(1, os.cpu_count() or 1)


def _run_ingest(settings: Settings, items, workers: int, progress: bool) -> None:
    """Store everything `items` yields, with a progress bar, then print the summary."""
    from app.pipeline.process import ingest_drafts
    from app.progress import ingest_progress

    _upgrade(settings)
    items = list(items)
    from app.pipeline.extract import Extractor

    if workers > 1:  # each worker builds its own extractor; here only check the files it will read
        extractor = None
        _checked(Extractor.load_sources, settings)
    else:
        extractor = _checked(Extractor.from_settings, settings)
    from sqlalchemy.exc import OperationalError
    from sqlalchemy.exc import TimeoutError as PoolTimeout

    try:
        with ingest_progress(len(items), enabled=progress) as update:
            summary = ingest_drafts(
                _session_factory(settings), items, extractor, workers=workers, on_progress=update, settings=settings
            )
    except (OperationalError, PoolTimeout) as exc:  # what was stored stays; a re-run goes on from there
        _fail(f"the database stopped answering: {getattr(exc, 'orig', None) or exc}")
    for skip in summary.skips:
        typer.echo(f"skipped: {skip.where}: {skip.message} (stored without statements)", err=True)
    for error in summary.errors:
        typer.echo(f"failed: {error.where}: {error.message}", err=True)
    typer.echo(
        f"new {summary.new}, updated {summary.updated}, unchanged {summary.unchanged}, "
        f"failed {summary.failed}, skipped {summary.skipped}; {summary.statements} statements stored"
    )
    if summary.failed:
        raise typer.Exit(1)


Workers = Annotated[
    int | None, typer.Option("--workers", "-w", min=1, help="Extraction processes (default: the CPU count).")
]
NoProgress = Annotated[bool, typer.Option("--no-progress", help="Do not draw a progress bar.")]


@app.command()
def ingest(
    ctx: typer.Context,
    inputs: Annotated[
        list[str], typer.Argument(help="Files, folders, globs, http(s) URLs, or - for JSON Lines on stdin.")
    ],
    workers: Workers = None,
    no_progress: NoProgress = False,
) -> None:
    """Extract statements from articles and store them; the same article is stored once."""
    settings = _settings(ctx)
    from app.pipeline.ingest import read_inputs
    from app.pipeline.ingest.safe_fetch import FetchPolicy

    items = read_inputs(inputs, policy=FetchPolicy.from_settings(settings))
    _run_ingest(settings, items, workers or _default_workers(), not no_progress)


@app.command("ingest-feed")
def ingest_feed(
    ctx: typer.Context,
    feeds: Annotated[list[str], typer.Argument(help="RSS or Atom feeds: URLs or files.")],
    workers: Workers = None,
    no_progress: NoProgress = False,
) -> None:
    """Fetch every article an RSS/Atom feed links to and ingest it."""
    settings = _settings(ctx)
    from itertools import chain

    from app.pipeline.ingest import read_feed
    from app.pipeline.ingest.safe_fetch import FetchPolicy

    policy = FetchPolicy.from_settings(settings)
    items = chain.from_iterable(read_feed(f, policy=policy) for f in feeds)
    _run_ingest(settings, items, workers or _default_workers(), not no_progress)


@app.command()
def reprocess(
    ctx: typer.Context,
    since: Annotated[str | None, typer.Option(help="Only articles published on or after YYYY-MM-DD.")] = None,
    actor: Annotated[str | None, typer.Option(help="Only articles with statements by this actor slug.")] = None,
    language: Annotated[
        str | None, typer.Option(help="Only articles stored as written in this language (ISO 639-1, e.g. fr).")
    ] = None,
) -> None:
    """Re-run the current extractor over stored articles, keeping hand corrections."""
    settings = _settings(ctx)
    import datetime as dt

    from app.pipeline.reprocess import article_ids
    from app.pipeline.reprocess import reprocess as run

    try:
        day = dt.date.fromisoformat(since) if since else None
    except ValueError:
        _fail(f"--since must be YYYY-MM-DD, not {since!r}")
    _upgrade(settings)
    factory = _session_factory(settings)
    with factory() as session:
        ids = article_ids(session, day, actor, language)
    from app.pipeline.extract import Extractor

    skipped: list[tuple[int, str]] = []
    report = run(factory, ids, _checked(Extractor.from_settings, settings), skipped=skipped)
    for article_id, reason in skipped:
        typer.echo(f"skipped: article {article_id}: {reason}", err=True)
    typer.echo(
        f"{len(ids)} articles reprocessed ({len(skipped)} skipped): {report.added} statements added, "
        f"{report.removed} removed, "
        f"{report.reattributed} re-attributed; {report.kept_corrections} corrections kept, "
        f"{report.dropped_corrections} dropped (their text is gone)"
    )


@app.command()
def extract(
    ctx: typer.Context,
    file: Annotated[
        Path | None, typer.Argument(help="JSON Lines file of articles; standard input when omitted.")
    ] = None,
    jsonl: Annotated[bool, typer.Option("--jsonl", help="JSON Lines in and out (the only format so far).")] = True,
    signals: Annotated[
        bool, typer.Option("--signals", help="Also print what each confidence was read from (for fitting it).")
    ] = False,
) -> None:
    """Extract statements without a database: one article per input line, one result per output line."""
    settings = _settings(ctx)
    from app.pipeline.extract.jsonl import run_jsonl

    if file is not None and not file.is_file():
        _fail(f"{file}: no such file")
    from app.pipeline.extract import Extractor

    extractor = _checked(Extractor.from_settings, settings)
    stream = file.open(encoding="utf-8") if file is not None else sys.stdin
    try:
        failures = run_jsonl(stream, sys.stdout, extractor, signals=signals)
    finally:
        if file is not None:
            stream.close()
    if failures:
        raise typer.Exit(1)


@actors_app.command("load")
def actors_load(
    ctx: typer.Context, folder: Annotated[Path | None, typer.Argument(help="Registry folder.")] = None
) -> None:
    """Load the actor registry (seeds/actors/*.yaml) into the database; safe to repeat."""
    settings = _settings(ctx)
    from app.pipeline.resolve import load_registry
    from app.store import sync_registry, unit_of_work

    folder = folder or settings.actors_dir
    if not folder.is_dir():
        _fail(f"{folder}: no such folder")
    try:
        registry = load_registry(folder)
    except ValueError as exc:
        _fail(str(exc))
    _upgrade(settings)
    with unit_of_work(_session_factory(settings)) as session:
        created, updated = sync_registry(session, registry)
    typer.echo(f"actors: {created} new, {updated} updated")


@actors_app.command("merge")
def actors_merge(
    ctx: typer.Context,
    source: Annotated[str, typer.Argument(help="Slug of the actor to fold in (it disappears).")],
    target: Annotated[str, typer.Argument(help="Slug of the actor that remains.")],
) -> None:
    """Move SOURCE's statements, aliases and roles to TARGET; repeating it changes nothing."""
    settings = _settings(ctx)
    from app.store import CorrectionError, merge_actors, unit_of_work

    _upgrade(settings)
    try:
        with unit_of_work(_session_factory(settings)) as session:
            result = merge_actors(session, source, target, by="cli")
            name = result.target.name
    except CorrectionError as exc:
        _fail(exc.message)
    if result.already_merged:
        typer.echo(f"{source} was already merged into {name}; nothing changed")
    else:
        typer.echo(f"merged {source} into {name}: {result.statements_moved} statements moved")


@app.command()
def seed(ctx: typer.Context) -> None:
    """Migrate, load the actor registry and ingest the example articles in seeds/articles."""
    settings = _settings(ctx)
    _upgrade(settings)
    actors_load(ctx, None)
    from app.pipeline.ingest import read_paths

    _run_ingest(settings, read_paths([settings.seeds_dir / "articles"]), workers=1, progress=False)


@app.command()
def serve(
    ctx: typer.Context,
    host: Annotated[str, typer.Option(help="Interface to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port.")] = 8000,
    workers: Annotated[int, typer.Option(help="Worker processes.", min=1)] = 1,
    request_timeout: Annotated[
        float, typer.Option(help="Seconds a client has to send a whole request, headers and body (408 after).", min=1)
    ] = 30.0,
    timeout_keep_alive: Annotated[
        int, typer.Option(help="Seconds an idle connection stays open between requests.", min=1)
    ] = 5,
    max_header_bytes: Annotated[int, typer.Option(help="Largest request line and headers.", min=1024)] = 16 * 1024,
    max_connections: Annotated[
        int, typer.Option(help="Open connections per worker before new requests get 503.", min=1)
    ] = 200,
) -> None:
    """Apply migrations, then serve the web app and API."""
    settings = _settings(ctx)
    from app.web.server import Limits
    from app.web.server import serve as run_server

    _upgrade(settings)
    typer.echo(f"serving on http://{host}:{port}")
    limits = Limits(request_timeout, timeout_keep_alive, max_header_bytes, max_connections)
    run_server(host, port, workers, limits)


@token_app.command("create")
def token_create(
    ctx: typer.Context,
    name: Annotated[str, typer.Argument(help="Who or what the token is for.")],
    user: Annotated[
        str | None, typer.Option(help="The user whose role the token acts with (default: none, an editor's rights).")
    ] = None,
) -> None:
    """Print a new API token (shown once; only its hash is stored)."""
    settings = _settings(ctx)
    from app.query.review import user_by_name
    from app.store import create_token, unit_of_work

    _upgrade(settings)
    with unit_of_work(_session_factory(settings)) as session:
        owner = None
        if user is not None:
            owner = user_by_name(session, user)
            if owner is None or not owner.active:
                _fail(f"no active user {user!r}")
        token = create_token(session, name, user=owner)
    typer.echo(f"token for {name!r} (store it now, it is not shown again):")
    typer.echo(token)


@token_app.command("revoke")
def token_revoke(
    ctx: typer.Context, name: Annotated[str, typer.Argument(help="Name the token was created with.")]
) -> None:
    """Revoke every live token of that name."""
    settings = _settings(ctx)
    from app.store import revoke_tokens, unit_of_work

    _announce(settings)
    with unit_of_work(_session_factory(settings)) as session:
        count = revoke_tokens(session, name)
    if not count:
        _fail(f"no live token named {name!r}")
    typer.echo(f"revoked {count} token(s) named {name!r}")


@user_app.command("create")
def user_create(
    ctx: typer.Context,
    name: Annotated[str, typer.Argument(help="The user name they sign in with.")],
    role: Annotated[str, typer.Option(help="editor (correct and review) or admin (also accounts and tokens).")],
    password_stdin: Annotated[
        bool, typer.Option("--password-stdin", help="Read the password from standard input instead of generating one.")
    ] = False,
) -> None:
    """Create an account; prints a one-time password unless one is read from standard input."""
    import secrets

    settings = _settings(ctx)
    from app.store import CorrectionError, create_user, unit_of_work

    if password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
        generated = False
    else:
        password, generated = secrets.token_urlsafe(15), True
    _upgrade(settings)
    try:
        with unit_of_work(_session_factory(settings)) as session:
            create_user(session, name, role, password, one_time=generated)
    except CorrectionError as exc:
        _fail(exc.message)
    typer.echo(f"created {role} {name!r}")
    if generated:
        typer.echo(
            "one-time password (give it to them now, it is not shown again; they choose their own at first sign-in):"
        )
        typer.echo(password)


@user_app.command("disable")
def user_disable(ctx: typer.Context, name: Annotated[str, typer.Argument(help="The user name.")]) -> None:
    """Stop an account: it cannot sign in, its sessions end, its API tokens stop working."""
    settings = _settings(ctx)
    from app.store import CorrectionError, disable_user, unit_of_work

    try:
        with unit_of_work(_session_factory(settings)) as session:
            disable_user(session, name)
    except CorrectionError as exc:
        _fail(exc.message)
    typer.echo(f"disabled {name!r}")


@sources_app.command("add")
def sources_add(
    ctx: typer.Context,
    url: Annotated[str, typer.Argument(help="An RSS or Atom feed, or a news sitemap (http or https).")],
    name: Annotated[str | None, typer.Option(help="What to call it (default: its host).")] = None,
    every: Annotated[str, typer.Option(help="How often to poll it: 15m, 1h, 1h30m, 1d (at least 1m).")] = "15m",
) -> None:
    """Follow a feed or news sitemap: `tracker worker` polls it and stores its new articles."""
    settings = _settings(ctx)
    import httpx

    from app.pipeline.follow.every import parse_every
    from app.store import unit_of_work
    from app.store.sources import SourceError, add_source

    try:
        interval = parse_every(every)
        parsed = httpx.URL(url.strip())
    except (ValueError, httpx.InvalidURL) as exc:
        _fail(str(exc) if isinstance(exc, ValueError) and str(exc).startswith("--every") else f"not a URL: {url!r}")
    if parsed.scheme not in ("http", "https") or not parsed.host or parsed.userinfo or len(url) > 2000:
        _fail(f"{url!r}: give an http(s) URL with a host, without user:pass@, under 2,000 characters")
    if name is not None and not 0 < len(name.strip()) <= 200:
        _fail("--name: between 1 and 200 characters")
    _upgrade(settings)
    try:
        with unit_of_work(_session_factory(settings)) as session:
            source = add_source(session, str(parsed), (name or parsed.host).strip(), interval)
            source_id = source.id
    except SourceError as exc:
        _fail(str(exc))
    typer.echo(f"following {parsed} as source {source_id}, every {every}; `tracker worker` polls it")


@sources_app.command("list")
def sources_list(ctx: typer.Context) -> None:
    """Every followed source: last poll, what it found, articles and statements, errors, next run."""
    settings = _settings(ctx)
    from app.query.sources import list_sources

    _upgrade(settings)
    with _session_factory(settings)() as session:
        views = list_sources(session)
    if not views:
        typer.echo("no sources yet: tracker sources add URL")
        return
    for v in views:
        last = v.last_fetch_at.strftime("%Y-%m-%d %H:%M:%S") if v.last_fetch_at else "never"
        upcoming = v.next_run_at.strftime("%Y-%m-%d %H:%M:%S") if v.next_run_at else "-"
        typer.echo(f"{v.id}  {v.name}  {v.url}  ({v.kind}, every {v.every})  {v.state}")
        typer.echo(
            f"    last poll {last}: {v.last_outcome or '-'}, {v.found} links, {v.new} new; "
            f"{v.articles} articles, {v.statements} statements, {v.pending} to fetch, {v.failed} failed; next {upcoming}"
        )
        if v.backoff:
            typer.echo(f"    backing off: {v.backoff}")
        if v.last_error:
            typer.echo(f"    last error: {v.last_error}")


def _change_source(ctx: typer.Context, ref: str, change) -> str:
    settings = _settings(ctx)
    from app.store import unit_of_work
    from app.store.sources import SourceError, find_source

    _upgrade(settings)
    try:
        with unit_of_work(_session_factory(settings)) as session:
            source = find_source(session, ref)
            label = f"{source.id} ({source.url})"
            change(session, source)
    except SourceError as exc:
        _fail(str(exc))
    return label


SourceRef = Annotated[str, typer.Argument(help="The source's id or URL.")]


@sources_app.command("pause")
def sources_pause(ctx: typer.Context, source: SourceRef) -> None:
    """Stop polling a source (its articles stay)."""
    from app.store.sources import set_paused

    typer.echo(f"paused source {_change_source(ctx, source, lambda s, src: set_paused(s, src, True))}")


@sources_app.command("resume")
def sources_resume(ctx: typer.Context, source: SourceRef) -> None:
    """Poll a paused source again, starting now."""
    from app.store.sources import set_paused

    typer.echo(f"resumed source {_change_source(ctx, source, lambda s, src: set_paused(s, src, False))}")


@sources_app.command("remove")
def sources_remove(ctx: typer.Context, source: SourceRef) -> None:
    """Stop following a source; the articles and statements it brought stay."""
    from app.store.sources import remove_source

    typer.echo(f"removed source {_change_source(ctx, source, remove_source)}")


@app.command()
def worker(
    ctx: typer.Context,
    concurrency: Annotated[
        int, typer.Option(help="Jobs at once in this process (fetches overlap; extraction takes turns).", min=1)
    ] = 4,
    once: Annotated[
        bool, typer.Option("--once", help="Stop when nothing is due and nothing is queued (for cron, tests).")
    ] = False,
) -> None:
    """Follow sources: poll them when due and store their new articles. On PostgreSQL any number of
    workers on any number of machines share the work through the job queue (procrastinate); on
    SQLite one worker does it all in this process."""
    settings = _settings(ctx)
    import logging

    from app.pipeline.follow.jobs import FollowContext

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(levelname)s %(message)s")
    for noisy in ("httpx", "alembic", "procrastinate"):  # every job start and end, every migration step
        logging.getLogger(noisy).setLevel(logging.WARNING)
    _upgrade(settings)
    from app.pipeline.extract import Extractor

    _checked(Extractor.load_sources, settings)  # a broken pack or registry: one line, now
    follow = FollowContext.from_settings(settings, _session_factory(settings))
    if settings.database_url.startswith("postgresql"):
        from app.pipeline.follow.queue import QueueTiming, build_app, drain, ensure_schema, kick_off, run_worker

        timing = QueueTiming(tick_seconds=settings.follow_tick, heartbeat=settings.worker_heartbeat)
        ensure_schema(settings.database_url)
        typer.echo(f"worker on the PostgreSQL job queue, {concurrency} job(s) at once")
        queue = build_app(follow, timing)
        if once:
            drain(queue, follow, concurrency, timing)
        else:
            kick_off(queue, follow)  # sources due now are polled now, not at the next tick
            run_worker(queue, concurrency, timing)
        return
    import signal
    import threading

    from app.pipeline.follow.local import run_local

    stop = threading.Event()
    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, lambda *_: stop.set())
    typer.echo(f"worker in this process (SQLite), {concurrency} job(s) at once")
    report = run_local(follow, threads=concurrency, once=once, stop=stop)
    typer.echo(f"{report.polls} polls; {report.stored} articles stored, {report.known} known, {report.failed} failed")


def main() -> None:
    app()
