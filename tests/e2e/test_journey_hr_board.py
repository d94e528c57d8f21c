"""HR opens the readiness board of the demo organisation, filters it by a department and
downloads the filtered set as CSV and XLSX."""

import csv
import io
import re
from pathlib import Path

import openpyxl
import pytest
from playwright.sync_api import expect
from pypdf import PdfReader

from lms.certification.models import CourseStatus
from lms.staff.models import EmployeeProfile
from tests.e2e.conftest import ARTIFACTS, screenshot, sign_in

pytestmark = pytest.mark.e2e

DEPARTMENT = "Колл-центр"


def test_hr_filters_the_board_and_downloads_csv_and_xlsx(page, demo):
    people = EmployeeProfile.objects.filter(
        active=True, user__is_active=True, department__name=DEPARTMENT
    )
    assert people.exists(), "the demo organisation has no call centre"
    pairs = CourseStatus.objects.filter(required=True, user__profile__in=people).count()
    assert pairs, "the demo call centre has no required courses"

    sign_in(page, "hr", demo.DEMO_PASSWORD)
    page.goto("/admin/")
    expect(page.locator("body")).to_contain_text("Отчёты")
    page.goto("/admin/reports/readiness/")
    expect(page.locator("h1")).to_contain_text("Готовность персонала")
    everyone = page.locator("table.rb-board tbody tr").count()

    page.get_by_label("Подразделение", exact=True).select_option(label=DEPARTMENT)
    page.get_by_role("button", name="Применить фильтры").click()
    rows = page.locator("table.rb-board tbody tr")
    expect(rows).to_have_count(min(people.count(), 50))
    assert rows.count() < everyone
    for i in range(rows.count()):
        expect(rows.nth(i).locator("td.rb-where")).to_contain_text(DEPARTMENT)
    expect(page.locator(".rb-totals")).to_contain_text(str(people.count()))
    screenshot(page, "hr-board-call-centre")

    with page.expect_download() as info:
        page.get_by_role("link", name="Скачать CSV (;)").click()
    download = info.value
    assert download.suggested_filename.startswith("readiness-")
    text = Path(download.path()).read_text(encoding="utf-8-sig")
    table = list(csv.reader(io.StringIO(text), delimiter=";"))  # Russian Excel's separator
    assert table[0][:3] == ["Табельный номер", "Имя", "Подразделение"]
    assert len(table) - 1 == pairs
    assert {row[2] for row in table[1:]} == {DEPARTMENT}

    with page.expect_download() as info:
        page.get_by_role("link", name="Скачать XLSX").click()
    assert info.value.suggested_filename.endswith(".xlsx")
    workbook = io.BytesIO(Path(info.value.path()).read_bytes())  # the saved file has no suffix
    sheet = openpyxl.load_workbook(workbook, read_only=True).worksheets[0]
    values = [list(row) for row in sheet.iter_rows(values_only=True)]
    assert values[0][6] == "Статус"
    assert len(values) - 1 == pairs
    assert {row[2] for row in values[1:]} == {DEPARTMENT}

    # From the board to a person's training record (for the appraisal) and its PDF.
    first = rows.first.locator("th.rb-person a")
    name = first.inner_text()
    first.click()
    expect(page).to_have_url(re.compile(r"/people/\d+/record/"))
    for word in name.split():  # the board lists "Last First", the record "First Last"
        expect(page.locator(".person-name")).to_contain_text(word)
    with page.expect_download() as info:
        page.get_by_role("link", name="Скачать PDF").click()
    data = Path(info.value.path()).read_bytes()
    assert data.startswith(b"%PDF")
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(io.BytesIO(data)).pages).split())
    assert name.split()[0] in text
    screenshot(page, "hr-training-record")
    page.go_back()

    page.set_viewport_size({"width": 375, "height": 800})
    width = page.evaluate("document.documentElement.scrollWidth")
    screenshot(page, "hr-board-call-centre-phone")
    # The admin scrolls its main area, not the page: the stacked table gets its own picture.
    ARTIFACTS.mkdir(exist_ok=True)
    page.locator("table.rb-board tbody tr").first.screenshot(
        path=ARTIFACTS / "hr-board-call-centre-phone-row.png"
    )
    assert width <= 375 + 1, f"the board scrolls sideways on a phone ({width}px)"
