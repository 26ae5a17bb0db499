"""Finding anyone (issue 17, point 2), over real HTTP: names typed into the filters resolve on the
server (the no-JavaScript path) as in the API, the suggestion endpoint searches the whole
registry, organisations stand where countries do, /actors ranks by statements, /countries links."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from app.models import Actor, Statement
from app.pipeline.ingest import ArticleDraft
from app.pipeline.types import ExtractedStatement, ResolvedActor
from app.store import store_article, unit_of_work
from tests.html_page import Page

pytestmark = pytest.mark.usefixtures("seeded")


def _ids(client, params) -> list[int]:
    response = client.get("/api/statements", params={**params, "limit": 500})
    assert response.status_code == 200, response.text
    return [item["id"] for item in response.json()["items"]]


def test_suggestions_search_the_whole_registry_by_name_and_alias(client, session):
    silent = session.scalars(
        select(Actor).where(Actor.slug == "sergey-lavrov", ~Actor.id.in_(select(Statement.actor_id).distinct()))
    ).first()
    items = client.get("/api/suggest", params={"q": "lavrov"}).json()["items"]
    assert items[0]["value"] == "sergey-lavrov" and items[0]["label"] == "Sergey Lavrov"
    if silent is not None:  # an actor outside any facet list is found all the same
        assert items[0]["statements"] == 0
    by_alias = client.get("/api/suggest", params={"q": "Sergei Lavrov"}).json()["items"]
    assert [i["value"] for i in by_alias][:1] == ["sergey-lavrov"]
    places = client.get("/api/suggest", params={"q": "Armenia", "for": "target"}).json()["items"]
    assert places[0] == {"value": "AM", "label": "Armenia", "kind": "country", "country": "AM", "statements": None}
    orgs = client.get("/api/suggest", params={"q": "EU", "for": "country"}).json()["items"]
    assert orgs[0]["value"] == "european-union"
    assert all(i["kind"] in ("country", "international_organisation") for i in orgs)
    assert client.get("/api/suggest", params={"q": "x", "for": "nothing"}).status_code in (400, 422)


def test_names_typed_into_the_form_resolve_as_codes_and_slugs_do(client):
    """Without JavaScript the boxes send names; the page and the API select the same statements."""
    pairs = [
        ({"target": "Armenia"}, {"target": "AM"}),
        ({"target": "armenia"}, {"target": "AM"}),
        ({"country": "Armenia"}, {"country": "AM"}),
        ({"country": "United States"}, {"country": "US"}),
        ({"actor": "Blinken"}, {"actor": "antony-blinken"}),
        ({"actor": "antony blinken"}, {"actor": "antony-blinken"}),
    ]
    for typed, canonical in pairs:
        page = client.get("/", params=typed)
        assert page.status_code == 200, (typed, page.text[:300])
        expected = _ids(client, canonical)
        assert expected and _ids(client, typed) == expected, typed
        assert list(Page(page.text).statements()) == expected[: len(Page(page.text).statements())]
        # The form shows the resolved value ticked, named.
        name, value = next(iter(canonical.items()))
        assert Page(page.text).selected(name) == [value], typed


@pytest.mark.parametrize(
    "typed, canonical",
    [({"actor": "Pashin"}, {"actor": "nikol-pashinyan"}), ({"target": "Armen"}, {"target": "AM"})],
)
def test_part_of_a_name_does_on_a_page_but_not_in_the_api(client, typed, canonical):
    """A person typing into the form sees what "Pashin" became; a script's typo must not quietly
    select somebody else's statements, so the API and exports want a whole name."""
    page = client.get("/", params=typed)
    assert page.status_code == 200
    name, value = next(iter(canonical.items()))
    assert Page(page.text).selected(name) == [value]
    assert list(Page(page.text).statements())[:3] == _ids(client, canonical)[:3]
    for path in ("/api/statements", "/api/statements.csv"):
        refused = client.get(path, params=typed)
        assert refused.status_code == 400 and refused.json()["param"] == name, path


def test_an_unknown_name_is_a_400_that_says_what_to_type(client):
    response = client.get("/api/statements", params={"country": "Atlantis"})
    assert response.status_code == 400
    assert response.json()["param"] == "country" and "Atlantis" in response.json()["detail"]
    page = client.get("/", params={"country": "Atlantis"}, headers={"accept": "text/html"})
    assert page.status_code == 400 and "Armenia" in page.text  # the page says what would work


