"""Editors in a real browser (Debian's chromium through Playwright), at desktop and phone widths:
sign in and out, correct a statement on its permalink, reject one from the queue, work the
queue with the keyboard. A live server over the scratch database (the seed article ingested
through the real pipeline), since these forms really commit.

Screenshots of the queue and of a corrected permalink go to test-artifacts/screenshots/ and,
when it exists, to /work/shots/edit/.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from app.config import Settings
from app.main import create_app
from app.models import ReviewState, Statement, StatementChange
from tests.conftest import SEED_ARTICLE
from tests.editing_helpers import PASSWORD, make_user
from tests.live_server import live_server
from tests.test_browser import CHROMIUM, CHROMIUM_ARGS, SHOTS, WIDTHS

EXTRA_SHOTS = Path("/work/shots/edit")
pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian's chromium is not installed"),
]


@pytest.fixture(scope="module")
def site(module_scratch_db, registry, extractor):
    """(base URL, session factory) of a live app over a database holding the seed article and two accounts."""
    from app.pipeline.ingest import read_paths
    from app.pipeline.process import ingest_drafts
    from app.store import sync_registry, unit_of_work

    factory = module_scratch_db.session_factory
    with unit_of_work(factory) as s:
        sync_registry(s, registry)
    assert ingest_drafts(factory, read_paths([SEED_ARTICLE]), extractor).new == 1
    make_user(factory, "editor1", "editor")
    make_user(factory, "admin1", "admin")
    with live_server(create_app(Settings(database_url=module_scratch_db.url))) as port:
        yield f"http://127.0.0.1:{port}", factory


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
    tab.console_errors = []  # a Content-Security-Policy violation shows up here too
    tab.on("console", lambda msg: msg.type == "error" and tab.console_errors.append(msg.text))
    tab.on("pageerror", lambda exc: tab.console_errors.append(str(exc)))
    yield tab
    context.close()


def _shot(page, name: str, database_name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}-{page.width_name}-{database_name}.png"), full_page=True)
    if EXTRA_SHOTS.is_dir():
        page.screenshot(path=str(EXTRA_SHOTS / f"{name}-{page.width_name}-{database_name}.png"), full_page=True)


def _sign_in(page, base: str, then: str = "/review", name: str = "editor1") -> None:
    page.goto(f"{base}/login?next={then}")
    page.fill("#login-name", name)
    page.fill("#login-password", PASSWORD)
    with page.expect_navigation():
        page.click("form[action='/login'] button[type=submit]")
    assert page.locator("nav.account .who").count() == 1, page.content()[:3000]


def _statement(factory, statement_id: int) -> Statement:
    with factory() as s:
        st = s.get(Statement, statement_id)
        s.expunge(st)
        return st


def _no_sideways_scroll(page) -> bool:
    return page.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1")


def test_sign_in_and_out(site, page):
    base, _ = site
    page.goto(base + "/")
    page.click("text=Sign in")
    page.fill("#login-name", "editor1")
    page.fill("#login-password", "wrong password")
    page.click("form[action='/login'] button[type=submit]")
    assert "Wrong user name or password" in page.locator("[role=alert]").inner_text()
    page.fill("#login-password", PASSWORD)
    page.click("form[action='/login'] button[type=submit]")
    page.wait_for_load_state()
    assert page.url.endswith("/") and page.locator("nav.account .who").inner_text() == "editor1 · editor"
    cookie = next(c for c in page.context.cookies() if c["name"] == "tracker_session")
    assert cookie["httpOnly"] and cookie["sameSite"] == "Lax"
    assert page.locator("article.card .actions").count() >= 1  # the cards offer an editor's actions
    page.click("nav.account button:has-text('Sign out')")
    page.wait_for_load_state()
    assert page.locator("nav.account a", has_text="Sign in").count() == 1
    assert page.locator("article.card .actions").count() == 0
    # The wrong password's answer (401) logs one failed load; nothing else may.
    assert len(page.console_errors) == 1 and "401" in page.console_errors[0]


def test_correct_a_statement_on_its_permalink(site, page, database_name):
    base, factory = site
    with factory() as s:
        ids = list(s.scalars(select(Statement.id).where(Statement.kind == "direct").order_by(Statement.id.desc())))
    statement_id = ids[0 if page.width_name == "desktop" else 1]
    before = _statement(factory, statement_id)
    _sign_in(page, base, f"/statements/{statement_id}")
    page.click("details#correct summary")
    # The actor field suggests actors as you type (static/edit.js asks /api/actors).
    page.locator("#f-actor").fill("")
    page.locator("#f-actor").press_sequentially("lavr", delay=30)
    page.wait_for_selector("#actor-options option[value='sergey-lavrov']", state="attached")
    page.locator("#f-actor").fill("sergey-lavrov")
    page.select_option("#f-kind", "indirect")
    page.select_option("#f-category", "111")
    # Selecting words in the passage sets the span: the mark's first word onwards.
    page.evaluate(
        """() => {
            const mark = document.querySelector('[data-span-source] mark');
            const text = mark.firstChild;
            const range = document.createRange();
            const firstSpace = text.data.indexOf(' ');
            range.setStart(text, firstSpace + 1);
            range.setEnd(text, text.data.length);
            const selection = window.getSelection();
            selection.removeAllRanges();
            selection.addRange(range);
            mark.dispatchEvent(new MouseEvent('mouseup', {bubbles: true}));
        }"""
    )
    new_start = int(page.locator("#f-start").input_value())
    assert new_start > before.start and int(page.locator("#f-end").input_value()) == before.end
    page.fill("#f-reason", "Lavrov said it, reported")
    with page.expect_navigation():
        page.click("#correct-form button[type=submit]")
    assert page.url.endswith(f"/statements/{statement_id}")
    assert "Corrected by editor1" in page.locator(".corrected-flash").inner_text()
    history = page.locator(".history").inner_text().lower()
    assert "correct by editor1" in history and "lavrov said it, reported" in history
    after = _statement(factory, statement_id)
    assert (after.kind, after.category_code, after.start) == ("indirect", "111", new_start)
    assert after.review_state == ReviewState.CORRECTED
    assert page.locator("article.card .actor").first.inner_text() == "Sergey Lavrov"
    assert _no_sideways_scroll(page)
    _shot(page, "permalink-corrected", database_name)
    assert page.console_errors == []


def test_reject_from_the_queue(site, page, database_name):
    base, factory = site
    _sign_in(page, base)
    assert page.url.endswith("/review"), page.url
    card = page.locator("[data-review-queue] article.card").first
    statement_id = int(card.get_attribute("id")[1:])
    card.locator("details.reject summary").click()
    card.locator("input[name=reason]").fill("a caption, not a statement")
    with page.expect_navigation():
        card.locator("button:has-text('Reject')").click()
    assert page.url.endswith("/review")
    assert page.locator(f"#s{statement_id}").count() == 0
    assert _statement(factory, statement_id).review_state == ReviewState.REJECTED
    page.goto(f"{base}/statements/{statement_id}")
    assert "a caption, not a statement" in page.locator(".rejected-flash").inner_text()
    page.goto(base + "/")
    assert page.locator(f"#s{statement_id}").count() == 0
    assert page.console_errors == []


def test_work_the_queue_with_the_keyboard(site, page, database_name):
    base, factory = site
    _sign_in(page, base)
    cards = page.locator("[data-review-queue] article.card")
    assert cards.count() >= 3
    first, second = (int(cards.nth(i).get_attribute("id")[1:]) for i in (0, 1))
    assert "current" in cards.nth(0).get_attribute("class")
    assert _no_sideways_scroll(page)
    _shot(page, "queue", database_name)
    page.keyboard.press("j")
    assert "current" in cards.nth(1).get_attribute("class")
    page.keyboard.press("k")
    page.keyboard.press("j")
    with page.expect_navigation():
        page.keyboard.press("a")  # accept the second
    assert _statement(factory, second).review_state == ReviewState.REVIEWED
    assert _statement(factory, first).review_state == ReviewState.EXTRACTED
    assert page.locator(f"#s{second}").count() == 0 and page.locator(f"#s{first}").count() == 1
    # r opens the reject form of the current card with its reason focused; Escape closes it.
    page.keyboard.press("r")
    assert page.evaluate("document.activeElement.name") == "reason"
    page.keyboard.press("Escape")
    with page.expect_navigation():
        page.keyboard.press("e")
    assert page.url.split("?")[0].endswith(f"/statements/{first}/edit")
    with factory() as s:
        accepted = s.scalars(select(StatementChange).where(StatementChange.statement_id == second)).one()
        assert (accepted.action, accepted.by) == ("accept", "editor1")
    assert page.console_errors == []


def test_axe_finds_no_violation_on_the_editors_pages(site, page, database_name):
    """The sign-in form, the queue, a permalink with its correction form open, the edit page,
    the password form and the admin's tokens page, at both widths, with axe-core."""
    from tests.test_browser_ui import _axe_violations

    base, factory = site
    page.goto(base + "/login")
    assert _axe_violations(page) == [], "/login"
    _sign_in(page, base, name="admin1")
    statement_id = int(page.locator("[data-review-queue] article.card").first.get_attribute("id")[1:])
    for path in (
        "/review",
        f"/statements/{statement_id}",
        f"/statements/{statement_id}/edit?actor_q=russia",
        "/account/password",
        "/admin/tokens",
    ):
        page.goto(base + path)
        if path.startswith("/statements/") and "edit" not in path:
            page.click("details#correct summary")
        assert _axe_violations(page) == [], path
        assert _no_sideways_scroll(page), path
        _shot(page, "editor-" + path.strip("/").split("?")[0].replace("/", "-"), database_name)
    assert page.console_errors == []
