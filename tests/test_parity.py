"""Every filter, alone and combined, through pagination: the page and the API list the same statements."""

from urllib.parse import urlencode

import pytest

from app.config import Settings
from tests.html_page import Page

QUERIES = [
    {},
    {"country": "RU"},
    {"country": ["US", "AZ"]},
    {"kind": "direct"},
    {"kind": ["indirect", "contact"]},
    {"actor": "russia"},
    {"actor": ["antony-blinken", "jeyhun-bayramov"]},
    {"target": "AM"},
    {"category": "010"},
    {"q": "ceasefire"},
    {"since": "2022-09-13", "until": "2022-09-13"},
    {"country": "RU", "kind": "direct", "q": "concern"},
    {"since": "2023-01-01"},
]


@pytest.fixture
def small_pages(database_url, app_client):
    return app_client(Settings(database_url=database_url, page_size=3))


def _api_ids(client, params) -> list[int]:
    ids, cursor = [], None
    while True:
        body = client.get("/api/statements", params={**params, "limit": 3, **({"cursor": cursor} if cursor else {})})
        assert body.status_code == 200, body.text
        ids += [item["id"] for item in body.json()["items"]]
        if not (cursor := body.json()["next_cursor"]):
            return ids


def _page_ids(client, params) -> list[int]:
    ids, url = [], "/?" + urlencode(params, doseq=True)
    while url:
        page = Page(client.get(url).text)
        ids += list(page.statements())
        url = page.link_to("Older statements")
    return ids


@pytest.mark.usefixtures("seeded")
@pytest.mark.parametrize("params", QUERIES, ids=lambda p: urlencode(p, doseq=True) or "all")
def test_page_and_api_agree_through_every_page(small_pages, params):
    api, page = _api_ids(small_pages, params), _page_ids(small_pages, params)
    assert api == page
    assert len(set(api)) == len(api)  # no statement twice across pages
    everything = set(_api_ids(small_pages, {}))
    assert set(api) <= everything
    if params == {}:
        assert len(api) >= 10
