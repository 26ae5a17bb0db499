"""Browsing on a phone and on a desktop, by keyboard, and offline, in a real browser (issue 17).

Marked `browser` like tests/test_browser.py, whose fixtures these share: Debian's chromium at
1280 px and 390 px, the app served by a live uvicorn over the seeded database. Every page type,
/docs included, is checked with axe-core (shipped inside axe-playwright-python) at both widths.
Screenshots go to test-artifacts/screenshots/.
"""

# ruff: noqa: F811  (the shared fixtures are parameters of the tests below)
from __future__ import annotations

import pytest

# The browser, the live server and the page at each width are test_browser's fixtures.
from tests.test_browser import CHROMIUM, WIDTHS, _shot, browser, live_url, page  # noqa: F401

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian's chromium is not installed"),
    pytest.mark.usefixtures("seeded"),
]

# What axe checks: WCAG 2.0-2.2 A and AA (target size included) and axe's best practices.
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]


def _page_types(live, page) -> dict[str, str]:
    """One path per page type, found by following the timeline's own links."""
    page.goto(live + "/")
    card = page.locator("article.card").first
    return {
        "timeline": "/",
        "timeline-filtered": "/?country=US&kind=direct",
        "actors": "/actors",
        "actor": card.locator("a.actor").get_attribute("href"),
        "countries": "/countries",
        "country": "/countries/RU",
        "articles": "/articles",
        "article": card.locator("a.passage").get_attribute("href").split("#")[0],
        "statement": f"/statements/{card.get_attribute('id')[1:]}",
        "sources": "/sources",
        "sign-in": page.get_by_role("link", name="Sign in").get_attribute("href"),
        "network": "/network",
        "matrix": "/matrix",
        "docs": "/docs",
        "not-found": "/actors/nobody-at-all",
    }


def _axe_violations(page) -> list[str]:
    from axe_playwright_python.sync_playwright import Axe

    results = Axe().run(page, options={"runOnly": {"type": "tag", "values": AXE_TAGS}})
    return [
        f"{v['id']}: {node['target']} {node['failureSummary']}"
        for v in results.response["violations"]
        for node in v["nodes"]
    ]


def test_axe_finds_no_violation_on_any_page_type(live_url, page, database_name):
    """Every page type, the docs included, at desktop and phone width; and no page loads anything
    from another host."""
    requested: list[str] = []
    page.on("request", lambda request: requested.append(request.url))
    for name, path in _page_types(live_url, page).items():
        page.goto(live_url + path)
        if name == "docs":
            page.wait_for_selector(".opblock")  # Swagger UI has drawn the endpoints
        assert _axe_violations(page) == [], path
        _shot(page, f"ui-{name}", database_name)
    elsewhere = [url for url in requested if not url.startswith((live_url, "data:"))]
    assert elsewhere == []
    assert [e for e in page.console_errors if "404" not in e] == []


def test_docs_work_offline(live_url, page):
    """Swagger UI is served by the app and started by a static file, under the site's CSP."""
    requested: list[str] = []
    page.on("request", lambda request: requested.append(request.url))
    page.goto(live_url + "/docs")
    page.wait_for_selector(".opblock")
    assert page.locator(".opblock-summary-path", has_text="/api/statements").count() >= 1
    assert any(url.endswith("/docs/assets/swagger-ui-bundle.js") for url in requested)
    assert all(url.startswith(live_url) or url.startswith("data:") for url in requested), requested
    assert page.console_errors == []  # nothing blocked by the content security policy


