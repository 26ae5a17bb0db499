"""`GET /api/statements` answers plain requests without FastAPI's parameter machinery
(`app.web.fast_list`): what it answers must be what the FastAPI route answers, byte for byte,
and whatever it cannot read with certainty must reach the route (its 400s)."""

import pytest

from app.query.filters import FILTERS
from app.web import fast_list

pytestmark = pytest.mark.usefixtures("seeded")

PLAIN = [
    {},
    {"limit": "3"},
    {"kind": "direct"},
    {"country": "AM", "limit": "5"},
    {"actor": "ACTORS"},  # two slugs of the seeded data
    {"q": "ceasefire"},
    {"since": "2020-01-01", "until": "2030-12-31"},
    {"q": ""},
]


def _compare(client, params) -> None:
    fast = client.get("/api/statements", params=params)
    routed = client.get("/api/statements", params={**params, "not_a_filter": "1"})  # unknown: the route's
    assert fast.status_code == routed.status_code == 200, (params, fast.text[:300], routed.text[:300])
    assert fast.content == routed.content, params
    for name in ("content-type", "etag"):
        assert fast.headers.get(name) == routed.headers.get(name), (params, name)


@pytest.mark.parametrize("params", PLAIN, ids=str)
def test_plain_requests_get_the_routes_answer(client, params):
    if params.get("actor") == "ACTORS":
        items = client.get("/api/statements", params={"limit": "50"}).json()["items"]
        slugs = list(dict.fromkeys(i["actor"]["slug"] for i in items if i["actor"]))[:2]
        assert len(slugs) == 2
        params = {"actor": slugs}
    _compare(client, params)


def test_the_next_page_is_the_same_too(client):
    first = client.get("/api/statements", params={"limit": "2"}).json()
    assert first["next_cursor"]
    _compare(client, {"limit": "2", "cursor": first["next_cursor"]})


@pytest.mark.parametrize(
    "query, status",
    [
        ("limit=0", 400),
        ("limit=501", 400),
        ("limit=abc", 400),
        ("limit=5&limit=6", 200),  # FastAPI takes one; the fast path passes it on
        ("since=yesterday", 400),
        ("cursor=not-ours", 400),
        ("q=%00", 400),
        ("country=ZZ", 400),
    ],
)
def test_what_it_cannot_read_is_the_routes_to_answer(client, query, status):
    response = client.get(f"/api/statements?{query}")
    assert response.status_code == status, (query, response.text[:300])
    if status != 200:
        assert response.headers["content-type"].startswith("application/problem+json") or response.json()


def test_which_requests_it_reads_itself():
    from starlette.requests import Request

    def plain(query: str):
        scope = {
            "type": "http",
            "method": "GET",
            "path": "/api/statements",
            "query_string": query.encode(),
            "headers": [],
        }
        return fast_list._plain(FILTERS, Request(scope))

    assert plain("actor=a&actor=b&limit=7") is not None
    raw, limit, cursor = plain("actor=a&actor=b&limit=7&cursor=xyz")
    assert (raw["actor"], limit, cursor) == (["a", "b"], 7, "xyz")
    for query in ("limit=0", "limit=+5", "q=a&q=b", "nope=1", "q=%01", "limit=5&limit=6", "cursor=" + "c" * 501):
        assert plain(query) is None, query


def test_an_actor_slug_is_read_as_it_is_and_a_name_or_typo_resolved(client, session):
    """One slug-shaped actor is tried as it is (the list's own statement, no lookup before it);
    only an empty page sends it through resolution: a name finds the same statements, an unknown
    value is a 400 as always."""
    from sqlalchemy import event

    items = client.get("/api/statements", params={"limit": "50"}).json()["items"]
    actor = next(i["actor"] for i in items if i["actor"])
    engine = session.get_bind().engine
    sent: list[str] = []

    def record(conn, cursor, statement, *args) -> None:
        sent.append(statement)

    event.listen(engine, "before_cursor_execute", record)
    try:
        by_slug = client.get("/api/statements", params={"actor": actor["slug"]})
    finally:
        event.remove(engine, "before_cursor_execute", record)
    assert by_slug.status_code == 200 and by_slug.json()["items"]
    assert not any("FROM actors \nWHERE actors.slug = " in sql for sql in sent), sent
    by_name = client.get("/api/statements", params={"actor": actor["name"]})
    assert by_name.json()["items"] == by_slug.json()["items"]
    unknown = client.get("/api/statements", params={"actor": "no-such-actor-anywhere"})
    assert unknown.status_code == 400 and unknown.json()["param"] == "actor"
