"""Real-browser journeys: Debian's Chromium driven by Playwright against a live server.

Playwright's own browser download is never used: the tests launch /usr/bin/chromium (installed by
`make e2e` when missing), headless, without sandbox and without background networking, so they run
on an intranet machine as they do in CI. Screenshots go to test-artifacts/.
"""

import os
from pathlib import Path

import pytest
from playwright.sync_api import expect

# Playwright's sync API runs an event loop in this thread; the ORM calls the tests make between
# browser steps are synchronous and safe here.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/e2e/" in str(item.fspath):
            item.add_marker(pytest.mark.e2e)


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: run `make e2e`, which installs Debian's chromium.")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM,
            headless=True,
            args=["--no-sandbox", "--disable-background-networking", "--disable-dev-shm-usage"],
        )
        yield browser
        browser.close()


@pytest.fixture
def demo(django_db_serialized_rollback):
    from lms.demo import builders, content

    builders.build(content)
    return builders


@pytest.fixture
def page(browser, live_server, request):
    context = browser.new_context(
        base_url=live_server.url, locale="ru-RU", viewport={"width": 1280, "height": 900}
    )
    page = context.new_page()
    # Generous: CI shares two cores between the live server, Chromium and the test itself.
    page.set_default_timeout(30_000)
    expect.set_options(timeout=15_000)
    yield page
    ARTIFACTS.mkdir(exist_ok=True)
    failed = getattr(request.node, "rep_call", None)
    if failed is not None and failed.failed:
        page.screenshot(path=ARTIFACTS / f"{request.node.name}-failure.png", full_page=True)
    context.close()


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_makereport(item, call):
    report = yield
    setattr(item, f"rep_{report.when}", report)
    return report


def sign_in(page, username, password):
    page.goto("/accounts/login/")
    page.get_by_label("Имя пользователя").fill(username)
    page.get_by_label("Пароль").fill(password)
    page.locator("main form button[type=submit]").click()


def screenshot(page, name):
    ARTIFACTS.mkdir(exist_ok=True)
    path = ARTIFACTS / f"{name}.png"
    page.screenshot(path=path, full_page=True)
    return path
