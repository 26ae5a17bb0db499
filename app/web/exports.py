"""Exports and feeds of any filtered selection: CSV, NDJSON, Atom and TimelineJS.

CSV and NDJSON stream page by page with keyset pagination and a session of
their own, so a million rows never sit in memory at once. `build_router(filters)`
makes the routes for one filter registry: each export takes every filter's parameter.
"""

import csv
import html
import io
import re
from collections.abc import Iterator
from itertools import chain
from typing import Annotated

import orjson
from fastapi import APIRouter, Query, Request
from fastapi.responses import JSONResponse, Response, StreamingResponse

from app.query import listing
from app.query.filters import FILTERS, Registry, StatementFilter, describe, load_labels
from app.schemas import problem_responses
from app.web.deps import SessionDep, filter_dependency
from app.web.formatting import KIND_LABELS, country_name, query_string
from app.web.pages.common import filter_params


def _base(request: Request) -> str:
    return str(request.base_url).rstrip("/")


CSV_COLUMNS = [
    "id",
    "said_on",
    "date",
    "kind",
    "category",
    "category_label",
    "actor",
    "actor_slug",
    "country",
    "speaker",
    "text",
    "targets",
    "article_id",
    "article_title",
    "source",
    "url",
    "start",
    "end",
    "confidence",
    "permalink",
]
BATCH = 500


def _iter_statements(request: Request, f: StatementFilter, max_rows: int | None = None) -> Iterator:
    """Every matching statement, newest first, fetched BATCH at a time. The first page is
    fetched now, before the response starts: a database outage is then a 503, not a 200 cut short."""
    rows = _statement_pages(request, f, max_rows)
    first = next(rows, None)
    return iter(()) if first is None else chain([first], rows)


def _statement_pages(request: Request, f: StatementFilter, max_rows: int | None = None) -> Iterator:
    factory = request.app.state.session_factory
    cursor, sent = None, 0
    while True:
        with factory() as session:
            page = listing.statement_page(session, f, limit=BATCH, cursor=cursor)
            for statement in page.items:
                yield statement
                sent += 1
                if max_rows is not None and sent >= max_rows:
                    return
        if not page.next_cursor:
            return
        cursor = page.next_cursor


# A spreadsheet reads a cell starting with one of these as a formula (OWASP "CSV injection").
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _csv_cell(value: object) -> object:
    """A text cell a spreadsheet would run as a formula, prefixed with `'` so it stays text.

    Numbers (ids, offsets, confidence) are written as numbers; only text is neutralised,
    so a statement that reads "-5" comes out as "'-5".
    """
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def _csv_row(st, base: str) -> list[object]:
    return [_csv_cell(value) for value in _csv_values(st, base)]


def permalink(base: str, st: dict) -> str:
    """The statement's page as an absolute URL (`base` is the app's, without a trailing slash)."""
    return f"{base}/statements/{st['id']}"


def _csv_values(st: dict, base: str) -> list[object]:
    actor, article, category = st["actor"] or {}, st["article"], st["category"] or {}
    return [
        st["id"],
        str(st["said_on"]) if st["said_on"] else "",
        str(st["date"]) if st["date"] else "",
        st["kind"],
        category.get("code") or "",
        category.get("label") or "",
        actor.get("name", ""),
        actor.get("slug", ""),
        actor.get("country") or "",
        st["speaker"] or "",
        st["text"],
        " ".join(t["country"] or (t["actor"]["slug"] if t["actor"] else "") for t in st["targets"]),
        article["id"],
        article["title"] or "",
        article["source"] or "",
        article["url"] or "",
        st["start"],
        st["end"],
        round(st["confidence"], 3),
        permalink(base, st),
    ]


def _csv_lines(statements: Iterator, base: str) -> Iterator[str]:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(CSV_COLUMNS)
    for statement in statements:
        writer.writerow(_csv_row(statement, base))
        if buffer.tell() > 64_000:
            yield buffer.getvalue()
            buffer.seek(0)
            buffer.truncate()
    yield buffer.getvalue()


def _title(session, f: StatementFilter) -> str:
    return describe(f, load_labels(session, f, country=country_name))


# Characters XML 1.0 does not allow anywhere in a document (C0 controls but tab, CR and LF;
# lone surrogates; U+FFFE and U+FFFF): one of them in a stored text would make the feed unreadable.
XML_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def xml_safe(text: str) -> str:
    """`text` without the characters XML 1.0 forbids."""
    return XML_FORBIDDEN.sub("", text)


def _timeline_group(st: dict) -> str:
    """The row TimelineJS puts the event in: the speaker's country, else its kind of actor; never empty."""
    actor = st["actor"]
    if actor and actor["country"]:
        return country_name(actor["country"])
    if actor:
        return ACTOR_KIND_GROUPS.get(actor["kind"], "Other")
    return "Unattributed"