EU_SPEAKERS = {
    "european-union": ("European Union", "international_organisation", "The EU said the talks must go on."),
    "european-commission": ("European Commission", "international_organisation", "The Commission said it stood ready."),
    "ursula-von-der-leyen": ("Ursula von der Leyen", "person", "Von der Leyen said Europe would respond."),
}


@pytest.fixture
def eu_statements(session_factory) -> set[str]:
    """One article in which the EU, one of its bodies and a person who held a role in that body speak."""
    body = " ".join(text for _, _, text in EU_SPEAKERS.values())
    statements = []
    for slug, (name, kind, text) in EU_SPEAKERS.items():
        start = body.index(text)
        statements.append(
            ExtractedStatement(
                text=text,
                start=start,
                end=start + len(text),
                kind="indirect",
                cue="said",
                speaker=name,
                actor=ResolvedActor(slug=slug, name=name, kind=kind, country=None),
            )
        )
    with unit_of_work(session_factory) as s:
        store_article(s, ArticleDraft(text=body, title="EU answers", source="Test Wire"), statements, "test")
    return set(EU_SPEAKERS)


def test_organisations_are_selectable_where_countries_are(client, session, eu_statements):
    by_eu = _ids(client, {"country": "european-union"})
    assert by_eu == _ids(client, {"country": "EU"}) == _ids(client, {"country": "European Union"})
    speakers = set(
        session.scalars(
            select(Actor.slug).join(Statement, Statement.actor_id == Actor.id).where(Statement.id.in_(by_eu))
        )
    )
    # The organisation, its body, and a person who held a role in that body.
    assert speakers == eu_statements
    # The country facet offers the organisation, named, and its count is what the filter selects.
    facets = client.get("/api/statements/facets").json()["country"]
    eu = [f for f in facets if f["value"] == "european-union"]
    assert eu and eu[0]["label"] == "European Union" and eu[0]["count"] == len(by_eu) == 3
    both = _ids(client, {"country": ["european-union", "US"]})
    assert set(both) == set(by_eu) | set(_ids(client, {"country": "US"}))
    page = Page(client.get("/", params={"country": "EU"}).text)
    assert "by actors of European Union" in page.heading


def test_actors_list_ranks_by_statements_and_hides_the_silent(client, session):
    page = Page(client.get("/actors").text)
    rows = page.tree.xpath("//table//tbody/tr")
    counts = [int(row.xpath("./td[4]")[0].text_content()) for row in rows]
    assert counts and all(n > 0 for n in counts) and counts == sorted(counts, reverse=True)
    speaking = session.scalar(
        select(func.count(func.distinct(Statement.actor_id))).where(Statement.actor_id.is_not(None))
    )
    assert len(rows) == min(speaking, 100)
    everyone = Page(client.get("/actors", params={"silent": "true"}).text)
    assert len(everyone.tree.xpath("//table//tbody/tr")) > len(rows)
    armenians = Page(client.get("/actors", params={"country": "Armenia", "kind": "person", "silent": "true"}).text)
    names = [" ".join(r.xpath("./td[1]")[0].text_content().split()) for r in armenians.tree.xpath("//tbody/tr")]
    kinds = {r.xpath("./td[2]")[0].text_content().strip() for r in armenians.tree.xpath("//tbody/tr")}
    assert "Nikol Pashinyan" in names and kinds == {"person"}
    by_name = Page(client.get("/actors", params={"sort": "name"}).text)
    listed = [r.xpath("./td[1]")[0].text_content().strip() for r in by_name.tree.xpath("//tbody/tr")]
    assert listed == sorted(listed, key=str.casefold) or listed == sorted(listed)


def test_countries_counts_link_to_the_matching_timeline(client):
    page = Page(client.get("/countries").text)
    rows = page.tree.xpath("//tbody/tr")
    assert rows
    for row in rows[:4]:
        for cell in row.xpath("./td[position() > 1]"):
            links = cell.xpath(".//a/@href")
            shown = int(cell.text_content().strip())
            if not shown:
                continue
            timeline = Page(client.get(links[0]).text)
            count = timeline.tree.xpath("//*[@id='count']")[0].text_content().strip()
            assert count == f"{shown:,} statement{'' if shown == 1 else 's'}", links[0]
