"""Certificates: the PDF (rendered once, stored), downloads only by the holder, public checks."""

import datetime as dt
import io
from unittest import mock

import pytest
from django.urls import reverse
from pypdf import PdfReader

from lms.certification import certificates, services
from lms.certification.models import Certification, CourseStatus, State
from tests.lms.factories import UserFactory

from .helpers import finish_lessons, take_quiz

pytestmark = pytest.mark.django_db


@pytest.fixture
def certified(clock, standard, quiz, run):
    course, lessons = standard
    person = UserFactory(first_name="Анна", last_name="Жукова-Müller")
    run(finish_lessons, person, lessons)
    run(take_quiz, person, quiz)
    return Certification.objects.get(user=person)


def pdf_text(data):
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def test_pdf_has_name_code_and_standard_in_cyrillic_and_umlauts(certified):
    data = certificates.render_pdf(certified)
    assert data.startswith(b"%PDF")
    text = pdf_text(data)
    assert "Анна Жукова-Müller" in text
    assert certified.code in text
    assert certified.course_title in text
    assert "Сертификат" in text or "Certificate" in text


def test_pdf_is_in_the_holders_language(certified):
    from lms.staff.models import EmployeeProfile

    if not hasattr(EmployeeProfile, "preferred_language"):
        pytest.skip("no staff directory")
    with mock.patch.object(certificates, "holder_language", return_value="de"):
        text = pdf_text(certificates.render_pdf(certified))
    assert "Zertifikat" in text


def test_pdf_rendered_once_and_stored(certified):
    with mock.patch.object(certificates, "render_pdf", wraps=certificates.render_pdf) as render:
        certificates.ensure_pdf(certified)
        certificates.ensure_pdf(Certification.objects.get(pk=certified.pk))
    assert render.call_count == 1
    certified.refresh_from_db()
    assert certified.pdf.name.endswith(f"{certified.code}.pdf")


def test_holder_downloads_own_pdf(client, certified):
    client.force_login(certified.user)
    response = client.get(reverse("certification:pdf", args=[certified.code]))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert "attachment" in response["Content-Disposition"]
    data = b"".join(response.streaming_content)
    assert certified.code in pdf_text(data)


def test_nobody_else_downloads_or_sees_it(client, certified, hr_officer):
    other = UserFactory()
    for viewer in (other, hr_officer):
        client.force_login(viewer)
        for name in ("certification:pdf", "certification:detail"):
            assert client.get(reverse(name, args=[certified.code])).status_code == 404
    client.logout()
    response = client.get(reverse("certification:pdf", args=[certified.code]))
    assert response.status_code == 302 and "login" in response["Location"]


def test_certificate_page_congratulates(client, certified):
    client.force_login(certified.user)
    response = client.get(reverse("certification:detail", args=[certified.code]))
    assert response.status_code == 200
    assert "congrats" in response.content.decode()
    assert reverse("certification:verify", args=[certified.code]) in response.content.decode()


def verify(client, code):
    response = client.get(reverse("certification:verify", args=[code]))
    return response, response.content.decode()


def test_verify_valid(client, certified):
    response, html = verify(client, certified.code)
    assert response.status_code == 200
    assert "verdict-valid" in html
    assert certified.holder_name in html
    # Nothing personal beyond the name: no e-mail, no login, no scores.
    assert certified.user.email not in html
    assert certified.user.username not in html
    assert "evidence" not in html


def test_verify_expired(client, clock, certified):
    clock.set(certified.valid_until + dt.timedelta(days=1))
    assert "verdict-expired" in verify(client, certified.code)[1]


def test_verify_revoked(client, certified, hr_officer):
    services.revoke(certified, actor=hr_officer, reason="Проверка показала нарушения")
    _response, html = verify(client, certified.code)
    assert "verdict-revoked" in html
    assert "Проверка показала" not in html  # the reason is HR's, not the public's


def test_verify_unknown_and_tampered(client, certified):
    tampered = certified.code[:-1] + ("0" if certified.code[-1] != "0" else "1")
    for code in (tampered, "00000-00000-00000-00000", "not-a-code", certified.code + "0"):
        response, html = verify(client, code)
        assert response.status_code == 404
        assert "verdict-unknown" in html
        assert certified.holder_name not in html


def test_verify_accepts_lower_case(client, certified):
    assert "verdict-valid" in verify(client, certified.code.lower())[1]


def test_qr_points_to_the_verification_page(certified):
    url = certificates.verification_url(certified)
    assert url.endswith(reverse("certification:verify", args=[certified.code]))
    assert certificates.qr_data_uri(url).startswith("data:image/svg+xml")


def test_my_certificates_lists_only_mine(client, certified):
    other = UserFactory()
    client.force_login(other)
    assert certified.code not in client.get(reverse("certification:mine")).content.decode()
    client.force_login(certified.user)
    assert certified.code in client.get(reverse("certification:mine")).content.decode()


def test_dashboard_shows_status_and_what_changed(client, clock, certified, run):
    course = certified.course
    clock.advance(days=3)
    course.material_change = True
    course.change_summary = "Новое правило: приветствие за пять секунд."
    run(course.save_revision().publish)
    assert CourseStatus.objects.get(user=certified.user).state == State.RECERT_REQUIRED
    client.force_login(certified.user)
    html = client.get(reverse("lms:dashboard")).content.decode()
    assert "Новое правило: приветствие за пять секунд." in html
    assert "badge-recert_required" in html


def test_quiz_result_congratulates_on_the_certificate_it_earned(client, clock, standard, quiz, run):
    course, lessons = standard
    person = UserFactory()
    run(finish_lessons, person, lessons)
    sitting = run(take_quiz, person, quiz)
    client.force_login(person)
    html = client.get(reverse("quizzes:result", args=[quiz.slug, sitting.pk])).content.decode()
    cert = Certification.objects.get(user=person)
    assert reverse("certification:detail", args=[cert.code]) in html
    clock.advance(hours=1)
    html = client.get(reverse("quizzes:result", args=[quiz.slug, sitting.pk])).content.decode()
    assert reverse("certification:detail", args=[cert.code]) not in html


def test_verification_is_rate_limited_per_address(client, settings):
    """Nobody walks the code space: past the limit a 429 and no look-up, per client address."""
    from django.core.cache import cache

    cache.clear()
    settings.VERIFY_RATE_LIMIT = (3, 60)
    codes = ["AAAA-BBBB-CCCC", "AAAA-BBBB-CCCD", "AAAA-BBBB-CCCE", "AAAA-BBBB-CCCF"]
    statuses = [client.get(f"/verify/{code}/").status_code for code in codes]
    assert statuses == [404, 404, 404, 429]
    other = client.get(f"/verify/{codes[0]}/", REMOTE_ADDR="10.0.0.9")
    assert other.status_code == 404
    cache.clear()
