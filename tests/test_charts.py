"""The pictures count what the lists show: statements over time by kind, who addresses whom, the matrix.

Statements with known speakers, kinds, dates and addressees are written in the test's transaction;
the pages' data tables (the charts' twins) must hold exactly those counts, on each database,
and the filters must narrow them as they narrow the timeline.
"""

from __future__ import annotations

import datetime as dt
import re

import pytest

from app.models import Actor, Article, Statement, StatementTarget
from app.query.charts import DayCounts
from app.web.charts import compact, nice_ceiling, time_chart

# (speaker, kind, day, addressees): countries as codes, actors as slugs
STATEMENTS = [
    ("ru-mfa", "contact", dt.date(2024, 3, 4), ["US"]),
    ("ru-mfa", "indirect", dt.date(2024, 3, 5), ["us-state", "UA"]),
    ("ru-mfa", "direct", dt.date(2024, 4, 9), ["UA"]),
    ("us-state", "contact", dt.date(2024, 4, 10), ["ru-mfa"]),
    ("us-state", "direct", dt.date(2024, 8, 20), []),
    ("ua-mfa", "indirect", dt.date(2024, 8, 21), ["RU"]),
]


@pytest.fixture
def world(session):
    actors = {
        slug: Actor(slug=slug, name=name, kind="institution", country=country)
        for slug, name, country in [
            ("ru-mfa", "Russian MFA", "RU"),
            ("us-state", "US State Department", "US"),
            ("ua-mfa", "Ukrainian MFA", "UA"),
        ]
    }
    session.add_all(actors.values())
    article = Article(title="Charts fixture", body="x" * 100, content_hash="charts-fixture")
    session.add(article)
    for i, (speaker, kind, day, targets) in enumerate(STATEMENTS):
        st = Statement(
            article=article,
            actor=actors[speaker],
            kind=kind,
            text=f"statement {i}",
            start=i,
            end=i + 1,
            date=day,
            said_on=day,
        )
        st.targets = [
            StatementTarget(actor=actors[t], country=actors[t].country) if t in actors else StatementTarget(country=t)
            for t in targets
        ]
        session.add(st)
    # Undated: neither the statement nor its article has a date, so said_on is the day it was
    # ingested; it is on the timeline, but in no chart (it would pile up on that day).
    undated = Article(title="Undated", body="y" * 100, content_hash="charts-undated")
    session.add(
        Statement(
            article=undated,
            actor=actors["ru-mfa"],
            kind="contact",
            text="undated",
            start=0,
            end=1,
            said_on=dt.date(2024, 5, 15),
            targets=[StatementTarget(country="US")],
        )
    )
    session.commit()
    return actors


def table_rows(html: str, figure: str) -> list[list[str]]:
    """The rows of the data table inside the first `<figure class="chart {figure}">`, as cell texts."""
    part = html.split(f'class="chart {figure}"', 1)[1].split("</figure>", 1)[0]
    table = part.split("<tbody>", 1)[1].split("</tbody>", 1)[0]
    return [
        [re.sub(r"<[^>]+>", "", cell).strip() for cell in re.findall(r"<t[hd][^>]*>(.*?)</t[hd]>", row, re.S)]
        for row in re.findall(r"<tr>(.*?)</tr>", table, re.S)
    ]


def test_timeline_chart_counts_kinds_per_month(client, world):
    html = client.get("/").text
    assert 'class="chart time-chart"' in html and "per month, by kind" in html
    # Month, Direct quote, Reported, Contact, All (only kinds present get a column: all three here)
    assert table_rows(html, "time-chart") == [
        ["Mar 2024", "0", "1", "1", "2"],
        ["Apr 2024", "1", "0", "1", "2"],
        ["May 2024", "0", "0", "0", "0"],
        ["Jun 2024", "0", "0", "0", "0"],
        ["Jul 2024", "0", "0", "0", "0"],
        ["Aug 2024", "1", "1", "0", "2"],
    ]


def test_undated_statements_are_listed_but_not_charted(client, world):
    html = client.get("/", params={"since": "2024-05-01", "until": "2024-05-31"}).text
    assert "undated" in html.split('class="chart', 1)[-1]  # the card is on the page
    assert 'class="chart time-chart"' not in html  # and no chart counts it


def test_chart_follows_the_filters(client, world):
    html = client.get("/", params={"country": "RU", "until": "2024-03-31"}).text
    assert "per week, by kind" in html  # a short selection is counted by week
    assert table_rows(html, "time-chart") == [["week of 4 Mar 2024", "1", "1", "2"]]
    html = client.get("/actors/us-state").text
    assert table_rows(html, "time-chart")[0] == ["Apr 2024", "0", "1", "1"]
    assert [row[0] for row in table_rows(html, "bar-list")] == ["Russian MFA"]


def test_network_counts_contacts_and_addressed_between_countries(client, world):
    response = client.get("/network")
    assert response.status_code == 200
    rows = table_rows(response.text, "network-chart")
    # From, To, Contacts, Addressed, All; the busiest first
    assert rows == [
        ["Russia", "Ukraine", "0", "2", "2"],
        ["Russia", "United States", "1", "1", "2"],
        ["Ukraine", "Russia", "0", "1", "1"],
        ["United States", "Russia", "1", "0", "1"],
    ]
    assert response.text.count('<circle class="node"') == 3
    page = client.get("/network", params={"kind": "contact"}).text
    assert 'href="/?kind=contact">read them on the timeline' in page
    narrowed = table_rows(page, "network-chart")
    assert narrowed == [["Russia", "United States", "1", "0", "1"], ["United States", "Russia", "1", "0", "1"]]


