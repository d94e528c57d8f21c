"""Enrolment and lesson completion: idempotent, one row each, signals once, course completion."""

import pytest
from django.db import IntegrityError, transaction

from courses import signals
from courses.models import Enrollment, LessonCompletion
from courses.selectors import course_outline, percent
from courses.services import EnrolmentClosed, complete_lesson, enroll
from tests.courses.factories import make_course


@pytest.fixture
def course(catalogue):
    return make_course(catalogue, lessons=3)


def test_percent_rounds_and_caps():
    assert percent(0, 0) == 0
    assert percent(1, 3) == 33
    assert percent(2, 3) == 67
    assert percent(4, 3) == 100


def test_completing_twice_keeps_one_row_and_signals_once(
    employee, course, django_capture_on_commit_callbacks
):
    _page, lessons = course
    received = []

    def handler(**kwargs):
        received.append(kwargs)

    signals.lesson_completed.connect(handler)
    try:
        with django_capture_on_commit_callbacks(execute=True):
            first = complete_lesson(employee, lessons[0])
        with django_capture_on_commit_callbacks(execute=True):
            second = complete_lesson(employee, lessons[0])
    finally:
        signals.lesson_completed.disconnect(handler)
    assert first.created is True
    assert second.created is False
    assert LessonCompletion.objects.filter(user=employee).count() == 1
    assert len(received) == 1
    assert received[0]["user"] == employee
    assert received[0]["lesson"].pk == lessons[0].pk


def test_database_refuses_a_duplicate_completion(employee, course):
    _page, lessons = course
    LessonCompletion.objects.create(user=employee, lesson=lessons[0])
    with pytest.raises(IntegrityError), transaction.atomic():
        LessonCompletion.objects.create(user=employee, lesson=lessons[0])


def test_progress_and_completion_of_the_course(
    employee, course, django_capture_on_commit_callbacks
):
    page, lessons = course
    finished = []
    signals.course_completed.connect(lambda **kw: finished.append(kw), weak=False, dispatch_uid="t")
    try:
        with django_capture_on_commit_callbacks(execute=True):
            result = complete_lesson(employee, lessons[0])
        assert result.next_lesson_url == lessons[1].url
        outline = course_outline(page, employee)
        assert (outline.done, outline.total, outline.percent) == (1, 3, 33)
        assert outline.next_item.page.pk == lessons[1].pk
        with django_capture_on_commit_callbacks(execute=True):
            complete_lesson(employee, lessons[2])
            last = complete_lesson(employee, lessons[1])
    finally:
        signals.course_completed.disconnect(dispatch_uid="t")
    assert last.course_completed is True
    outline = course_outline(page, employee)
    assert outline.percent == 100
    assert outline.completed
    assert outline.next_item is None
    assert Enrollment.objects.get(user=employee).completed_at is not None
    assert len(finished) == 1


def test_completing_enrols_with_self_source(employee, course):
    _page, lessons = course
    complete_lesson(employee, lessons[0])
    enrollment = Enrollment.objects.get(user=employee)
    assert enrollment.source == Enrollment.Source.SELF


def test_closed_course_refuses_self_enrolment_but_keeps_assignments(employee, catalogue):
    page, lessons = make_course(catalogue, lessons=1, self_enrol=False)
    with pytest.raises(EnrolmentClosed):
        enroll(employee, page)
    with pytest.raises(EnrolmentClosed):
        complete_lesson(employee, lessons[0])
    assert not LessonCompletion.objects.exists()
    enroll(employee, page, source=Enrollment.Source.MANUAL)
    assert complete_lesson(employee, lessons[0]).course_completed


def test_enrol_is_idempotent(employee, course):
    page, _ = course
    assert enroll(employee, page) == enroll(employee, page)
    assert Enrollment.objects.count() == 1


def test_unpublished_lessons_do_not_count(employee, course, django_capture_on_commit_callbacks):
    page, lessons = course
    lessons[2].unpublish()
    complete_lesson(employee, lessons[0])
    assert complete_lesson(employee, lessons[1]).course_completed
    assert course_outline(page, employee).total == 2
