"""Page addresses in Latin letters, whether a page is made in the admin or in code; no Gravatar."""

import pytest
from django.urls import reverse
from wagtail.users.utils import get_gravatar_url

from courses.models import CoursePage, LessonPage
from tests.courses.factories import make_course
from tests.courses.test_admin_authoring import post_data
from theme.slugs import latin_slugify

pytestmark = pytest.mark.django_db


def test_latin_slugify_transliterates_russian_and_german():
    assert latin_slugify("Как встречать гостя") == "kak-vstrechat-gostya"
    assert latin_slugify("Жалобы: щедрость и съёмка") == "zhaloby-shedrost-i-syomka"
    assert latin_slugify("Größe & Übung") == "groesse-uebung"
    assert latin_slugify("Приём №5") == "priyom-no5"


def test_pages_made_in_code_get_a_latin_address(catalogue):
    course, _ = make_course(catalogue, lessons=0)
    lesson = LessonPage(title="Работа с возражениями", body=[])
    course.add_child(instance=lesson)
    assert lesson.slug == "rabota-s-vozrazheniyami"
    again = LessonPage(title="Работа с возражениями", body=[])
    course.add_child(instance=again)
    assert again.slug == "rabota-s-vozrazheniyami-2"  # unique among its siblings
    standard = CoursePage(title="Идеальный сервис", summary="Коротко.")
    catalogue.add_child(instance=standard)
    assert standard.slug == "idealnyj-servis"
    assert "%D0" not in standard.url and "%D0" not in lesson.url


def test_the_admin_slug_field_transliterates_cyrillic(client, trainer, catalogue):
    course, _ = make_course(catalogue, lessons=0)
    client.force_login(trainer)
    add_url = reverse("wagtailadmin_pages:add", args=("courses", "lessonpage", course.pk))
    form = client.get(add_url).content.decode()
    # The slug field's script transliterates unless told to allow unicode (a bare attribute).
    assert 'data-controller="w-slug"' in form
    assert "data-w-slug-allow-unicode-value" not in form
    # A slug typed in Cyrillic (or sent without the script) is stored in Latin letters.
    response = client.post(add_url, post_data(slug="новый-урок"))
    assert response.status_code == 302
    assert LessonPage.objects.get(title="Новый урок").slug == "novyj-urok"


def test_no_gravatar_requests(trainer, client):
    assert get_gravatar_url("trainer@example.com") is None
    client.force_login(trainer)
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "gravatar.com" not in html
