"""criteria_of walks the course's overview and its live lessons, in order, in fixed queries."""

from lms.records.selectors import criteria_of
from tests.courses.factories import SAMPLE_BODY, make_course

from .conftest import COURSE_CHECKLIST, LESSON_CHECKLIST


def test_criteria_from_the_course_body_and_lesson_bodies_in_order(standard):
    criteria = criteria_of(standard)
    assert [c.code for c in criteria] == ["greets-customer", "offers-help", "says-goodbye"]
    assert criteria[1].text == "Предлагает помощь"  # the first wording of a repeated code
    assert criteria[2].group == "Завершение"


def test_unpublished_lessons_are_left_out(standard):
    from courses.models import LessonPage

    lesson = LessonPage.objects.child_of(standard).order_by("path").last()
    lesson.unpublish()
    assert [c.code for c in criteria_of(standard)] == ["greets-customer", "offers-help"]


def test_a_course_without_checklists_has_no_criteria(catalogue):
    course, _ = make_course(catalogue, lessons=1)
    assert criteria_of(course) == []


def test_one_query_however_many_lessons(catalogue, django_assert_num_queries):
    small, _ = make_course(catalogue, lessons=1, body=[COURSE_CHECKLIST])
    large, lessons = make_course(catalogue, lessons=6, body=[COURSE_CHECKLIST])
    for lesson in lessons:
        lesson.body = [*SAMPLE_BODY, LESSON_CHECKLIST]
        lesson.save()
    with django_assert_num_queries(1):
        assert len(criteria_of(small)) == 2
    with django_assert_num_queries(1):
        assert len(criteria_of(large)) == 3
