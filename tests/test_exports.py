"""Exports and feeds of a filtered selection agree with the JSON list."""

import csv
import io
import json
import xml.etree.ElementTree as ET

import pytest

pytestmark = pytest.mark.usefixtures("seeded")
ATOM = "{http://www.w3.org/2005/Atom}"


def _ids(client, **params):
    return [i["id"] for i in client.get("/api/statements", params={"limit": 500, **params}).json()["items"]]


def test_csv_and_ndjson_match_the_list(client):
    expected = _ids(client, country="RU")
    rows = list(csv.DictReader(io.StringIO(client.get("/api/statements.csv", params={"country": "RU"}).text)))
    assert [int(r["id"]) for r in rows] == expected and {r["country"] for r in rows} == {"RU"}
    response = client.get("/api/statements.ndjson", params={"country": "RU"})
    assert response.headers["content-type"].startswith("application/x-ndjson")
    assert [json.loads(line)["id"] for line in response.text.splitlines()] == expected


def test_atom_feed_is_valid_and_titled_by_filters(client):
    response = client.get("/feeds/statements.atom", params={"country": "US"})
    assert response.headers["content-type"].startswith("application/atom+xml")
    feed = ET.fromstring(response.content)
    assert "United States" in feed.find(f"{ATOM}title").text
    entries = feed.findall(f"{ATOM}entry")
    assert len(entries) == len(_ids(client, country="US"))
    for entry in entries:
        assert entry.find(f"{ATOM}id").text and entry.find(f"{ATOM}updated").text.endswith("Z")


def test_timelinejs(client):
    body = client.get("/api/statements/timeline.json").json()
    assert body["events"] and {"year", "month", "day"} <= set(body["events"][0]["start_date"])


def test_facets_count_the_selection(client):
    facets = client.get("/api/statements/facets", params={"country": "RU"}).json()
    assert {f["value"] for f in facets["country"]} == {"RU"}
    assert sum(f["count"] for f in facets["kind"]) == len(_ids(client, country="RU"))


def test_actor_and_country_detail(client):
    actor = client.get("/api/actors/antony-blinken").json()
    assert actor["country"] == "US" and actor["statement_count"] >= 1
    assert any(r["role"] == "foreign_minister" for r in actor["roles"])
    countries = {c["code"]: c for c in client.get("/api/countries").json()["items"]}
    assert countries["RU"]["statements_by"] >= 3 and countries["AZ"]["statements_to"] >= 1
    ru = client.get("/api/countries/ru").json()
    assert ru["name"] == "Russia" and ru["months"]
    assert client.get("/api/countries/ZZ").status_code == 404


def test_csv_has_category_label_and_permalink(client):
    items = {i["id"]: i for i in client.get("/api/statements", params={"limit": 500}).json()["items"]}
    rows = list(csv.DictReader(io.StringIO(client.get("/api/statements.csv").text)))
    assert rows and [int(r["id"]) for r in rows] == list(items)
    for row in rows:
        category = items[int(row["id"])]["category"]
        assert row["category_label"] == ((category or {}).get("label") or "")
        assert row["permalink"] == f"http://testserver/statements/{row['id']}"
        assert client.get(row["permalink"]).status_code == 200
    assert any(row["category_label"] for row in rows)


def test_timelinejs_events_say_who_and_how_link_back_and_have_a_group(client):
    items = {i["id"]: i for i in client.get("/api/statements", params={"limit": 500}).json()["items"]}
    events = client.get("/api/statements/timeline.json", params={"limit": 500}).json()["events"]
    assert len(events) == len(items)
    for event in events:
        st = items[int(event["unique_id"].removeprefix("statement-"))]
        who = st["actor"]["name"] if st["actor"] else (st["speaker"] or "Unattributed")
        assert event["text"]["headline"].startswith(who.replace("&", "&amp;"))
        assert st["cue"] is None or event["text"]["headline"].endswith(st["cue"])
        assert f'href="http://testserver/statements/{st["id"]}"' in event["text"]["text"]
        assert event["group"].strip()
    assert any(e["group"] == "Russia" for e in events)


def test_atom_feed_links_to_the_filtered_timeline_and_each_permalink(client):
    feed = ET.fromstring(client.get("/feeds/statements.atom", params={"country": "US", "kind": "direct"}).content)
    alternate = next(link for link in feed.findall(f"{ATOM}link") if link.get("rel") == "alternate")
    assert alternate.get("href") == "http://testserver/?country=US&kind=direct"
    entries = feed.findall(f"{ATOM}entry")
    assert entries
    for entry in entries:
        link = entry.find(f"{ATOM}link").get("href")
        assert link == entry.find(f"{ATOM}id").text and link.startswith("http://testserver/statements/")
