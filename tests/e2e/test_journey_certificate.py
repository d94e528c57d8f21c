"""From onboarding plan to certificate in Chromium: the demo new hire finishes a course (every
lesson and the final quiz), sees the certification on the course page, downloads the PDF
certificate, and anyone can check it on the public verification page.

The course chosen asks for all lessons and its final quiz only (no role-play), as set by the
demo's certification policies.
"""

import re

import pytest
from playwright.sync_api import expect
from pypdf import PdfReader

from lms.certification.models import Certification, CourseStatus, State
from tests.e2e.conftest import screenshot, sign_in
from tests.e2e.test_journey_quiz import answer_current_question, open_quiz_from_last_lesson, start

pytestmark = pytest.mark.e2e

COURSE = "four-properties-of-ideal-service"
LAST_LESSON = "value-and-trust"
CODE = re.compile(r"^[0-9A-F]{5}(-[0-9A-F]{5}){3}$")


def test_new_hire_earns_downloads_and_verifies_a_certificate(
    page, demo, browser, live_server, tmp_path
):
    status = CourseStatus.objects.get(user__username="newhire", course__slug=COURSE)
    assert status.state == State.ASSIGNED and status.due_date is not None

    sign_in(page, "newhire", demo.DEMO_PASSWORD)
    expect(page).to_have_url(re.compile(r"/my/$"))
    page.goto(f"/{COURSE}/")
    panel = page.locator(".certificate-panel")
    expect(panel.locator(f".badge-{State.ASSIGNED}")).to_be_visible()

    # Every lesson: "mark complete" leads on to the next one.
    page.get_by_role("link", name="Начать курс").click()
    for _ in range(20):
        page.get_by_role("button", name="Отметить урок пройденным").click()
        if page.get_by_text("Все уроки прочитаны").count():
            break
    expect(page.locator("#progress-text")).to_contain_text("100 %")

    # The final quiz, every answer right.
    open_quiz_from_last_lesson(page, COURSE, LAST_LESSON)
    start(page)
    for _ in range(20):
        answer_current_question(page, right=True)
        if "/result/" in page.url:
            break
    expect(page).to_have_url(re.compile(r"/result/"))
    expect(page.locator("main .badge-completed").first).to_be_visible()

    # The course page now shows the certification and a link to the certificate.
    page.goto(f"/{COURSE}/")
    expect(panel.locator(f".badge-{State.CERTIFIED}")).to_be_visible()
    expect(panel.locator(".congrats")).to_be_visible()
    panel.locator("a[href*='/my/certificates/']").click()
    expect(page).to_have_url(re.compile(r"/my/certificates/[0-9A-F-]+/$"))
    code = page.locator("dl.certificate-facts code").inner_text().strip()
    assert CODE.match(code), code
    certification = Certification.objects.get(code=code)
    assert certification.user.username == "newhire"
    assert certification.course.slug == COURSE
    expect(page.locator("main")).to_contain_text("Новикова")
    screenshot(page, "certificate-page")

    # The PDF, as the holder downloads it.
    with page.expect_download() as download_info:
        page.locator(f"main a[href$='/my/certificates/{code}/pdf/']").click()
    download = download_info.value
    path = tmp_path / download.suggested_filename
    assert path.name == f"certificate-{code}.pdf"
    download.save_as(path)
    assert path.read_bytes().startswith(b"%PDF")
    text = PdfReader(path).pages[0].extract_text()
    assert "Новикова" in text
    assert code in text

    # Anyone, signed out, can check it.
    context = browser.new_context(base_url=live_server.url, locale="ru-RU")
    try:
        visitor = context.new_page()
        visitor.goto(f"/verify/{code}/")
        verdict = visitor.locator(".verdict-valid")
        expect(verdict).to_be_visible()
        expect(verdict.locator("h2")).to_have_text("Этот сертификат действителен.")
        expect(verdict).to_contain_text("Новикова")
        expect(verdict).to_contain_text(code)
        screenshot(visitor, "certificate-verified")
    finally:
        context.close()
