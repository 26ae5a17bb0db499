"""`create_app(settings)`: the web application, built on demand (never at import time)."""

from __future__ import annotations

import gc
from contextlib import asynccontextmanager

from fastapi import Depends, FastAPI
from fastapi.middleware.gzip import GZipMiddleware
from fastapi.templating import Jinja2Templates
from sqlalchemy.orm import Session, sessionmaker

from app.config import PROJECT_ROOT, Settings
from app.db import make_engine, make_session_factory
from app.query.filters import FILTERS, Registry
from app.web import api, api_suggest, api_write, cards, docs, exports, fast_list, pages, sources
from app.web.charts import register as register_chart_filters
from app.web.deps import refuse_control_characters
from app.web.errors import install_error_handlers
from app.web.formatting import register
from app.web.identity import SessionLoader
from app.web.middleware import BodySizeLimit, ETags, SecurityHeaders, TokenGate
from app.web.static import FingerprintedStatic

GC_THRESHOLDS = (5000, 10, 100)


@asynccontextmanager
async def _lifespan(app: FastAPI):
    # What exists once the app has started (modules, routes, templates, SQLAlchemy mappers) lives
    # as long as the process. Frozen, the collector stops walking it on every full collection:
    # those walks had added ~60 ms to one request in ten.
    gc.collect()
    gc.freeze()
    # A request allocates thousands of short-lived objects: at Python's default thresholds the
    # collector ran 2.4 times a request and a full collection one request in fifty, 0.5 ms a
    # request on average and pauses up to 17 ms (a list's p95). Younger collections less often:
    # 0.1 ms a request, pauses under 10 ms, cycles still collected.
    thresholds = gc.get_threshold()
    gc.set_threshold(*GC_THRESHOLDS)
    yield
    gc.set_threshold(*thresholds)
    gc.unfreeze()  # an app that stops (tests start many) leaves nothing pinned
    if app.state.engine is not None:  # an engine the app built is the app's to close
        app.state.engine.dispose()


def create_app(
    settings: Settings | None = None,
    session_factory: sessionmaker[Session] | None = None,
    filters: Registry = FILTERS,
) -> FastAPI:
    """The app over `settings.database_url`, or over `session_factory` when one is given;
    `filters` is the statement filter registry its API, pages and exports offer.

    A given factory is the caller's (the app builds, and later disposes, no engine of its own):
    the tests pass one bound to a connection whose transaction they roll back after each test.
    """
    settings = settings or Settings()
    app = FastAPI(
        title="Statement Tracker",
        description="Who said what, when: statements extracted from diplomatic news.",
        version="0.1.0",
        lifespan=_lifespan,
        dependencies=[Depends(refuse_control_characters)],
        docs_url=None,  # ours, served offline (app.web.docs)
        redoc_url=None,
    )
    app.state.settings = settings
    if session_factory is None:
        app.state.engine = make_engine(settings.database_url, settings.database_limits)
        app.state.session_factory = make_session_factory(app.state.engine)
    else:
        app.state.engine = None
        app.state.session_factory = session_factory
    templates = Jinja2Templates(directory=str(PROJECT_ROOT / "templates"))
    # Templates are read once: checking each file's time on every include (a card is one, 50 a
    # page) cost a fifth of a page's rendering. A changed template needs a restart.
    templates.env.auto_reload = False
    register(templates.env)
    register_chart_filters(templates.env)
    cards.register(templates.env)
    app.state.templates = templates
    static = FingerprintedStatic(PROJECT_ROOT / "static")
    templates.env.globals["static_url"] = static.url
    app.mount("/static", static, name="static")
    app.include_router(exports.build_router(filters))
    app.include_router(api_suggest.router)
    app.include_router(api.build_router(filters))
    app.include_router(api_write.router)
    app.include_router(pages.build_router(filters))
    app.include_router(docs.router)
    app.include_router(sources.router)
    install_error_handlers(app)
    app.add_middleware(fast_list.StatementListFastPath, registry=filters)  # innermost: see its module
    app.add_middleware(BodySizeLimit, max_bytes=settings.max_body_bytes)
    app.add_middleware(TokenGate)  # outside the body limit: a request without a token is never read
    app.add_middleware(SessionLoader)  # who is signed in, for pages and their forms
    app.add_middleware(SecurityHeaders)
    app.add_middleware(ETags)  # on the uncompressed body: the same tag whatever the encoding (weak)
    app.add_middleware(GZipMiddleware, minimum_size=1000)
    return app