def test_network_between_actors(client, world):
    rows = table_rows(client.get("/network", params={"by": "actor"}).text, "network-chart")
    assert ["Russian MFA", "US State Department", "0", "1", "1"] in rows
    assert ["Russian MFA", "United States", "1", "0", "1"] in rows
    assert ["Russian MFA", "Ukraine", "0", "2", "2"] in rows
    assert client.get("/network", params={"by": "planet"}).status_code in (400, 422)


def test_matrix_counts_who_addresses_whom(client, world):
    html = client.get("/matrix", params={"since": "2024-01-01"}).text
    assert 'class="chart matrix-chart"' in html
    rows = {row[0]: row[1:] for row in table_rows(html, "matrix-chart")}
    codes = re.findall(r'<th scope="col" title="[^"]+">(\w\w)</th>', html)
    assert sorted(codes) == ["RU", "UA", "US"]
    cell = {(src, codes[j]): int(n) for src, values in rows.items() for j, n in enumerate(values)}
    assert cell[("Russia", "US")] == 2 and cell[("Russia", "UA")] == 2
    assert cell[("Ukraine", "RU")] == 1 and cell[("United States", "RU")] == 1 and cell[("Ukraine", "US")] == 0
    assert "No statement of this selection" in client.get("/matrix", params={"since": "2025-01-01"}).text


def test_pages_link_to_the_pictures_of_their_selection(client, world):
    assert 'href="/network?country=RU"' in client.get("/countries/RU").text
    assert 'href="/network?actor=ru-mfa"' in client.get("/actors/ru-mfa").text
    assert 'href="/matrix?kind=direct"' in client.get("/", params={"kind": "direct"}).text


def test_chart_text_is_escaped(client, world, session):
    world["us-state"].name = "<script>x</script>"
    session.commit()
    html = client.get("/network", params={"by": "actor"}).text
    assert "<script>x" not in html and "&lt;script&gt;x" in html


def test_axis_numbers():
    assert [nice_ceiling(n) for n in (0, 1, 3, 7, 10, 11, 180, 2300)] == [1, 1, 5, 10, 10, 20, 200, 5000]
    assert [compact(n) for n in (950, 1000, 1234, 12_345)] == ["950", "1k", "1.2k", "12k"]


def test_time_chart_geometry():
    day = dt.date(2024, 1, 1)
    chart = time_chart(DayCounts([(day, "direct", 3), (day + dt.timedelta(days=15), "contact", 1)], False, 5000))
    assert chart.unit == "week" and [c.total for c in chart.columns] == [3, 0, 1]
    assert [v for v, _ in chart.y_ticks] == [0, 5]  # no middle line at 2 of 5
    assert all(c.show_total == (c.total > 0) for c in chart.columns)
    assert time_chart(DayCounts([], False, 5000)) is None


def test_the_api_gives_the_network_numbers(client, world):
    body = client.get("/api/statements/links", params={"kind": "contact"}).json()
    assert body["by"] == "country" and body["statements"] == 2 and body["sampled"] is None
    assert [(link["source"]["key"], link["target"]["name"], link["contacts"]) for link in body["links"]] == [
        ("RU", "United States", 1),
        ("US", "Russia", 1),
    ]
    page = client.get("/network", params={"kind": "contact"}).text
    assert 'href="/api/statements/links?kind=contact&amp;by=country"' in page
    by_actor = client.get("/api/statements/links", params={"by": "actor"}).json()["links"]
    assert {"key": "us-state", "name": "US State Department", "is_country": False} in [
        link["target"] for link in by_actor
    ]
    bad = client.get("/api/statements/links", params={"by": "planet"})
    assert bad.status_code in (400, 422) and bad.json()["detail"]


def test_a_sparse_chart_names_every_value():
    days = [dt.date(2022, 9, 13), dt.date(2022, 9, 20), dt.date(2023, 12, 14)]
    chart = time_chart(
        DayCounts([(days[0], "direct", 4), (days[1], "direct", 1), (days[2], "indirect", 2)], False, 5000)
    )
    assert chart.unit == "month" and len(chart.columns) == 16
    assert [(c.label, c.total) for c in chart.columns if c.show_total] == [("Sep 2022", 5), ("Dec 2023", 2)]


def test_totals_written_never_crowd_each_other():
    days = [dt.date(2020, 1, 1) + dt.timedelta(days=30 * i) for i in range(60)]
    chart = time_chart(DayCounts([(d, "direct", 1 + i % 7) for i, d in enumerate(days)], False, 5000))
    shown = [i for i, c in enumerate(chart.columns) if c.show_total]
    slot = 100 / len(chart.columns)
    assert max(c.total for c in chart.columns) in {chart.columns[i].total for i in shown}  # the peak's
    assert len(shown) > 3 and all((b - a) * slot >= 8.5 for a, b in zip(shown, shown[1:]))
