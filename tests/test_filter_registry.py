"""A filter declared once is a filter everywhere: API parameter, page widget and chip, sentence, CSV.

The `speaker` filter below exists only in this test. It is declared in one place and given
to `create_app` on a copy of the registry; no module of the app knows it.
"""

from __future__ import annotations

import csv
import io
from html.parser import HTMLParser
from urllib.parse import parse_qs, urlsplit

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import and_

from app.models import Statement
from app.query.filters import (
    FILTERS,
    Filter,
    InvalidParameter,
    Param,
    Registry,
    StatementFilter,
    Widget,
    Words,
    describe,
    escape_like,
)
from app.query.filters.parsing import split

SPEAKER = Filter(
    name="speaker",
    param=Param("list", "Words of the speaker as the article names them."),
    default=(),
    parse=lambda name, raw: split(raw),
    condition=lambda words, _: (
        and_(*(Statement.speaker.ilike(f"%{escape_like(w)}%", escape="\\") for w in words)) if words else None
    ),
    words=Words("named as {}", item="“{}”"),
    widget=Widget("text.html", "Speaker", placeholder="as the article names them"),
)


EXTENDED = FILTERS.with_filter(SPEAKER)


@pytest.fixture
def extended(settings, app_client) -> TestClient:
    return app_client(settings, EXTENDED)


class _Page(HTMLParser):
    """The parts of a statement list page a user acts on: form fields, chips, links, the heading."""

    def __init__(self, html: str):
        super().__init__()
        self.inputs: dict[str, dict] = {}
        self.chips: list[tuple[str, str]] = []
        self.links: list[str] = []
        self.heading = ""
        self._in: str | None = None
        self._chip_href = ""
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "input" and attrs.get("name"):
            self.inputs[attrs["name"]] = attrs
        if tag == "a" and "chip" in (attrs.get("class") or ""):
            self._in, self._chip_href = "chip", attrs["href"]
            self.chips.append(("", self._chip_href))
        elif tag == "a" and attrs.get("href"):
            self.links.append(attrs["href"])
        if tag == "h1":
            self._in = "h1"

    def handle_endtag(self, tag):
        if tag in ("a", "h1"):
            self._in = None

    def handle_data(self, data):
        if self._in == "chip":
            self.chips[-1] = (self.chips[-1][0] + data, self._chip_href)
        elif self._in == "h1":
            self.heading += data


def _ids(client, **params) -> list[int]:
    return [i["id"] for i in client.get("/api/statements", params={"limit": 500, **params}).json()["items"]]


@pytest.mark.usefixtures("seeded")
def test_the_api_takes_and_documents_the_new_parameter(extended, client):
    every, named = _ids(extended), _ids(extended, speaker="blinken")
    assert named and len(named) < len(every)
    items = extended.get("/api/statements", params={"speaker": "Blinken", "limit": 500}).json()["items"]
    assert all("blinken" in item["speaker"].lower() for item in items)
    assert _ids(extended, speaker="Blinken", kind="direct") == [i["id"] for i in items if i["kind"] == "direct"]

    def parameters(c) -> dict[str, dict]:
        operation = c.get("/openapi.json").json()["paths"]["/api/statements"]["get"]
        return {p["name"]: p for p in operation["parameters"]}

    assert parameters(extended)["speaker"]["description"] == SPEAKER.param.description
    assert "speaker" not in parameters(client)  # the default app is untouched
    assert [name for name in parameters(extended) if name != "speaker"] == list(parameters(client))


@pytest.mark.usefixtures("seeded")
def test_the_page_shows_its_widget_chip_and_words(extended):
    page = _Page(extended.get("/", params={"speaker": "Blinken", "kind": "direct"}).text)
    assert page.inputs["speaker"]["value"] == "Blinken"
    assert "named as “Blinken”" in page.heading and page.heading.startswith("Direct quotes")
    chips = {label.rstrip(" ✕"): href for label, href in page.chips}
    assert set(chips) == {"kind: direct", "speaker: Blinken"}
    assert parse_qs(urlsplit(chips["speaker: Blinken"]).query) == {"kind": ["direct"]}  # removing it keeps the rest
    assert parse_qs(urlsplit(chips["kind: direct"]).query) == {"speaker": ["Blinken"]}


@pytest.mark.usefixtures("seeded")
def test_the_csv_linked_from_the_page_carries_it(extended):
    page = _Page(extended.get("/", params={"speaker": "Blinken"}).text)
    csv_url = next(link for link in page.links if link.startswith("/api/statements.csv"))
    assert parse_qs(urlsplit(csv_url).query)["speaker"] == ["Blinken"]
    rows = list(csv.DictReader(io.StringIO(extended.get(csv_url).text)))
    assert [int(r["id"]) for r in rows] == _ids(extended, speaker="Blinken")
    assert rows and all("Blinken" in r["speaker"] for r in rows)


def test_a_selection_reads_the_declarations_of_its_registry():
    registry = FILTERS.with_filter(SPEAKER)
    f = StatementFilter(registry, speaker=("Blinken",), kind=("contact",))
    assert describe(f) == "Diplomatic contacts named as “Blinken”"
    assert f.replace(speaker=()).is_empty is False and StatementFilter(registry).is_empty
    assert "speaker" not in FILTERS and "speaker" in registry  # a copy; the app's registry is unchanged
    with pytest.raises(TypeError):
        StatementFilter(speaker=("Blinken",))  # the default registry has no such filter


def test_a_registry_refuses_what_it_cannot_serve():
    with pytest.raises(ValueError, match="two filters are named 'kind'"):
        FILTERS.with_filter(FILTERS["kind"])
    with pytest.raises(ValueError, match="every_row"):
        Registry([flt for flt in FILTERS if flt.name != "kind"])


def test_values_are_checked_however_they_are_built():
    with pytest.raises(InvalidParameter) as bad_kind:
        StatementFilter(kind=("bogus",))
    assert bad_kind.value.param == "kind"
    with pytest.raises(InvalidParameter, match="since is after until") as upside_down:
        StatementFilter(
            since=FILTERS["since"].parse("since", "2023-02-01"), until=FILTERS["until"].parse("until", "2023-01-01")
        )
    assert upside_down.value.param == "since"
