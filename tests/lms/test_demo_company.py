"""The demo's Settings → Company: a name, a logo and a signatory, on certificates and checks."""

import io

import pytest
from django.urls import reverse
from pypdf import PdfReader
from wagtail.images import get_image_model
from wagtail.models import Site

from lms.certification import certificates
from lms.certification.models import Certification, CompanySettings
from lms.demo import builders
from tests.courses.factories import make_course
from tests.lms.factories import UserFactory

pytestmark = pytest.mark.django_db


def test_the_demo_company_has_a_name_a_logo_and_a_signatory_once(catalogue):
    site = Site.objects.get(is_default_site=True)
    settings = builders.company(site)
    assert settings.company_name == builders.COMPANY["company_name"]
    assert settings.signatory == builders.COMPANY["signatory"]
    assert settings.logo is not None and settings.logo.width == 480
    assert settings.logo.get_rendition("max-600x240|format-png").file
    images = get_image_model().objects.count()
    # A second run duplicates nothing and keeps what someone entered since.
    CompanySettings.objects.filter(pk=settings.pk).update(company_name="ООО «Своё»")
    again = builders.company(site)
    assert again.company_name == "ООО «Своё»"
    assert again.logo_id == settings.logo_id
    assert get_image_model().objects.count() == images


def test_certificate_and_verify_page_name_the_company(client, catalogue):
    builders.company(Site.objects.get(is_default_site=True))
    course, _ = make_course(catalogue, lessons=0)
    cert = Certification.objects.create(
        user=UserFactory(),
        course=course,
        cycle=1,
        version=1,
        holder_name="Анна Новикова",
        course_title=course.title,
    )
    text = "\n".join(
        page.extract_text() for page in PdfReader(io.BytesIO(certificates.render_pdf(cert))).pages
    )
    assert "Орбита" in text and "Дарья Иванова" in text
    html = client.get(reverse("certification:verify", args=[cert.code])).content.decode()
    assert "Торговый дом «Орбита»" in html
