"""A course or lesson that holds results cannot be deleted in the admin: a message, no 500."""

import pytest

from courses.models import CoursePage, LessonPage
from courses.services import complete_lesson
from tests.lms.factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def superuser_client(client):
    user = UserFactory(is_superuser=True, is_staff=True)
    client.force_login(user)
    return client


def test_a_course_with_a_completed_lesson_is_kept(catalogue, employee, superuser_client):
    from tests.courses.factories import make_course

    course, lessons = make_course(catalogue, lessons=2)
    course.save_revision().publish()
    complete_lesson(employee, lessons[0])

    response = superuser_client.post(f"/admin/pages/{course.pk}/delete/")
    assert response.status_code == 302
    assert response.url == f"/admin/pages/{course.pk}/edit/"
    assert CoursePage.objects.filter(pk=course.pk).exists()
    assert LessonPage.objects.filter(pk=lessons[0].pk).exists()
    page = superuser_client.get(response.url)
    assert any(course.title in str(m.message) for m in page.context["messages"])

    response = superuser_client.post(f"/admin/pages/{lessons[0].pk}/delete/")
    assert response.status_code == 302
    assert LessonPage.objects.filter(pk=lessons[0].pk).exists()


def test_a_page_without_results_can_still_be_deleted(catalogue, superuser_client):
    from tests.courses.factories import make_course

    course, lessons = make_course(catalogue, lessons=1)
    response = superuser_client.post(f"/admin/pages/{lessons[0].pk}/delete/")
    assert response.status_code == 302
    assert not LessonPage.objects.filter(pk=lessons[0].pk).exists()
