"""Exactly once under real concurrency (PostgreSQL only): 20 final submissions, one certificate."""

import pytest

from courses.services import complete_lesson
from lms.certification import receivers
from lms.certification.models import Certification, CertificationEvent, CourseStatus, State
from tests.concurrency import run_together
from tests.courses.factories import make_course
from tests.quizzes.factories import make_quiz, multiple_choice

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.django_db(transaction=True),
    pytest.mark.usefixtures("postgres_only"),
]


@pytest.fixture
def catalogue():
    """A catalogue on a page tree made here: transactional tests start from an empty database."""
    from wagtail.models import Locale, Page, Site

    from tests.courses.factories import make_catalogue

    locale = Locale.objects.get_or_create(language_code="ru")[0]
    root = Page.get_first_root_node() or Page.add_root(
        instance=Page(title="Root", slug="root", locale=locale)
    )
    Site.objects.get_or_create(
        is_default_site=True, defaults={"hostname": "localhost", "root_page": root}
    )
    return make_catalogue()


@pytest.fixture
def employee():
    from tests.lms.factories import UserFactory

    return UserFactory()


def test_twenty_concurrent_final_submissions_give_one_certificate(catalogue, employee):
    quiz = make_quiz([multiple_choice()], pass_mark=50)
    course, lessons = make_course(catalogue, lessons=2, validity_months=12)
    course.cert_quizzes.add(quiz)
    course.save_revision().publish()
    for lesson in lessons:
        complete_lesson(employee, lesson)

    def final_submission():
        # What each finished quiz sitting triggers: its result is heard and the course decided.
        receivers.on_quiz_result(sender=None, user=employee, quiz=quiz, passed=True, percent=100)
        return "ok"

    outcomes = run_together(final_submission, 20)
    assert outcomes == ["ok"] * 20
    assert Certification.objects.filter(user=employee, course=course).count() == 1
    status = CourseStatus.objects.get(user=employee, course=course)
    assert status.state == State.CERTIFIED
    assert CertificationEvent.objects.filter(user=employee, to_state=State.CERTIFIED).count() == 1


def test_concurrent_first_progress_creates_one_status_row(catalogue, employee):
    course, _lessons = make_course(catalogue, lessons=1)
    course.save_revision().publish()
    from lms.certification import services

    outcomes = run_together(lambda: services.progress(employee, course), 8)
    assert all(o is None for o in outcomes), outcomes
    assert CourseStatus.objects.filter(user=employee, course=course).count() == 1
    assert CertificationEvent.objects.filter(user=employee).count() == 1


def test_concurrent_passes_keep_the_best_percent(employee):
    """A pass whose transaction is still open (its courses being decided) and a second pass
    that reads the row meanwhile: the second must not write back a best read before the first."""
    import threading
    import time

    from django.db import transaction

    from lms.certification import services
    from lms.certification.models import AssessmentPass

    services.record_pass(employee, AssessmentPass.Kind.QUIZ, "7", "Quiz", 50)
    first_updated = threading.Event()
    turn = iter(["first", "second"])

    def a_pass():
        if next(turn) == "first":
            with transaction.atomic():
                services.record_pass(employee, AssessmentPass.Kind.QUIZ, "7", "Quiz", 90)
                first_updated.set()
                time.sleep(1)  # the rest of the certification effect, row lock held
            return "ok"
        first_updated.wait(10)
        services.record_pass(employee, AssessmentPass.Kind.QUIZ, "7", "Quiz", 70)
        return "ok"

    outcomes = run_together(a_pass, 2)
    assert outcomes == ["ok", "ok"]
    row = AssessmentPass.objects.get(user=employee, kind=AssessmentPass.Kind.QUIZ, ref="7")
    assert row.best_percent == 90
