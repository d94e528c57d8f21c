"""A failure after the final answer leaves no lost pass: the daily job repairs it.

The certification effect runs on commit of the learner's final answer. A failure there (here:
the course decision raises once) must neither show the learner an error for a committed result
nor leave the attempt passed without its pass for ever.
"""

import pytest

from lms.certification import jobs, services
from lms.certification.models import AssessmentPass, Certification, CourseStatus, State
from quizzes.scenarios.models import ScenarioAttempt
from tests.quizzes.scenarios.factories import make_scenario

from .helpers import finish_lessons, take_quiz

pytestmark = pytest.mark.django_db


@pytest.fixture
def fail_once(monkeypatch):
    """Make the next course decision raise, as a database error after the answer would."""
    real = services.progress
    calls = {"armed": False, "failed": 0}

    def progress(user, course):
        if calls["armed"] and not calls["failed"]:
            calls["failed"] += 1
            raise RuntimeError("injected failure after the final answer")
        return real(user, course)

    monkeypatch.setattr(services, "progress", progress)
    return calls


def test_a_lost_quiz_pass_is_half_done_nowhere_and_repaired_by_the_daily_job(
    clock, standard, quiz, employee, run, fail_once
):
    course, lessons = standard
    run(finish_lessons, employee, lessons)
    fail_once["armed"] = True  # the lessons' decisions went through; the quiz's will fail

    sitting = run(take_quiz, employee, quiz)  # the learner gets their result, no error
    sitting.refresh_from_db()
    assert fail_once["failed"] == 1
    assert sitting.complete and sitting.passed
    # Nothing half-done: the pass and its course decision went together.
    assert not AssessmentPass.objects.filter(user=employee).exists()
    assert CourseStatus.objects.get(user=employee, course=course).state == State.IN_PROGRESS

    done = jobs.run_daily(mail=False)
    assert done["repaired"] == {"repaired": 1, "failed": 0}
    row = AssessmentPass.objects.get(user=employee, kind="quiz", ref=str(quiz.pk))
    assert row.best_percent == 100
    assert CourseStatus.objects.get(user=employee, course=course).state == State.CERTIFIED
    assert Certification.objects.filter(user=employee, course=course).count() == 1

    again = jobs.run_daily(mail=False)  # idempotent
    assert again["repaired"] == {"repaired": 0, "failed": 0}
    assert Certification.objects.filter(user=employee, course=course).count() == 1


def test_a_passed_roleplay_without_its_pass_is_repaired(clock, catalogue, employee):
    scenario = make_scenario(slug="queue", title="Queue")
    ScenarioAttempt.objects.create(
        user=employee,
        scenario=scenario,
        status="finished",
        score=3,
        max_score=4,
        pass_score=3,
        passed=True,
        result="good",
        finished_at=clock.now,
    )
    ScenarioAttempt.objects.create(  # a failed one is no evidence
        user=employee, scenario=scenario, status="finished", score=0, max_score=4, passed=False
    )
    assert jobs.run_daily(mail=False)["repaired"] == {"repaired": 1, "failed": 0}
    row = AssessmentPass.objects.get(user=employee, kind="scenario")
    assert row.ref == str(scenario.translation_key)
    assert row.best_percent == 75
    assert row.last_passed_at == clock.now
    assert jobs.run_daily(mail=False)["repaired"] == {"repaired": 0, "failed": 0}
