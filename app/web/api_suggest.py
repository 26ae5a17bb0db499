"""`GET /api/suggest`: names for a filter's box as you type (see `app.query.suggest`)."""

from typing import Annotated, Literal

from fastapi import APIRouter, Query

from app.query.suggest import suggest
from app.schemas import SuggestionOut, Suggestions, problem_responses
from app.web.deps import SessionDep

router = APIRouter(prefix="/api", tags=["api"])


@router.get("/suggest", response_model=Suggestions, responses=problem_responses(400))
def suggestions(
    session: SessionDep,
    q: Annotated[str, Query(max_length=100, description="What was typed: part of a name or alias.")] = "",
    for_: Annotated[
        Literal["actor", "country", "target"],
        Query(alias="for", description="The filter: actors; countries and organisations; or addressees (both)."),
    ] = "actor",
    limit: Annotated[int, Query(ge=1, le=50, description="Most suggestions to return.")] = 10,
) -> Suggestions:
    """Actors (by name or alias, most statements first) and, for places, countries by name."""
    found = suggest(session, q, for_, limit)
    return Suggestions(items=[SuggestionOut(**vars(s)) for s in found])
