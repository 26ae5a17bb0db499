"""The timeline and article pages in a real browser (Debian's chromium, driven by Playwright).

Skipped where /usr/bin/chromium is missing; `.ci/run` installs it so CI always runs these.
"""
import socket
import threading
import time
from pathlib import Path

import pytest
import uvicorn

from app.main import create_app

CHROMIUM = Path("/usr/bin/chromium")
pytestmark = [
    pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian's chromium is not installed"),
    pytest.mark.usefixtures("seeded"),
]
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]


@pytest.fixture
def live_url(settings):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_app(settings), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)


@pytest.fixture
def page():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS)
        yield browser.new_page(viewport={"width": 1280, "height": 900})
        browser.close()


def test_filter_by_country_in_the_form_then_open_the_passage(live_url, page, tmp_path):
    page.goto(live_url + "/")
    assert page.locator("article.card").count() >= 4
    page.select_option("#country", "US")
    page.click("button[type=submit]")
    page.wait_for_load_state()
    assert "country=US" in page.url
    actors = set(page.locator("article.card .actor").all_inner_texts())
    assert actors == {"Antony Blinken"}
    assert page.locator("#country option[value=US]").evaluate("o => o.selected")
    page.screenshot(path=str(tmp_path / "timeline-us.png"), full_page=True)

    page.locator("article.card footer a.passage").first.click()
    page.wait_for_load_state()
    assert "/articles/" in page.url and "#s" in page.url
    target = page.locator("mark:target")
    assert target.count() == 1 and "Antony Blinken" in target.inner_text()
