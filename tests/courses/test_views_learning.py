"""The learner's pages: course, lesson, mark complete, enrol, dashboard, search."""

import pytest
from django.test import Client
from django.urls import reverse

from courses.models import Enrollment, LessonCompletion
from tests.courses.factories import make_course


@pytest.fixture
def course(catalogue):
    return make_course(catalogue, lessons=3, title="Принципы сервиса")


def test_course_and_lesson_pages_need_sign_in(client, course):
    page, lessons = course
    for url in (page.url, lessons[0].url):
        response = client.get(url)
        assert response.status_code == 302
        assert response["Location"].startswith(reverse("login"))


def test_course_page_shows_lessons_progress_and_start(client, employee, course):
    page, lessons = course
    client.force_login(employee)
    html = client.get(page.url).content.decode()
    for lesson in lessons:
        assert lesson.title in html
    assert 'value="0"' in html
    assert lessons[0].url in html


def test_mark_complete_needs_csrf_token(employee, course):
    _page, lessons = course
    client = Client(enforce_csrf_checks=True)
    client.force_login(employee)
    response = client.post(lessons[0].url + "complete/")
    assert response.status_code == 403
    assert not LessonCompletion.objects.exists()


def test_mark_complete_with_csrf_goes_to_next_lesson(employee, course):
    _page, lessons = course
    client = Client(enforce_csrf_checks=True)
    client.force_login(employee)
    html = client.get(lessons[0].url).content.decode()
    token = html.split('name="csrfmiddlewaretoken" value="')[1].split('"')[0]
    response = client.post(lessons[0].url + "complete/", {"csrfmiddlewaretoken": token})
    assert response.status_code == 302
    assert response["Location"] == lessons[1].url
    assert LessonCompletion.objects.filter(user=employee).count() == 1


def test_double_click_on_complete_adds_nothing(client, employee, course):
    _page, lessons = course
    client.force_login(employee)
    client.post(lessons[0].url + "complete/")
    client.post(lessons[0].url + "complete/")
    assert LessonCompletion.objects.filter(user=employee).count() == 1


def test_complete_refuses_get(client, employee, course):
    _page, lessons = course
    client.force_login(employee)
    assert client.get(lessons[0].url + "complete/").status_code == 405
    assert not LessonCompletion.objects.exists()


def test_finishing_all_lessons_shows_100_and_completed_on_dashboard(client, employee, course):
    page, lessons = course
    client.force_login(employee)
    for lesson in lessons:
        client.post(lesson.url + "complete/")
    html = client.get(page.url).content.decode()
    assert 'value="100"' in html
    dashboard = client.get(reverse("lms:dashboard")).content.decode()
    assert "Принципы сервиса" in dashboard
    assert "badge-completed" in dashboard
    assert 'value="100"' in dashboard


def test_lesson_page_has_previous_and_next(client, employee, course):
    _page, lessons = course
    client.force_login(employee)
    html = client.get(lessons[1].url).content.decode()
    assert f'rel="prev" href="{lessons[0].url}"' in html
    assert f'rel="next" href="{lessons[2].url}"' in html


def test_continue_where_you_left_off(client, employee, course):
    page, lessons = course
    client.force_login(employee)
    client.post(lessons[0].url + "complete/")
    html = client.get(page.url).content.decode()
    assert f'class="button" href="{lessons[1].url}"' in html


def test_self_enrolment(client, employee, course):
    page, _ = course
    client.force_login(employee)
    response = client.post(page.url + "enrol/")
    assert response.status_code == 302
    assert Enrollment.objects.filter(user=employee, source="self").count() == 1


def test_closed_course_cannot_be_self_enrolled(client, employee, catalogue):
    page, _ = make_course(catalogue, lessons=1, self_enrol=False)
    client.force_login(employee)
    client.post(page.url + "enrol/")
    assert not Enrollment.objects.exists()


def test_dashboard_needs_sign_in_and_shows_only_own_courses(client, employee, trainer, course):
    page, lessons = course
    response = client.get(reverse("lms:dashboard"))
    assert response.status_code == 302
    client.force_login(trainer)
    client.post(lessons[0].url + "complete/")
    client.force_login(employee)
    html = client.get(reverse("lms:dashboard")).content.decode()
    assert "Принципы сервиса" not in html


def test_search_finds_lessons_and_courses(client, employee, course):
    page, lessons = course
    client.force_login(employee)
    response = client.get(reverse("lms:search"), {"q": "Принципы"})
    assert response.status_code == 200
    assert page.url in response.content.decode()
    response = client.get(reverse("lms:search"), {"q": "десяти секунд"})
    assert lessons[0].url in response.content.decode()


def test_takes_effect_on_is_visible(client, employee, catalogue):
    import datetime

    page, _ = make_course(catalogue, lessons=1, takes_effect_on=datetime.date(2031, 3, 1))
    client.force_login(employee)
    html = client.get(page.url).content.decode()
    assert "2031" in html
