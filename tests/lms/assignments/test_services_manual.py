"""Manual assignments: to people or a team, counted, and unassigned with history kept."""

import datetime as dt

import pytest
from django.utils import timezone

from lms.assignments import services
from lms.assignments.models import Assignment, Source
from lms.certification.models import CertificationEvent, CourseStatus, State
from tests.lms.staff.factories import EmployeeProfileFactory

from .conftest import hire

pytestmark = pytest.mark.django_db

DUE = dt.timedelta(days=10)


def test_assign_manually_makes_the_course_required_and_counts_who_had_it(courses, hr_officer):
    first, second = EmployeeProfileFactory(), EmployeeProfileFactory()
    due = timezone.localdate() + DUE
    services.assign_manually([first.user], courses["complaints"], due_date=due, actor=hr_officer)

    result = services.assign_manually(
        [first.user, second.user], courses["complaints"], due_date=due, actor=hr_officer
    )

    assert result.assigned == [second.user] and result.already == [first.user]
    status = CourseStatus.objects.get(user=second.user, course=courses["complaints"])
    assert (status.required, status.state, status.due_date) == (True, State.ASSIGNED, due)
    assignment = Assignment.objects.get(user=second.user, course=courses["complaints"])
    assert (assignment.source, assignment.assigned_by) == (Source.MANUAL, hr_officer)
    assert Assignment.objects.filter(user=first.user).count() == 1  # not duplicated
    event = CertificationEvent.objects.get(user=second.user)
    assert event.actor == hr_officer


def test_manual_assignment_of_a_course_a_rule_gives_keeps_the_earlier_due_date(
    rules, org, courses, hr_officer, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        profile = hire(org["sales"])
    rule_due = profile.hire_date + dt.timedelta(days=14)
    result = services.assign_manually(
        [profile.user],
        courses["welcome"],
        due_date=timezone.localdate() + dt.timedelta(days=60),
        actor=hr_officer,
    )
    assert result.already == [profile.user]
    assert CourseStatus.objects.get(user=profile.user, course=courses["welcome"]).due_date == (
        rule_due
    )
    assert Assignment.objects.filter(user=profile.user, course=courses["welcome"]).count() == 2


def test_unassign_ends_the_manual_assignment_and_keeps_history(courses, hr_officer):
    profile = EmployeeProfileFactory()
    services.assign_manually(
        [profile.user],
        courses["complaints"],
        due_date=timezone.localdate() + DUE,
        actor=hr_officer,
    )

    assert services.unassign(profile.user, courses["complaints"], actor=hr_officer)

    status = CourseStatus.objects.get(user=profile.user, course=courses["complaints"])
    assert (status.required, status.state) == (False, State.NOT_ASSIGNED)
    row = Assignment.objects.get(user=profile.user)
    assert row.ended_at is not None and row.ended_by == hr_officer
    assert CertificationEvent.objects.filter(user=profile.user).count() == 2
    assert not services.unassign(profile.user, courses["complaints"], actor=hr_officer)


def test_unassigning_a_manual_course_a_rule_still_requires_keeps_it_required(
    rules, org, courses, hr_officer, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        profile = hire(org["sales"])
    services.assign_manually(
        [profile.user], courses["welcome"], due_date=timezone.localdate(), actor=hr_officer
    )
    assert CourseStatus.objects.get(user=profile.user, course=courses["welcome"]).due_date == (
        timezone.localdate()
    )
    services.unassign(profile.user, courses["welcome"], actor=hr_officer)
    status = CourseStatus.objects.get(user=profile.user, course=courses["welcome"])
    assert status.required
    assert status.due_date == profile.hire_date + dt.timedelta(days=14)
