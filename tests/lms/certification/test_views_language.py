"""A certificate's standard is named in the reader's language where the standard has a
translation; where it has none, the page says that it exists only in another language."""

import datetime as dt

import pytest
from wagtail.models import Locale

from lms.certification.models import Certification
from tests.courses.factories import make_course
from tests.lms.factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def certificate(catalogue):
    course, _lessons = make_course(catalogue, lessons=1, title="Принципы", slug="principles")
    de = Locale.objects.get_or_create(language_code="de")[0]
    catalogue.copy_for_translation(de).save_revision().publish()
    german = course.copy_for_translation(de)
    german.title, german.slug = "Grundsätze", "grundsaetze"
    german.save_revision().publish()
    holder = UserFactory(first_name="Анна", last_name="Новикова")
    return Certification.objects.create(
        user=holder,
        course=course,
        cycle=1,
        version=1,
        holder_name="Анна Новикова",
        course_title="Принципы",
        valid_until=dt.date.today() + dt.timedelta(days=300),
    )


def test_the_german_verify_page_names_the_german_standard(client, certificate):
    html = client.get(f"/de/verify/{certificate.code}/").content.decode()
    assert "Grundsätze" in html
    assert "Принципы" not in html


def test_the_english_verify_page_says_the_standard_exists_only_in_russian(client, certificate):
    Locale.objects.get_or_create(language_code="en")
    html = client.get(f"/en/verify/{certificate.code}/").content.decode()
    assert "Принципы" in html
    assert "exists only in another language: Russian" in html


def test_the_russian_verify_page_keeps_the_issued_title(client, certificate):
    html = client.get(f"/verify/{certificate.code}/").content.decode()
    assert "Принципы" in html
    assert "only in another language" not in html and "только" not in html


def test_my_certificates_in_german(client, certificate):
    client.force_login(certificate.user)
    html = client.get("/de/my/certificates/").content.decode()
    assert "Grundsätze" in html
    assert "Принципы" not in html
