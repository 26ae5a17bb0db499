"""The JSON API over real HTTP and a real database, with the seed article ingested."""

import pytest

pytestmark = pytest.mark.usefixtures("seeded")


def test_statements_by_country_only_that_country(client):
    body = client.get("/api/statements", params={"country": "ru"}).json()
    assert len(body["items"]) >= 3
    assert {item["actor"]["country"] for item in body["items"]} == {"RU"}


def test_statement_item_shape(client):
    item = client.get("/api/statements", params={"limit": 1}).json()["items"][0]
    assert set(item) >= {"id", "text", "kind", "date", "speaker", "actor", "article", "start", "end"}
    assert set(item["actor"]) >= {"slug", "name", "kind", "country"}
    assert set(item["article"]) >= {"id", "title", "source", "url", "published"}
    article = client.get(f"/api/articles/{item['article']['id']}").json()
    assert article["body"][item["start"] : item["end"]] == item["text"]


def test_actor_filter_and_seed_speakers(client):
    body = client.get("/api/statements", params={"limit": 500}).json()
    names = {item["actor"]["name"] for item in body["items"] if item["actor"]}
    assert {"Antony Blinken", "Nikol Pashinyan", "Jeyhun Bayramov"} <= names
    blinken = next(i["actor"] for i in body["items"] if i["actor"] and i["actor"]["name"] == "Antony Blinken")
    assert blinken["country"] == "US"
    only = client.get("/api/statements", params={"actor": blinken["slug"]}).json()["items"]
    assert only and {i["actor"]["slug"] for i in only} == {blinken["slug"]}


def test_cursor_pages_cover_everything_once(client):
    everything = [i["id"] for i in client.get("/api/statements", params={"limit": 500}).json()["items"]]
    seen, cursor = [], None
    while True:
        params = {"limit": 2} | ({"cursor": cursor} if cursor else {})
        response = client.get("/api/statements", params=params)
        body = response.json()
        seen += [i["id"] for i in body["items"]]
        cursor = body["next_cursor"]
        if not cursor:
            assert "link" not in response.headers
            break
        assert 'rel="next"' in response.headers["link"]
    assert seen == everything and len(everything) >= 4


@pytest.mark.parametrize(
    "params, param",
    [
        ({"cursor": "not-a-cursor"}, "cursor"),
        ({"cursor": "WyJ4Il0"}, "cursor"),  # valid base64 JSON, wrong shape
        ({"limit": 0}, "limit"),
        ({"limit": 501}, "limit"),
        ({"since": "yesterday"}, "since"),
        ({"since": "2022-09-14", "until": "2022-09-01"}, "since"),
        ({"kind": "rumour"}, "kind"),
        ({"country": "Atlantis"}, "country"),  # names are taken ("Russia"), but must name a country
    ],
)
def test_bad_parameters_are_problem_details(client, params, param):
    response = client.get("/api/statements", params=params)
    assert response.status_code == 400
    assert response.headers["content-type"].startswith("application/problem+json")
    body = response.json()
    assert body["status"] == 400 and body["param"] == param and body["detail"]


def test_sql_looking_text_is_just_text(client):
    response = client.get("/api/statements", params={"q": "'; DROP TABLE statements; --"})
    assert response.status_code == 200 and response.json()["items"] == []
    assert client.get("/api/statements").json()["items"]


def test_text_search(client):
    items = client.get("/api/statements", params={"q": "MILITARY OPERATIONS"}).json()["items"]
    assert items and all("military operations" in i["text"].lower() for i in items)


def test_actors_search_and_articles(client):
    actors = client.get("/api/actors", params={"q": "blinken"}).json()
    assert [a["name"] for a in actors["items"]] == ["Antony Blinken"]
    assert set(actors["items"][0]) >= {"slug", "name", "kind", "country"}
    articles = client.get("/api/articles").json()
    assert len(articles["items"]) == 1 and articles["next_cursor"] is None
    assert articles["items"][0]["published"] == "2022-09-13"


def test_unknown_ids_are_404_json(client):
    for path in ("/api/statements/999999", "/api/articles/999999"):
        response = client.get(path)
        assert response.status_code == 404 and response.json()["status"] == 404


def test_actor_list_refuses_a_country_that_is_no_code(client):
    """The actor list checks `country` as the statement filters do (and its schema says so)."""
    bad = client.get("/api/actors", params={"country": "6.1e-05"})
    assert bad.status_code == 400 and bad.json()["param"] == "country"
    assert client.get("/api/actors", params={"country": "am"}).status_code == 200
