"""Every page type in a real browser (Debian's chromium driven by Playwright), at desktop and phone widths.

Marked `browser`; skipped where /usr/bin/chromium is missing (`.ci/run` installs it, so
CI always runs them). Screenshots go to test-artifacts/screenshots/.
"""

from pathlib import Path

import pytest

from app.config import PROJECT_ROOT, Settings
from app.main import create_app
from tests.live_server import live_server

CHROMIUM = Path("/usr/bin/chromium")
SHOTS = PROJECT_ROOT / "test-artifacts" / "screenshots"
pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian's chromium is not installed"),
    pytest.mark.usefixtures("seeded"),
]
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
WIDTHS = {"desktop": {"width": 1280, "height": 900}, "phone": {"width": 390, "height": 844}}


@pytest.fixture(scope="module")
def live_url(_seeded_url):
    """The app on a live server over the seeded database, for a module's tests (they only read)."""
    with live_server(create_app(Settings(database_url=_seeded_url))) as port:
        yield f"http://127.0.0.1:{port}"


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        instance = p.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS)
        yield instance
        instance.close()


@pytest.fixture(params=list(WIDTHS))
def page(request, browser):
    context = browser.new_context(viewport=WIDTHS[request.param])
    tab = context.new_page()
    tab.width_name = request.param
    tab.console_errors = []
    tab.on("console", lambda msg: msg.type == "error" and tab.console_errors.append(msg.text))
    tab.on("pageerror", lambda exc: tab.console_errors.append(str(exc)))
    yield tab
    context.close()


def _shot(page, name: str, database_name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}-{page.width_name}-{database_name}.png"), full_page=True)


def _open_filters(page) -> None:
    """On a phone the filters wait behind their disclosure, below the results' heading."""
    if page.width_name == "phone":
        page.click("details.filters summary")


def test_every_page_type_loads_cleanly(live_url, page, database_name):
    page.goto(live_url + "/")
    first_card = page.locator("article.card").first
    statement_id = first_card.get_attribute("id")[1:]
    actor_href = page.locator("article.card a.actor").first.get_attribute("href")
    article_href = page.locator("article.card a.passage").first.get_attribute("href").split("#")[0]
    pages = {
        "timeline": "/",
        "actors": "/actors",
        "actor": actor_href,
        "countries": "/countries",
        "country": "/countries/RU",
        "articles": "/articles",
        "article": article_href,
        "statement": f"/statements/{statement_id}",
        "not-found": "/actors/nobody-at-all",
    }
    for name, path in pages.items():
        response = page.goto(live_url + path)
        assert response.status == (404 if name == "not-found" else 200), path
        assert page.locator("h1").count() >= 1, path
        assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1"), (
            f"{path} scrolls sideways"
        )
        _shot(page, name, database_name)
    # The deliberate 404 logs one failed load; nothing else may.
    assert [e for e in page.console_errors if "404" not in e] == [] and len(page.console_errors) <= 1


def test_filter_through_the_form_then_follow_links(live_url, page, database_name):
    page.goto(live_url + "/")
    assert page.locator("article.card").count() >= 4
    _open_filters(page)
    page.check("input[name=country][value=US]")
    page.check("input[name=kind][value=direct]")
    page.click("button[type=submit]")
    page.wait_for_load_state()
    assert "country=US" in page.url and "kind=direct" in page.url
    assert set(page.locator("article.card .actor").all_inner_texts()) == {"Antony Blinken"}
    assert page.locator("input[name=country][value=US]").is_checked()
    assert "Direct quotes by actors of United States" in page.locator("h1").inner_text()
    _shot(page, "timeline-filtered", database_name)

    page.locator("article.card footer a.passage").first.click()
    page.wait_for_load_state()
    assert "/articles/" in page.url and "#s" in page.url
    target = page.locator("mark:target")
    assert target.count() == 1 and "Antony Blinken" in target.inner_text()

    page.goto(live_url + "/?country=US")
    page.locator("article.card a.actor").first.click()
    page.wait_for_load_state()
    assert page.url.endswith("/actors/antony-blinken") and page.locator("svg[role=img]").count() >= 1
    assert page.console_errors == []


def test_actor_box_suggests_from_the_whole_registry(live_url, page):
    """Typing part of a name offers actors beyond the listed top speakers; choosing one ticks it."""
    page.goto(live_url + "/")
    _open_filters(page)
    box = page.locator("#actor-add")
    box.fill("blink")
    page.wait_for_selector("#actor-suggestions option", state="attached")
    offered = page.locator("#actor-suggestions option").evaluate_all("os => os.map(o => o.value)")
    assert "Antony Blinken" in offered
    box.fill("Antony Blinken")  # what choosing the suggestion puts in the box
    assert page.locator("#actor-picker input[value=antony-blinken]").is_checked() and box.input_value() == ""
