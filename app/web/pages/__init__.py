"""HTML pages: each module renders one kind of page over the same services as the API.

`build_router(filters)` makes them for one filter registry: the statement lists take
one query parameter per filter (see `app.web.deps.filter_dependency`).
"""

from fastapi import APIRouter

from app.query.filters import FILTERS, Registry
from app.web.pages import account, actors, admin, articles, countries, editing, network, review, timeline


def build_router(filters: Registry = FILTERS) -> APIRouter:
    router = APIRouter(include_in_schema=False)
    router.include_router(timeline.build_router(filters))
    router.include_router(articles.router)
    router.include_router(actors.build_router(filters))
    router.include_router(countries.build_router(filters))
    router.include_router(network.build_router(filters))
    router.include_router(account.router)
    router.include_router(editing.router)
    router.include_router(review.build_router(filters))
    router.include_router(admin.router)
    return router
