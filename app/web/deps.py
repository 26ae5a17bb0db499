"""Request dependencies shared by pages and API: the session and the statement filter."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Annotated

from fastapi import Depends, HTTPException, Path, Query, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy.orm import Session

from app.auth import verify_token
from app.models import ApiToken
from app.query.filters import InvalidParameter, StatementFilter, normalise_codes
from app.store import unit_of_work

# Row ids are 32-bit integers in both databases; a larger number cannot name a row.
MAX_ID = 2_147_483_647
RowId = Annotated[int, Path(ge=1, le=MAX_ID, description="Numeric id.")]


def get_session(request: Request) -> Iterator[Session]:
    """One session per request; the request owns the transaction (commit on success, else roll back)."""
    with unit_of_work(request.app.state.session_factory) as session:
        yield session


SessionDep = Annotated[Session, Depends(get_session)]


def _parse_date(name: str, value: str | None) -> dt.date | None:
    if value is None or not value.strip():
        return None  # an empty form field means "no bound"
    try:
        return dt.date.fromisoformat(value.strip())
    except ValueError:
        raise InvalidParameter(name, f"{name} must be a date as YYYY-MM-DD, not {value!r}") from None


def parse_datetime(name: str, value: str | None) -> dt.datetime | None:
    """An ISO date or datetime; naive values are taken as UTC."""
    if value is None or not value.strip():
        return None
    try:
        moment = dt.datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        raise InvalidParameter(name, f"{name} must be an ISO date or datetime, not {value!r}") from None
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)


def _clean(values: list[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(v.strip() for v in values if v and v.strip()))


def _split(values: list[str]) -> tuple[str, ...]:
    """Values typed into one text box may be separated by spaces or commas ("AM AZ")."""
    return _clean([part for v in values for part in v.replace(",", " ").split()])


def _known_slugs(session: Session, param: str, slugs: tuple[str, ...]) -> None:
    if not slugs:
        return
    from app.query import service

    missing = [s for s in slugs if s not in service.actor_names(session, slugs)]
    if missing:
        raise InvalidParameter(param, f"no actor with slug {missing[0]!r}; see /api/actors?q=… for slugs")


def statement_filter(
    session: SessionDep,
    actor: Annotated[list[str], Query(description="Actor slug; repeat for several.")] = [],
    country: Annotated[list[str], Query(description="ISO 3166-1 alpha-2 of the actor's country.")] = [],
    target: Annotated[list[str], Query(description="Addressee: ISO alpha-2 or actor slug.")] = [],
    kind: Annotated[list[str], Query(description="direct, indirect or contact.")] = [],
    category: Annotated[list[str], Query(description="CAMEO category code, e.g. 020.")] = [],
    since: Annotated[str | None, Query(description="First day, YYYY-MM-DD.")] = None,
    until: Annotated[str | None, Query(description="Last day, YYYY-MM-DD.")] = None,
    q: Annotated[str | None, Query(max_length=200, description="Words in the statement text.")] = None,
    article: Annotated[int | None, Query(ge=1, le=MAX_ID, description="Article id.")] = None,
    changed_since: Annotated[str | None, Query(description="Only statements changed since this ISO time.")] = None,
    distinct: Annotated[
        bool, Query(description="One item per statement reported by several articles (false: every report).")
    ] = True,
) -> StatementFilter:
    f = StatementFilter(
        actor=_clean(actor),
        country=normalise_codes(country),
        target=tuple(t.upper() if len(t) == 2 else t for t in _split(target)),
        kind=_clean(kind),
        category=_clean(category),
        since=_parse_date("since", since),
        until=_parse_date("until", until),
        q=q.strip() if q and q.strip() else None,
        article=article,
        changed_since=parse_datetime("changed_since", changed_since),
        distinct=distinct,
    )
    _known_slugs(session, "actor", f.actor)
    _known_slugs(session, "target", tuple(t for t in f.target if len(t) != 2))
    return f


FilterDep = Annotated[StatementFilter, Depends(statement_filter)]


_bearer = HTTPBearer(auto_error=False)


def require_token(
    session: SessionDep,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
) -> ApiToken:
    """Write endpoints need `Authorization: Bearer <token>` from `tracker token create`."""
    challenge = {"WWW-Authenticate": "Bearer"}
    if credentials is None:
        raise HTTPException(401, "this endpoint needs an API token: Authorization: Bearer <token>", headers=challenge)
    token = verify_token(session, credentials.credentials)
    if token is None:
        raise HTTPException(401, "the API token is unknown or revoked", headers=challenge)
    return token


TokenDep = Annotated[ApiToken, Depends(require_token)]