ACTOR_KIND_GROUPS = {"international_organisation": "International organisations", "media": "Media"}


def _timeline_event(st: dict, base: str) -> dict:
    """One TimelineJS event: who and the cue as headline, the words, and a link to the statement's page.

    TimelineJS puts every string it shows (headline, text, group) into the page as HTML, so each
    is escaped here."""
    actor, said_on, article = st["actor"], st["said_on"], st["article"]
    who = actor["name"] if actor else (st["speaker"] or "Unattributed")
    headline = f"{who} {st['cue']}" if st["cue"] else f"{who} · {KIND_LABELS[st['kind']]}"
    text = f"“{st['text']}”" if st["kind"] == "direct" else st["text"]
    source = ": ".join(part for part in (article["source"], article["title"]) if part) or "article"
    link = _html_escape(permalink(base, st))
    return {
        "start_date": {"year": said_on.year, "month": said_on.month, "day": said_on.day},
        "text": {
            "headline": _html_escape(headline),
            "text": f'<p>{_html_escape(text)}</p><p><a href="{link}">{_html_escape(source)}</a></p>',
        },
        "group": _html_escape(_timeline_group(st)),
        "unique_id": f"statement-{st['id']}",
    }


def _html_escape(text: str) -> str:
    return html.escape(text, quote=True)


def _text_response(media_type: str, description: str) -> dict:
    """The OpenAPI entry of a 200 whose body is `media_type` text rather than JSON."""
    return {200: {"description": description, "content": {media_type: {"schema": {"type": "string"}}}}}


def build_router(filters: Registry = FILTERS) -> APIRouter:
    """CSV, NDJSON, Atom and TimelineJS of the selection `filters` make."""
    router = APIRouter(tags=["exports"], responses=problem_responses(400, 422, 503))
    FilterDep = filter_dependency(filters)

    @router.get("/api/statements.csv", response_class=StreamingResponse, responses=_text_response("text/csv", "CSV"))
    def statements_csv(request: Request, f: FilterDep) -> StreamingResponse:
        return StreamingResponse(
            _csv_lines(_iter_statements(request, f), _base(request)),
            media_type="text/csv; charset=utf-8",
            headers={"Content-Disposition": 'attachment; filename="statements.csv"'},
        )

    @router.get(
        "/api/statements.ndjson",
        response_class=StreamingResponse,
        responses=_text_response("application/x-ndjson", "One JSON statement per line"),
    )
    def statements_ndjson(request: Request, f: FilterDep) -> StreamingResponse:
        lines = (orjson.dumps(st, option=orjson.OPT_APPEND_NEWLINE) for st in _iter_statements(request, f))
        return StreamingResponse(lines, media_type="application/x-ndjson")

    @router.get(
        "/feeds/statements.atom",
        response_class=Response,
        responses=_text_response("application/atom+xml", "An Atom 1.0 feed (RFC 4287)"),
    )
    def statements_atom(
        request: Request, session: SessionDep, f: FilterDep, limit: Annotated[int, Query(ge=1, le=500)] = 100
    ) -> Response:
        page = listing.statement_page(session, f, limit=limit, with_updated=True, dates=True)
        # An entry needs a date: undated statements (listed last) are left out of the feed.
        items = [st for st in page.items if st["said_on"] is not None]
        updated = max((st["updated_at"] for st in items), default=None)
        body = request.app.state.templates.get_template("feed.atom.xml").render(
            title=f"{_title(session, f)} · Statement Tracker",
            base=_base(request),
            self_url=str(request.url),
            # The feed's web page: the timeline with the same filters.
            timeline_url=f"{_base(request)}/?{query_string(filter_params(f))}".rstrip("?"),
            items=items,
            updated=updated,
        )
        return Response(xml_safe(body), media_type="application/atom+xml; charset=utf-8")

    @router.get("/api/statements/timeline.json")
    def statements_timelinejs(
        request: Request, session: SessionDep, f: FilterDep, limit: Annotated[int, Query(ge=1, le=500)] = 200
    ) -> JSONResponse:
        """Knight Lab TimelineJS: embed with `new TL.Timeline(id, url)`."""
        # An event needs a date: undated statements (listed last) are left out.
        items = [st for st in listing.statement_page(session, f, limit=limit, dates=True).items if st["said_on"]]
        title = _title(session, f)
        return JSONResponse(
            {
                "title": {"text": {"headline": _html_escape(title), "text": f"{len(items)} statements"}},
                "events": [_timeline_event(st, _base(request)) for st in reversed(items)],
            }
        )

    return router
