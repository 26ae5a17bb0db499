"""The JSON API: the same services and filter as the pages, serialised with `app.schemas`.

`build_router(filters)` makes it for one filter registry (FastAPI reads the filter
parameters from the endpoints' signatures, so they are made per registry).
"""

from typing import Annotated, Literal

from fastapi import APIRouter, HTTPException, Query, Request, Response

from app.models import ReviewState
from app.query import charts, listing, review, service, stats
from app.query.filters import (
    COUNTRY_CODE_SCHEMA,
    DATETIME_SCHEMA,
    FILTERS,
    Filter,
    Labels,
    Registry,
    StatementFilter,
    check_codes,
    normalise_codes,
    parse_datetime,
)
from app.schemas import (
    ActorDetail,
    ActorOut,
    ActorRef,
    ActorWithCount,
    ArticleDetail,
    ArticleOut,
    CountryDetail,
    CountryOut,
    Envelope,
    Facets,
    FacetValue,
    LinkEnd,
    LinkOut,
    LinksOut,
    MonthCount,
    RoleOut,
    StatementDetail,
    StatementOut,
    SyncEnvelope,
    problem_responses,
)
from app.web.deps import RowId, SessionDep, filter_dependency, read_session
from app.web.formatting import country_name
from app.web.responses import JsonBytes

# The endpoints that take no filter; `build_router` puts the filtered ones before them.
records = APIRouter()

# The bounds the list's parameters document; `app.web.fast_list` reads requests by the same ones.
LIMIT_DEFAULT, LIMIT_MIN, LIMIT_MAX, CURSOR_MAX = 50, 1, 500, 500
Limit = Annotated[int, Query(ge=LIMIT_MIN, le=LIMIT_MAX, description=f"Items per page ({LIMIT_MIN}–{LIMIT_MAX}).")]
Cursor = Annotated[
    str | None,
    Query(
        max_length=CURSOR_MAX,
        json_schema_extra={"pattern": r"^[A-Za-z0-9_-]*$"},  # documented; the cursor decoder checks it
        description="`next_cursor` of the previous page, as given (opaque); a value this server did not issue is "
        "refused with 400.",
    ),
]


def _next_link(request: Request, next_cursor: str | None) -> dict[str, str]:
    if not next_cursor:
        return {}
    return {"Link": f'<{request.url.include_query_params(cursor=next_cursor)}>; rel="next"'}


def statement_list(request: Request, f: StatementFilter, limit: int, cursor: str | None) -> Response:
    """`GET /api/statements`: the hot path. One worker thread, one session, one statement for the
    page, and rows straight to bytes (the items are `StatementOut`'s shape already:
    tests/test_listing.py). `app.web.fast_list` calls it too, for requests it parses itself."""
    with read_session(request) as session:
        trusted = service.taken_as_slugs(f)
        checked = service.checked_filter(session, f, trusting=trusted)
        page = listing.statement_page(session, checked, limit=limit, cursor=cursor)
        if trusted and not page.items:  # a name, a typo or a slug without statements: resolve as always
            checked = service.checked_filter(session, f)
            page = listing.statement_page(session, checked, limit=limit, cursor=cursor)
        deleted = service.deleted_since(session, checked.changed_since) if checked.changed_since else None
    body = {"items": page.items, "next_cursor": page.next_cursor, "deleted": deleted}
    return JsonBytes(body, headers=_next_link(request, page.next_cursor))


def _link_next(request: Request, response: Response, next_cursor: str | None) -> None:
    response.headers.update(_next_link(request, next_cursor))


def build_router(filters: Registry = FILTERS) -> APIRouter:
    """The API, its statement list and facets taking one query parameter per filter of `filters`."""
    router = APIRouter(prefix="/api", tags=["api"], responses=problem_responses(400, 404, 413, 422, 503))
    FilterDep = filter_dependency(filters)

    FilterArgs = filter_dependency(filters, checked=False)

    @router.get("/statements", response_model=SyncEnvelope[StatementOut], response_model_exclude_none=False)
    def list_statements(
        request: Request, f: FilterArgs, limit: Limit = LIMIT_DEFAULT, cursor: Cursor = None
    ) -> Response:
        return statement_list(request, f, limit, cursor)

    @router.get("/statements/facets", response_model=Facets)
    def statement_facets(session: SessionDep, f: FilterDep) -> Facets:
        """Counts by actor, country, kind and category for the selection the same filters give."""
        counts = stats.statement_facets(session, f)
        facets = {name: _facet_values(_named(filters[name], rows)) for name, rows in counts.as_dict().items()}
        return Facets(**facets, sampled=counts.sampled)

    @router.get("/statements/links", response_model=LinksOut)
    def statement_links(
        session: SessionDep,
        f: FilterDep,
        by: Annotated[
            Literal["country", "actor"], Query(description="Count between countries or between actors.")
        ] = "country",
    ) -> LinksOut:
        """Who addresses whom (contacts and addressed statements) in the selection: the network's and matrix's numbers."""
        data = charts.who_addresses_whom(session, f, by=by)
        return LinksOut(
            by=by,
            links=[
                LinkOut(
                    source=_link_end(link.source),
                    target=_link_end(link.target),
                    contacts=link.contacts,
                    addressed=link.addressed,
                    total=link.total,
                )
                for link in data.links
            ],
            statements=data.statements,
            sampled=data.size if data.sampled else None,
            first_day=data.first_day,
        )

    router.include_router(records)
    return router


