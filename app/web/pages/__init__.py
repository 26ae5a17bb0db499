"""HTML pages: each module renders one kind of page over the same services as the API."""

from fastapi import APIRouter

from app.web.pages import actors, articles, countries, timeline

router = APIRouter(include_in_schema=False)
for module in (timeline, articles, actors, countries):
    router.include_router(module.router)
