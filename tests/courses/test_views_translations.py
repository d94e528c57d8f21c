"""Translated courses: the switcher shows the page in the chosen language when it exists, and
progress made in any language counts on the same course."""

import pytest
from wagtail.models import Locale

from courses.models import LessonCompletion
from courses.selectors import course_outline
from tests.courses.factories import make_course


@pytest.fixture
def translated(catalogue):
    page, lessons = make_course(catalogue, lessons=2, title="Принципы", slug="principles")
    de = Locale.objects.get(language_code="de")
    catalogue.copy_for_translation(de).save_revision().publish()
    de_page = page.copy_for_translation(de)
    de_page.title = "Grundsätze"
    de_page.slug = "grundsaetze"
    de_page.save_revision().publish()
    de_lessons = []
    for lesson in lessons:
        copy = lesson.copy_for_translation(de)
        copy.save_revision().publish()
        de_lessons.append(copy)
    return page, lessons, de_page.specific, de_lessons


def test_switcher_links_to_existing_translation_and_to_home_otherwise(client, employee, translated):
    page, _lessons, de_page, _ = translated
    client.force_login(employee)
    html = client.get(page.url).content.decode()
    de_page.refresh_from_db()
    assert 'href="/de/grundsaetze/" lang="de"' in html
    assert 'href="/en/" lang="en"' in html
    german = client.get("/de/grundsaetze/")
    assert german.status_code == 200
    assert '<html lang="de">' in german.content.decode()
    assert "Grundsätze" in german.content.decode()


def test_progress_in_german_counts_on_the_russian_course(client, employee, translated):
    page, lessons, de_page, de_lessons = translated
    client.force_login(employee)
    client.post(de_lessons[0].url + "complete/")
    completion = LessonCompletion.objects.get(user=employee)
    assert completion.lesson_id == lessons[0].pk
    assert course_outline(page, employee).done == 1
    assert course_outline(de_page, employee).done == 1
