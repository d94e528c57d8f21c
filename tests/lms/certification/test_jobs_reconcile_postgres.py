"""The injected post-answer failure with real transactions (PostgreSQL): the answer commits,
the on-commit certification effect fails and rolls back whole, the daily job repairs it."""

import pytest

from lms.certification import jobs, services
from lms.certification.models import AssessmentPass, Certification, CourseStatus, State
from tests.courses.factories import make_course
from tests.quizzes.factories import make_quiz, multiple_choice

from .helpers import finish_lessons, take_quiz
from .test_services_concurrency import catalogue, employee  # noqa: F401 - fixtures

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.django_db(transaction=True),
    pytest.mark.usefixtures("postgres_only"),
]


def test_injected_failure_after_the_final_answer_is_repaired(catalogue, employee, monkeypatch):  # noqa: F811
    quiz = make_quiz([multiple_choice()], pass_mark=50, exam_paper=True)
    course, lessons = make_course(catalogue, lessons=1, validity_months=12)
    course.cert_quizzes.add(quiz)
    course.save_revision().publish()
    finish_lessons(employee, lessons)

    real = services.progress
    failed = []

    def progress(user, course):
        if not failed:
            failed.append(course.pk)
            raise RuntimeError("injected failure after the final answer")
        return real(user, course)

    monkeypatch.setattr(services, "progress", progress)
    sitting = take_quiz(employee, quiz)  # real commit, real on-commit listeners: no error
    sitting.refresh_from_db()
    assert failed and sitting.complete and sitting.passed
    assert not AssessmentPass.objects.filter(user=employee).exists()
    assert CourseStatus.objects.get(user=employee, course=course).state == State.IN_PROGRESS

    assert jobs.run_daily(mail=False)["repaired"] == {"repaired": 1, "failed": 0}
    assert CourseStatus.objects.get(user=employee, course=course).state == State.CERTIFIED
    assert Certification.objects.filter(user=employee, course=course).count() == 1
    assert jobs.run_daily(mail=False)["repaired"] == {"repaired": 0, "failed": 0}