def test_phone_shows_results_before_filters(live_url, page):
    page.goto(live_url + "/?country=US")
    filters = page.locator("details.filters")
    form = filters.locator("form")
    first_card = page.locator("article.card").first
    if page.width_name == "phone":
        assert filters.get_attribute("open") is None and not form.is_visible()
        box = first_card.bounding_box()
        assert box["y"] < WIDTHS["phone"]["height"]  # the first statement is on the first screen
        assert "1 active" in filters.locator("summary").inner_text()
        filters.locator("summary").click()
        assert form.is_visible() and page.locator("#country-picker").is_visible()
    else:
        assert form.is_visible()
        # Not sticky: scrolling the page brings the dates and the Filter button into view.
        assert form.evaluate("f => getComputedStyle(f).position") != "sticky"
        button = form.locator("button[type=submit]")
        button.scroll_into_view_if_needed()
        box = button.bounding_box()
        assert 0 <= box["y"] and box["y"] + box["height"] <= WIDTHS["desktop"]["height"]
        assert page.locator("#until").is_visible()


def test_filters_disclosure_works_without_javascript(live_url, browser):
    for width_name, viewport in WIDTHS.items():
        context = browser.new_context(viewport=viewport, java_script_enabled=False)
        tab = context.new_page()
        tab.goto(live_url + "/")
        form = tab.locator("details.filters form")
        if width_name == "phone":
            assert not form.is_visible()
            tab.locator("details.filters summary").click()
        assert form.is_visible(), width_name  # on a desktop, open beside the results by CSS alone
        tab.check("input[name=kind][value=direct]")
        tab.click("details.filters button[type=submit]")
        tab.wait_for_load_state()
        assert "kind=direct" in tab.url
        context.close()


def test_the_actor_box_works_without_javascript(live_url, browser, database_name):
    """No suggestions without JavaScript: the typed name is sent and the server resolves it."""
    for width_name, viewport in WIDTHS.items():
        context = browser.new_context(viewport=viewport, java_script_enabled=False)
        tab = context.new_page()
        tab.goto(live_url + "/")
        if width_name == "phone":
            tab.locator("details.filters summary").click()
        tab.fill("#actor-add", "Pashin")
        tab.fill("#target-add", "Azerbaijan")
        tab.click("details.filters button[type=submit]")
        tab.wait_for_load_state()
        assert tab.locator("h1").inner_text() == "Statements by Nikol Pashinyan addressed to Azerbaijan", width_name
        names = set(tab.locator("article.card a.actor").all_inner_texts())
        assert names <= {"Nikol Pashinyan"}
        context.close()


def test_no_sideways_scrolling_and_no_hidden_columns(live_url, page):
    for path in _page_types(live_url, page).values():
        page.goto(live_url + path)
        page.evaluate("document.querySelectorAll('details.chart-data').forEach(d => d.open = true)")  # data twins too
        width = page.evaluate("window.innerWidth")
        assert page.evaluate("document.documentElement.scrollWidth") <= width + 1, f"{path} scrolls sideways"
        # Every table cell is on screen: none is cut off or scrolled away in its box.
        outside = page.evaluate(
            """width => [...document.querySelectorAll('main td, main tbody th')]
                .filter(c => c.offsetParent !== null)
                .map(c => [c.textContent.trim().slice(0, 30), c.getBoundingClientRect()])
                .filter(([, r]) => r.left < -1 || r.right > width + 1 || r.width === 0)
                .map(([text]) => text)""",
            width,
        )
        assert outside == [], path


def test_skip_link_landmarks_and_focus_style(live_url, page):
    page.goto(live_url + "/")
    page.keyboard.press("Tab")
    skip = page.locator("a.skip")
    assert page.evaluate("document.activeElement.className") == "skip" and skip.is_visible()
    assert skip.bounding_box()["y"] >= 0
    outline = skip.evaluate("a => getComputedStyle(a).outlineStyle")
    assert outline not in ("none", "")  # our focus style, not the browser's default
    page.keyboard.press("Enter")
    page.keyboard.press("Tab")  # the next stop is inside the results: a chip or the first card
    assert page.evaluate("!!document.activeElement.closest('#results')")
    labels = page.locator("nav").evaluate_all("navs => navs.map(n => n.getAttribute('aria-label'))")
    assert labels and all(labels)
    assert page.locator("nav[aria-label=Site] a[aria-current=page]").inner_text() == "Timeline"
