"""Repair of passed attempts whose certification effect was lost (run by the daily job).

A quiz sitting or role-play attempt is committed first; its certification effect (the kept pass
and the course decisions) follows on commit in its own transaction. Should that fail (a crash,
a database error), the attempt stays passed without a recorded pass. This finds such attempts —
passed, finished, and no ``AssessmentPass`` for the person and item at or after the finish — and
applies the effect again. Idempotent: a repaired attempt has its pass, so it is not found again.
"""

import logging

from django.contrib.auth import get_user_model

from quizzes.models import Sitting
from quizzes.scenarios.models import AttemptStatus, ScenarioAttempt

from . import receivers
from .models import AssessmentPass

logger = logging.getLogger(__name__)


def _passes():
    """``(user id, kind, ref) → last passed at`` of every kept pass."""
    return {
        (user_id, kind, ref): at
        for user_id, kind, ref, at in AssessmentPass.objects.values_list(
            "user_id", "kind", "ref", "last_passed_at"
        )
    }


def _missing(passes, user_id, kind, ref, finished_at):
    at = passes.get((user_id, kind, str(ref)))
    return at is None or (finished_at is not None and at < finished_at)


def repair_lost_passes():
    """Apply the effect of every passed attempt that lacks it; return how many were repaired.

    Returns ``{"repaired": n, "failed": m}``; one failing attempt does not stop the others.
    """
    passes = _passes()
    users = {}
    repaired = failed = 0

    def user_of(pk):
        if pk not in users:
            users[pk] = get_user_model().objects.get(pk=pk)
        return users[pk]

    sittings = (
        Sitting.objects.filter(complete=True, passed=True)
        .select_related("quiz")
        .order_by("ended_at", "pk")
    )
    for sitting in sittings.iterator():
        quiz = sitting.quiz
        counted = quiz.version_of_id or quiz.pk
        if not _missing(passes, sitting.user_id, "quiz", counted, sitting.ended_at):
            continue
        try:
            receivers.quiz_effect(
                user_of(sitting.user_id), quiz, True, sitting.percent or 0, at=sitting.ended_at
            )
        except Exception:  # noqa: BLE001 - reported, retried on the next run
            logger.exception("Could not repair the pass of quiz sitting %s", sitting.pk)
            failed += 1
            continue
        passes[(sitting.user_id, "quiz", str(counted))] = sitting.ended_at
        repaired += 1

    attempts = (
        ScenarioAttempt.objects.filter(status=AttemptStatus.FINISHED, passed=True)
        .select_related("scenario")
        .order_by("finished_at", "pk")
    )
    for attempt in attempts.iterator():
        ref = attempt.scenario.translation_key
        if not _missing(passes, attempt.user_id, "scenario", ref, attempt.finished_at):
            continue
        try:
            receivers.scenario_effect(
                user_of(attempt.user_id), attempt.scenario, attempt, at=attempt.finished_at
            )
        except Exception:  # noqa: BLE001 - reported, retried on the next run
            logger.exception("Could not repair the pass of role-play attempt %s", attempt.pk)
            failed += 1
            continue
        passes[(attempt.user_id, "scenario", str(ref))] = attempt.finished_at
        repaired += 1
    return {"repaired": repaired, "failed": failed}
