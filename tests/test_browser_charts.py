"""The pictures in a real browser at desktop and phone widths: every chart's text at least 12 px as
rendered, nothing wider than the screen, values shown as text (not only on hover), a data table twin.

Marked `browser`; skipped where /usr/bin/chromium is missing. Screenshots go to
test-artifacts/screenshots/ (charts-*).
"""

from __future__ import annotations

import pytest

from tests.test_browser import CHROMIUM, _shot, browser, live_url, page  # noqa: F401  (fixtures)

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian's chromium is not installed"),
    pytest.mark.usefixtures("seeded"),
]

# Each chart text's rendered size: its computed font size times the SVG's scale on screen (no
# viewBox: 1), and its box; and whether it sticks out of the window.
MEASURE = """() => [...document.querySelectorAll('figure.chart svg text')]
  .filter(t => t.getBoundingClientRect().width > 0)
  .map(t => {
    const box = t.getBoundingClientRect();
    const scale = t.getScreenCTM().a;
    return {text: t.textContent.trim(), px: parseFloat(getComputedStyle(t).fontSize) * scale,
            height: box.height, left: box.left, right: box.right};
  })"""

# Pairs of texts whose boxes overlap within one time chart, matrix or bar list (the network's
# counts sit on crossing lines and may meet; its table has them all).
OVERLAPS = """() => [...document.querySelectorAll('figure.time-chart svg, figure.matrix-chart svg, figure.bar-list svg')]
  .flatMap(svg => {
    const boxes = [...svg.querySelectorAll('text')].map(t => [t.textContent.trim(), t.getBoundingClientRect()])
      .filter(([, b]) => b.width > 0);
    const hits = [];
    boxes.forEach(([a, p], i) => boxes.slice(i + 1).forEach(([b, q]) => {
      if (p.left < q.right - 1 && q.left < p.right - 1 && p.top < q.bottom - 1 && q.top < p.bottom - 1) hits.push([a, b]);
    }));
    return hits;
  })"""

PAGES = {
    "timeline": "/",
    "network": "/network",
    "network-actors": "/network?by=actor",
    "matrix": "/matrix",
    "actor": "/actors/antony-blinken",
    "country": "/countries/RU",
}


@pytest.mark.parametrize("name", list(PAGES))
def test_chart_text_is_legible_and_fits(live_url, page, database_name, name):  # noqa: F811
    response = page.goto(live_url + PAGES[name])
    assert response.status == 200
    figures = page.locator("figure.chart")
    assert figures.count() >= 1, f"{name}: no chart"
    texts = page.evaluate(MEASURE)
    assert texts, f"{name}: a chart without text"
    small = [t for t in texts if t["px"] < 12 or t["height"] < 12]
    assert not small, f"{name} at {page.width_name}: text under 12 px: {small[:3]}"
    width = page.evaluate("window.innerWidth")
    outside = [t for t in texts if t["left"] < -0.5 or t["right"] > width + 0.5]
    assert not outside, f"{name} at {page.width_name}: text outside the window: {outside[:3]}"
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1"), f"{name} scrolls sideways"
    collisions = page.evaluate(OVERLAPS)
    assert not collisions, f"{name} at {page.width_name}: chart texts on top of each other: {collisions[:3]}"
    # Values are text in the picture, and every chart has its table twin.
    assert any(t["text"].replace("k", "").replace(".", "").isdigit() for t in texts)
    for i in range(figures.count()):
        twin = figures.nth(i).locator("details.chart-data")
        assert twin.count() == 1 and twin.locator("table").count() == 1
    _shot(page, f"charts-{name}", database_name)
    assert page.console_errors == []


def test_the_table_twin_opens_without_javascript_and_holds_the_numbers(live_url, page):  # noqa: F811
    page.goto(live_url + "/network")
    twin = page.locator("figure.network-chart details.chart-data")
    twin.locator("summary").click()
    rows = twin.locator("tbody tr")
    assert rows.count() >= 1 and rows.first.locator("td").count() == 5
    labelled = page.locator("svg.network text.edge-value").all_text_contents()
    totals = [int(t) for t in twin.locator("tbody tr td:last-child").all_inner_texts()]
    assert labelled and max(int(v) for v in labelled) <= max(totals) * 2  # a drawn line sums both directions


def test_network_names_actors_beside_their_nodes_on_desktop_and_below_on_a_phone(live_url, page):  # noqa: F811
    page.goto(live_url + "/network?by=actor")
    key = page.locator("figure.network-chart .node-key")
    names = page.locator("svg.network text.wide-only")
    tags = page.locator("svg.network text.narrow-only")
    assert names.count() == tags.count() == key.locator("li").count() > 0
    phone = page.width_name == "phone"
    assert key.is_visible() == phone and tags.first.is_visible() == phone and names.first.is_visible() != phone
