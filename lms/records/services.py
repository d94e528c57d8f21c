"""Writing observations: one observation and its results in one transaction."""

from dataclasses import dataclass

from django.db import transaction
from django.utils import timezone

from courses.services import original

from . import rules
from .models import Observation, ObservationResult, Result


class InvalidObservation(ValueError):
    pass


@dataclass(frozen=True)
class CriterionResult:
    code: str
    text: str
    result: str
    comment: str = ""


def record_observation(*, observer, person, course, observed_on, channel, comment, results):
    """Record that ``observer`` saw ``person`` apply ``course`` on ``observed_on``.

    ``results`` is a list of ``CriterionResult``, one per criterion. Everything or nothing is
    written. The course is stored as its original page (the first of its translations).
    """
    problem = rules.observation_date_problem(observed_on, timezone.localdate())
    if problem:
        raise InvalidObservation(problem)
    if not results:
        raise InvalidObservation("An observation needs at least one criterion.")
    codes = [r.code for r in results]
    if len(set(codes)) != len(codes):
        raise InvalidObservation("Each criterion may be assessed once.")
    if any(r.result not in Result.values for r in results):
        raise InvalidObservation("Unknown result.")
    with transaction.atomic():
        observation = Observation.objects.create(
            person=person,
            course=original(course),
            observer=observer,
            observed_on=observed_on,
            channel=channel,
            comment=comment,
        )
        ObservationResult.objects.bulk_create(
            ObservationResult(
                observation=observation,
                criterion_code=r.code,
                criterion_text=r.text[:400],
                result=r.result,
                comment=r.comment,
            )
            for r in results
        )
    return observation
