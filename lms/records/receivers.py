"""Answers the role-play room's question for the wording of criteria (it cannot read courses)."""

from django.dispatch import receiver

from courses.models import CoursePage
from quizzes.scenarios import signals as scenario_signals

from .selectors import criteria_of


@receiver(scenario_signals.criterion_labels)
def criterion_labels(sender, scenario, codes, **kwargs):
    """The texts of the criteria in the checklists of the role-play's standard (its language's
    version where there is one)."""
    standard = getattr(scenario, "standard", None)
    if standard is None:
        return {}
    standard = standard.specific
    localized = getattr(standard, "localized", standard)
    if not isinstance(localized, CoursePage):
        return {}
    wanted = set(codes)
    return {c.code: c.text for c in criteria_of(localized) if c.code in wanted}
