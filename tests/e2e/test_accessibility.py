"""Automated WCAG 2 A/AA checks (axe-core, bundled locally) of every kind of page a person
opens, on a desktop and on a phone-sized screen, in Chromium."""

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.contrib.auth.models import Group

from lms import roles
from tests.courses.factories import EVERY_BLOCK_BODY, make_catalogue, make_course
from tests.e2e.conftest import screenshot
from tests.lms.factories import PASSWORD, UserFactory

AXE = Axe()
VIEWPORTS = {"desktop": {"width": 1280, "height": 900}, "phone": {"width": 375, "height": 740}}


@pytest.fixture
def site(django_db_serialized_rollback):
    from courses.services import complete_lesson

    catalogue = make_catalogue()
    course, lessons = make_course(catalogue, lessons=3, title="Принципы сервиса")
    for lesson in lessons:
        lesson.body = EVERY_BLOCK_BODY
        lesson.save_revision().publish()
    person = UserFactory(username="reader")
    person.groups.add(Group.objects.get(name=roles.EMPLOYEES))
    complete_lesson(person, lessons[0])
    return catalogue, course, lessons, person


def violations(page):
    results = AXE.run(page, options={"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa"]}})
    return [
        f"{v['id']} ({v['impact']}): {v['help']} — {[n['target'] for n in v['nodes']][:3]}"
        for v in results.response["violations"]
    ]


@pytest.mark.parametrize("viewport", list(VIEWPORTS))
def test_pages_have_no_wcag_violations(page, site, viewport):
    catalogue, course, lessons, person = site
    page.set_viewport_size(VIEWPORTS[viewport])
    found = {}
    page.goto("/accounts/login/")
    found["login"] = violations(page)
    page.fill("#id_username", person.username)
    page.fill("#id_password", PASSWORD)
    page.locator("main form button[type=submit]").click()
    page.wait_for_url("**/my/")
    for name, url in (
        ("dashboard", "/my/"),
        ("catalogue", "/"),
        ("course", course.url),
        ("lesson", lessons[1].url),
        ("search", "/search/?q=клиент"),
        ("german catalogue", "/de/"),
    ):
        page.goto(url)
        found[name] = violations(page)
        screenshot(page, f"a11y-{viewport}-{name.replace(' ', '-')}")
    assert {name: v for name, v in found.items() if v} == {}


def test_no_horizontal_scrolling_on_a_phone(page, site):
    _catalogue, _course, lessons, person = site
    page.set_viewport_size(VIEWPORTS["phone"])
    page.goto("/accounts/login/")
    page.fill("#id_username", person.username)
    page.fill("#id_password", PASSWORD)
    page.locator("main form button[type=submit]").click()
    page.wait_for_url("**/my/")
    for url in ("/my/", lessons[1].url):
        page.goto(url)
        overflow = page.evaluate(
            "document.documentElement.scrollWidth - document.documentElement.clientWidth"
        )
        assert overflow <= 0, (url, overflow)
