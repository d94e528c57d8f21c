"""The demo line manager opens "My team" (only their team), a team member's training record,
records an observation against every criterion of a standard, sees it in the record, and
downloads the record as a PDF."""

import io
import re
from pathlib import Path

import pytest
from playwright.sync_api import expect
from pypdf import PdfReader

from lms.records.models import Observation
from lms.staff.models import EmployeeProfile
from tests.e2e.conftest import screenshot, sign_in
from tests.e2e.test_accessibility import violations

pytestmark = pytest.mark.e2e


def test_manager_sees_the_team_records_an_observation_and_gets_the_pdf(page, demo, tmp_path):
    team = EmployeeProfile.objects.filter(
        line_manager__username="manager", active=True, user__is_active=True
    ).select_related("user")
    assert team.exists(), "the demo manager has no team"
    others = EmployeeProfile.objects.exclude(line_manager__username="manager").exclude(
        user__username="manager"
    )
    stranger = others.select_related("user").first()

    sign_in(page, "manager", demo.DEMO_PASSWORD)
    # A line manager lands on their team, which the top menu also links to.
    expect(page).to_have_url(re.compile(r"/team/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Моя команда")
    page.get_by_role("link", name="Моя команда").first.click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Моя команда")
    rows = page.locator("table.team tbody tr")
    expect(rows).to_have_count(team.count())
    if stranger is not None:
        expect(page.locator("table.team")).not_to_contain_text(stranger.user.get_full_name())
    screenshot(page, "manager-team")

    member = team.get(user__username="employee").user
    name = member.get_full_name()
    page.get_by_role("link", name=name, exact=True).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("История обучения")
    expect(page.locator(".person-name")).to_have_text(name)

    # Record an observation from the record page: the person is chosen already.
    page.get_by_role("link", name="Записать наблюдение").click()
    expect(page.get_by_label("Кого наблюдали")).to_have_value(str(member.pk))
    standard = page.get_by_label("Стандарт")
    # The first standard offered that states criteria of correct action (the list's order
    # follows the titles in the active language).
    from courses.models import CoursePage
    from lms.records.selectors import criteria_of

    offered = [
        v for v in standard.locator("option").evaluate_all("os => os.map(o => o.value)") if v
    ]
    with_criteria = next(v for v in offered if criteria_of(CoursePage.objects.get(pk=v)))
    standard.select_option(value=with_criteria)
    course_title = standard.locator("option:checked").inner_text()
    page.get_by_role("button", name="Далее: критерии").click()
    criteria = page.locator("fieldset.criterion")
    count = criteria.count()
    assert count > 0, "the chosen demo standard has no criteria"
    for i in range(count):
        group = criteria.nth(i)
        group.get_by_label("Не выполнен" if i == 0 else "Выполнен", exact=True).check()
    page.get_by_label("Лично").check()
    page.get_by_label("Общий комментарий").fill("Встретил клиента сразу, но не предложил помощь.")
    screenshot(page, "manager-observation-form")
    page.get_by_role("button", name="Записать наблюдение").click()

    expect(page).to_have_url(re.compile(rf"/people/{member.pk}/record/"))
    expect(page.locator(".messages")).to_contain_text("Наблюдение за сотрудником")
    section = page.locator("#observations")
    expect(section).to_contain_text(course_title)
    expect(section).to_contain_text("Встретил клиента сразу, но не предложил помощь.")
    expect(section.locator(".badge-revoked")).to_have_count(1)  # the one criterion not met
    observation = Observation.objects.get(person=member)
    assert observation.results.count() == count
    screenshot(page, "manager-record-with-observation")

    # The PDF of the record.
    with page.expect_download() as info:
        page.get_by_role("link", name="Скачать PDF").click()
    download = info.value
    assert download.suggested_filename.endswith(".pdf")
    data = Path(download.path()).read_bytes()
    assert data.startswith(b"%PDF")
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(io.BytesIO(data)).pages).split())
    assert member.last_name in text
    href = page.get_by_role("link", name="Скачать PDF").get_attribute("href")
    response = page.request.get(href)
    assert response.status == 200
    assert response.headers["content-type"] == "application/pdf"

    # No WCAG A/AA violation (axe-core), and on a phone (375 px) no sideways scrolling.
    course_id = observation.course_id
    pages = (
        "/my/",
        "/team/",
        f"/people/{member.pk}/record/",
        "/team/observe/",
        f"/team/observe/?person={member.pk}&course={course_id}",
    )
    found = {}
    for width in (1280, 375):
        page.set_viewport_size({"width": width, "height": 800})
        for path in pages:
            page.goto(path)
            found[f"{path} @{width}"] = violations(page)
            if width == 375:
                scroll = page.evaluate("document.documentElement.scrollWidth")
                assert scroll <= 375, f"{path} scrolls sideways at 375 px ({scroll} px)"
    screenshot(page, "manager-observation-form-phone")
    assert not {k: v for k, v in found.items() if v}, found
