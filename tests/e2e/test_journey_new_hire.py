"""The demo new hire signs in, sees their training, and completes a course in Chromium."""

import re

from playwright.sync_api import expect

from tests.e2e.conftest import screenshot, sign_in


def test_new_hire_signs_in_and_sees_the_training_dashboard(page, demo):
    sign_in(page, "newhire", demo.DEMO_PASSWORD)
    expect(page).to_have_url(re.compile(r"/my/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Моё обучение")
    from lms.certification.models import CourseStatus

    # The onboarding plan: every course the demo's rules and HR require of this person.
    required = CourseStatus.objects.filter(user__username="newhire", required=True).count()
    assert required >= 3
    rows = page.locator("table.my-courses tbody tr")
    expect(rows).to_have_count(required)
    expect(page.get_by_role("navigation", name="Язык")).to_be_visible()
    assert screenshot(page, "new-hire-dashboard").exists()


def test_new_hire_completes_a_course_and_sees_100_percent(page, demo):
    sign_in(page, "newhire", demo.DEMO_PASSWORD)
    first_course = page.locator("table.my-courses tbody tr th a").first
    title = first_course.inner_text()
    first_course.click()
    expect(page.get_by_role("heading", level=1)).to_have_text(title)
    page.get_by_role("link", name="Начать курс").click()
    # Read each lesson and mark it complete; the button leads to the next lesson.
    for _ in range(20):
        button = page.get_by_role("button", name="Отметить урок пройденным")
        expect(button).to_be_visible()
        button.click()
        if page.get_by_text("Все уроки прочитаны").count():
            break
    expect(page.locator("#progress-text")).to_contain_text("100 %")
    screenshot(page, "new-hire-course-complete")
    page.get_by_role("link", name="Моё обучение").click()
    row = page.locator("table.my-courses tbody tr", has_text=title)
    expect(row.locator(".badge-completed")).to_be_visible()
    expect(row.locator("progress")).to_have_attribute("value", "100")


def test_skip_link_is_first_on_tab(page, demo):
    page.goto("/")
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.getAttribute('href')")
    assert focused == "#main"
