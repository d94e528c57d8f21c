import datetime as dt
from unittest import mock

import pytest
from django.utils import timezone

from tests.courses.factories import make_course
from tests.quizzes.factories import make_quiz, multiple_choice


class Clock:
    """A controllable clock: every ``timezone.now()`` in the code under test reads it."""

    def __init__(self, start):
        self.now = start

    def __call__(self):
        return self.now

    def set(self, day, hour=12):
        self.now = timezone.make_aware(dt.datetime.combine(day, dt.time(hour)))

    def advance(self, **kwargs):
        self.now += dt.timedelta(**kwargs)

    @property
    def today(self):
        return timezone.localdate(self.now)


@pytest.fixture
def clock():
    c = Clock(timezone.make_aware(dt.datetime(2026, 1, 15, 12)))
    with mock.patch("django.utils.timezone.now", c):
        yield c


@pytest.fixture
def quiz(db):
    return make_quiz([multiple_choice()], title="Итоговый тест", pass_mark=50, exam_paper=True)


@pytest.fixture
def standard(catalogue, quiz):
    """A standard of two lessons and a final quiz, valid 12 months, renewal opens 30 days ahead."""
    course, lessons = make_course(
        catalogue, lessons=2, validity_months=12, renewal_window_days=30, grace_days=0
    )
    course.cert_quizzes.add(quiz)
    course.recert_quizzes.add(quiz)
    course.save_revision().publish()
    course.refresh_from_db()
    return course, lessons


@pytest.fixture
def run(django_capture_on_commit_callbacks):
    """Run an action and the on-commit signal handlers it queued (as a real request would)."""

    def _run(fn, *args, **kwargs):
        with django_capture_on_commit_callbacks(execute=True):
            return fn(*args, **kwargs)

    return _run
