"""Rows of a person's training history at chosen moments, written directly (the record only reads
them; how they come about is tested in their own rooms)."""

import datetime as dt

from django.utils import timezone

from lms.certification.models import AssessmentPass, Certification
from lms.feedback.models import Suggestion
from lms.records import services
from lms.records.services import CriterionResult
from quizzes.models import Sitting
from quizzes.scenarios.models import ScenarioAttempt
from tests.quizzes.factories import make_quiz, multiple_choice
from tests.quizzes.scenarios.factories import make_scenario


def moment(days_ago):
    return timezone.now() - dt.timedelta(days=days_ago)


def certificate(user, course, days_ago, *, title=None, revoked=False, valid_days=365):
    issued = moment(days_ago)
    return Certification.objects.create(
        user=user,
        course=course,
        cycle=Certification.objects.filter(user=user, course=course).count() + 1,
        version=1,
        holder_name=user.get_full_name(),
        course_title=title or course.title,
        issued_at=issued,
        valid_until=(issued + dt.timedelta(days=valid_days)).date(),
        revoked_at=issued + dt.timedelta(days=1) if revoked else None,
        revoked_reason="Тест сдан не самостоятельно." if revoked else "",
    )


def sitting(user, days_ago, *, title=None, percent=100):
    quiz = make_quiz([multiple_choice()], **({"title": title} if title else {}))
    return Sitting.objects.create(
        user=user,
        quiz=quiz,
        question_ids=[1],
        score=1 if percent else 0,
        complete=True,
        started_at=moment(days_ago),
        ended_at=moment(days_ago),
        percent=percent,
        passed=percent >= 50,
    )


def quiz_pass(user, days_ago, *, title="Итоговый тест", percent=100, ref=None):
    return AssessmentPass.objects.create(
        user=user,
        kind=AssessmentPass.Kind.QUIZ,
        ref=ref or title,
        title=title,
        best_percent=percent,
        last_passed_at=moment(days_ago),
    )


_scenarios = {}


def roleplay(user, days_ago, *, slug="pizza-queue", title="Seven people waiting", passed=True):
    scenario = make_scenario(slug=slug, title=title)
    return ScenarioAttempt.objects.create(
        user=user,
        scenario=scenario,
        status="finished",
        score=4 if passed else -2,
        max_score=4,
        pass_score=3,
        passed=passed,
        result="good" if passed else "bad",
        started_at=moment(days_ago),
        finished_at=moment(days_ago),
    )


def suggestion(user, course, days_ago, text="Добавьте случай с ребёнком."):
    return Suggestion.objects.create(
        author=user, course=course, text=text, created_at=moment(days_ago)
    )


def observation(observer, person, course, days_ago, *, results=None, comment=""):
    results = results or {"greets-customer": "met", "says-goodbye": "not_met"}
    return services.record_observation(
        observer=observer,
        person=person,
        course=course,
        observed_on=timezone.localdate() - dt.timedelta(days=days_ago),
        channel="phone",
        comment=comment,
        results=[
            CriterionResult(code, f"Критерий {code}", value) for code, value in results.items()
        ],
    )