def _link_end(node: charts.Node) -> LinkEnd:
    return LinkEnd(
        key=node.key, name=country_name(node.key) if node.is_country else node.label, is_country=node.is_country
    )


def _named(flt: Filter, rows: list[tuple[str, str, int]]) -> list[tuple[str, str, int]]:
    """A facet whose labels are bare values (country codes) labelled with the filter's names for them
    (rows that come with a name of their own, an organisation's, keep it)."""
    if not flt.facet.named_by_filter:
        return rows
    labels = Labels(country=country_name)
    return [(value, flt.naming(value, labels) if label == value else label, n) for value, label, n in rows]


def _facet_values(rows) -> list[FacetValue]:
    return [FacetValue(value=value, label=label, count=count) for value, label, count in rows]


@records.get("/statements/{statement_id}", response_model=StatementDetail)
def get_statement(statement_id: RowId, session: SessionDep, response: Response) -> StatementDetail:
    """The statement with its review state, version (also as `ETag`) and hand-change history;
    a rejected statement is still here, its history saying who rejected it and why."""
    statement = service.get_statement(session, statement_id)
    if statement is None:
        raise HTTPException(404, f"no statement with id {statement_id}")
    response.headers["ETag"] = f'"{statement.version}"'
    return StatementDetail.with_history(statement, review.statement_history(session, statement.id))


@records.get("/actors", response_model=Envelope[ActorWithCount])
def list_actors(
    request: Request,
    response: Response,
    session: SessionDep,
    q: Annotated[str | None, Query(max_length=200)] = None,
    country: Annotated[
        list[str],
        Query(description="ISO 3166-1 alpha-2 code.", json_schema_extra={"items": dict(COUNTRY_CODE_SCHEMA)}),
    ] = [],
    kind: Annotated[list[str], Query()] = [],
    limit: Limit = 50,
    cursor: Cursor = None,
) -> Envelope[ActorWithCount]:
    codes = normalise_codes(country)
    check_codes("country", codes)  # the same rule as the statement filter's: a bad code is a 400
    page = service.list_actors(session, q=q, country=codes, kind=tuple(kind), limit=limit, cursor=cursor)
    _link_next(request, response, page.next_cursor)
    counts = service.statement_counts(session, [a.id for a in page.items])
    items = [
        ActorWithCount(**ActorOut.model_validate(a).model_dump(), statement_count=counts.get(a.id, 0))
        for a in page.items
    ]
    return Envelope(items=items, next_cursor=page.next_cursor)


@records.get("/actors/{slug}", response_model=ActorDetail)
def get_actor(slug: str, session: SessionDep) -> ActorDetail:
    actor = service.get_actor(session, slug)
    if actor is None:
        raise HTTPException(404, f"no actor with slug {slug!r}")
    return ActorDetail(
        **ActorOut.model_validate(actor).model_dump(),
        aliases=[a.alias for a in actor.aliases],
        roles=[RoleOut.model_validate(r) for r in actor.roles],
        parent=ActorRef.model_validate(actor.parent) if actor.parent else None,
        statement_count=service.statement_counts(session, [actor.id]).get(actor.id, 0),
    )


@records.get("/countries", response_model=Envelope[CountryOut])
def list_countries(session: SessionDep) -> Envelope[CountryOut]:
    rows = stats.country_counts_cached(session)
    return Envelope(
        items=[CountryOut(code=c, name=country_name(c), statements_by=by, statements_to=to) for c, by, to in rows]
    )


@records.get("/countries/{code}", response_model=CountryDetail)
def get_country(code: str, session: SessionDep) -> CountryDetail:
    code = code.upper()
    if len(code) != 2 or country_name(code) == code:
        raise HTTPException(404, f"no country with code {code!r}")
    by = StatementFilter(country=(code,))
    months = stats.monthly_counts(session, by)
    to_total = sum(n for _, n in stats.monthly_counts(session, StatementFilter(target=(code,))))
    return CountryDetail(
        code=code,
        name=country_name(code),
        statements_by=sum(n for _, n in months),
        statements_to=to_total,
        months=[MonthCount(month=m, count=n) for m, n in months],
        top_actors=_facet_values(stats.statement_facets(session, by).actor[:10]),
    )


@records.get("/articles", response_model=Envelope[ArticleOut])
def list_articles(
    request: Request,
    response: Response,
    session: SessionDep,
    limit: Limit = 50,
    cursor: Cursor = None,
    changed_since: Annotated[
        str | None,
        Query(description="Only articles changed since this ISO time (or day).", json_schema_extra=DATETIME_SCHEMA),
    ] = None,
) -> Envelope[ArticleOut]:
    since = parse_datetime("changed_since", changed_since)
    page = service.list_articles(session, limit=limit, cursor=cursor, changed_since=since)
    _link_next(request, response, page.next_cursor)
    return Envelope(items=[ArticleOut.model_validate(a) for a in page.items], next_cursor=page.next_cursor)


@records.get("/articles/{article_id}", response_model=ArticleDetail)
def get_article(article_id: RowId, session: SessionDep) -> ArticleDetail:
    article = service.get_article(session, article_id)
    if article is None:
        raise HTTPException(404, f"no article with id {article_id}")
    statements = [StatementOut.of(s) for s in article.statements if s.review_state != ReviewState.REJECTED]
    return ArticleDetail(**ArticleOut.model_validate(article).model_dump(), body=article.body, statements=statements)
