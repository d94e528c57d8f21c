"""A new hire from the roster import gets the invitation mail, sets a password from its link,
signs in and sees their onboarding plan and what is left for each certificate, in Chromium."""

import re

import pytest
from django.core import mail
from playwright.sync_api import expect

from lms.certification.models import CourseStatus
from lms.staff.models import EmployeeProfile
from tests.e2e.conftest import ARTIFACTS, screenshot, sign_in

pytestmark = pytest.mark.e2e

ROSTER = (
    "employee_number;first_name;last_name;email;department;job_role;hire_date;language\n"
    "N-0001;Лидия;Новикова;lidia.novikova@example.com;sales-floor;seller;2026-11-30;ru\n"
)
PASSWORD = "Zelenyj-chaj-v-polden-7"


def test_invited_new_hire_sets_a_password_and_sees_the_plan(page, demo):
    ARTIFACTS.mkdir(exist_ok=True)
    roster = ARTIFACTS / "roster-new-hire.csv"
    roster.write_text(ROSTER, encoding="utf-8")

    # HR imports the roster for real, with the invitation box left ticked.
    sign_in(page, "hr", demo.DEMO_PASSWORD)
    expect(page.get_by_role("button", name="Выйти")).to_be_visible()
    page.goto("/admin/staff/import/")
    page.locator("input[type=file][name=file]").set_input_files(roster)
    page.locator("input[name=dry_run]").uncheck()
    expect(page.locator("input[name=send_invitations]")).to_be_checked()
    page.locator("form[enctype='multipart/form-data'] button[type=submit]").click()
    expect(page.locator("#roster-result-title")).to_contain_text("Импортировано")
    assert EmployeeProfile.objects.filter(employee_number="N-0001").exists()

    # The invitation, in Russian, with a link to set the password.
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["lidia.novikova@example.com"]
    assert "пароль" in message.subject
    link = re.search(r"https?://[^/\s]+(/\S*/welcome/\S+)", message.body).group(1)
    login = re.search(r"Ваш логин: (\S+)", message.body).group(1)

    page.context.clear_cookies()
    page.goto(link)
    expect(page.get_by_role("heading", level=1)).to_have_text("Добро пожаловать! Задайте пароль")
    page.locator("input[name=new_password1]").fill(PASSWORD)
    page.locator("input[name=new_password2]").fill(PASSWORD)
    page.locator("main form button[type=submit]").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Пароль сохранён")

    # The link worked once.
    page.goto(link)
    expect(page.get_by_role("heading", level=1)).to_have_text("Ссылка больше не действует")

    sign_in(page, login, PASSWORD)
    expect(page).to_have_url(re.compile(r"/my/$"))
    plan = CourseStatus.objects.filter(user__username=login, required=True)
    assert plan.count() >= 3
    rows = page.locator("table.my-courses tbody tr")
    expect(rows).to_have_count(plan.count())
    first = rows.first
    expect(first).to_contain_text("Осталось для сертификата")
    expect(first.locator("li.requirement")).not_to_have_count(0)
    expect(first.locator("a.next-step")).to_have_count(1)
    screenshot(page, "invited-new-hire-dashboard")

    # The course page says the same, with one next step.
    first.locator("th a").click()
    aside = page.locator("aside.sidebar")
    expect(aside).to_contain_text("Осталось для сертификата")
    expect(aside.locator("li.requirement")).not_to_have_count(0)
    expect(aside).not_to_contain_text("Курс пройден")
