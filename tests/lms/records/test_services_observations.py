"""record_observation writes all or nothing and refuses impossible observations."""

import datetime as dt

import pytest
from django.utils import timezone

from lms.records import services
from lms.records.models import Observation, ObservationResult
from lms.records.services import CriterionResult


def _record(manager, member, course, **overrides):
    kwargs = {
        "observer": manager,
        "person": member,
        "course": course,
        "observed_on": timezone.localdate(),
        "channel": "written",
        "comment": "",
        "results": [CriterionResult("greets-customer", "Приветствует", "met")],
    }
    kwargs.update(overrides)
    return services.record_observation(**kwargs)


def test_records_the_original_course(manager, member, standard):
    from wagtail.models import Locale

    from courses.models import CoursePage

    german = standard.copy_for_translation(
        Locale.objects.get(language_code="de"), copy_parents=True
    )
    observation = _record(manager, member, CoursePage.objects.get(pk=german.pk))
    assert observation.course_id == standard.pk
    assert observation.results.get().criterion_text == "Приветствует"


@pytest.mark.parametrize(
    "overrides",
    [
        {"observed_on": timezone.localdate() + dt.timedelta(days=1)},
        {"results": []},
        {"results": [CriterionResult("a", "A", "met"), CriterionResult("a", "A", "met")]},
        {"results": [CriterionResult("a", "A", "perhaps")]},
    ],
)
def test_impossible_observations_write_nothing(manager, member, standard, overrides):
    with pytest.raises(services.InvalidObservation):
        _record(manager, member, standard, **overrides)
    assert not Observation.objects.exists()
    assert not ObservationResult.objects.exists()
