"""Onboarding plans: a new hire gets theirs at once, a move updates it, history is kept."""

import datetime as dt

import pytest
from django.utils import timezone

from lms.assignments import services
from lms.assignments.models import Assignment, Source
from lms.certification.models import CertificationEvent, CourseStatus, State
from lms.staff import roster
from lms.staff import services as staff

from .conftest import hire, make_rule

pytestmark = pytest.mark.django_db


def required(user):
    return {
        status.course.title: status
        for status in CourseStatus.objects.filter(user=user, required=True).select_related("course")
    }


def test_a_new_hire_gets_the_courses_of_matching_rules_due_hire_date_plus_n(
    rules, org, courses, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        profile = hire(org["sales"], job_role=org["cashier"])
    plan = required(profile.user)
    assert set(plan) == {"Welcome standard", "Sales floor standard", "Cashier standard"}
    hired = profile.hire_date
    assert plan["Welcome standard"].due_date == hired + dt.timedelta(days=14)
    assert plan["Sales floor standard"].due_date == hired + dt.timedelta(days=30)
    assert plan["Cashier standard"].due_date == hired + dt.timedelta(days=7)
    assert {status.state for status in plan.values()} == {State.ASSIGNED}
    assert not CourseStatus.objects.filter(user=profile.user, course=courses["stock"]).exists()
    reasons = Assignment.objects.filter(user=profile.user, ended_at__isnull=True)
    assert {(a.rule_id, a.source) for a in reasons} == {
        (rules[name].pk, Source.RULE) for name in ("welcome", "floor", "till")
    }
    assert profile.user.enrollments.filter(source="rule").count() == 3


def test_nothing_is_assigned_before_the_directory_commits(
    rules, org, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        profile = hire(org["sales"])
    assert not CourseStatus.objects.filter(user=profile.user).exists()
    for callback in callbacks:
        callback()
    assert set(required(profile.user)) == {"Welcome standard", "Sales floor standard"}


def test_a_change_of_department_updates_the_plan_keeps_manual_courses_and_history(
    rules, org, courses, hr_officer, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        profile = hire(org["sales"])
    due = timezone.localdate() + dt.timedelta(days=20)
    services.assign_manually([profile.user], courses["complaints"], due_date=due, actor=hr_officer)

    with django_capture_on_commit_callbacks(execute=True):
        staff.update_employee(profile, department=org["warehouse"])

    plan = required(profile.user)
    assert set(plan) == {"Welcome standard", "Warehouse standard", "Complaints standard"}
    assert plan["Complaints standard"].due_date == due
    old = CourseStatus.objects.get(user=profile.user, course=courses["floor"])
    assert (old.required, old.state, old.due_date) == (False, State.NOT_ASSIGNED, None)
    # History: the ended assignment and the moves of the status are kept.
    ended = Assignment.objects.get(user=profile.user, rule=rules["floor"])
    assert ended.ended_at is not None and ended.end_reason
    assert list(
        CertificationEvent.objects.filter(user=profile.user, course=courses["floor"])
        .order_by("at", "pk")
        .values_list("from_state", "to_state")
    ) == [(State.NOT_ASSIGNED, State.ASSIGNED), (State.ASSIGNED, State.NOT_ASSIGNED)]


def test_a_course_required_by_two_rules_stays_when_one_stops_applying(
    org, courses, django_capture_on_commit_callbacks
):
    by_department = make_rule(courses["till"], scope="department", department=org["sales"])
    by_role = make_rule(courses["till"], scope="job_role", job_role=org["cashier"], days=7)
    with django_capture_on_commit_callbacks(execute=True):
        profile = hire(org["sales"], job_role=org["cashier"])
    status = CourseStatus.objects.get(user=profile.user, course=courses["till"])
    assert status.due_date == profile.hire_date + dt.timedelta(days=7)  # the earliest

    with django_capture_on_commit_callbacks(execute=True):
        staff.update_employee(profile, job_role=None)
    status.refresh_from_db()
    assert status.required
    assert status.due_date == profile.hire_date + dt.timedelta(days=30)
    assert Assignment.objects.get(rule=by_role).ended_at is not None
    assert Assignment.objects.get(rule=by_department).ended_at is None


def test_a_new_hire_date_moves_due_dates(rules, org, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        profile = hire(org["warehouse"])
    later = timezone.localdate()
    with django_capture_on_commit_callbacks(execute=True):
        staff.update_employee(profile, hire_date=later)
    plan = required(profile.user)
    assert plan["Welcome standard"].due_date == later + dt.timedelta(days=14)
    assert plan["Warehouse standard"].due_date == later + dt.timedelta(days=30)


def test_a_person_who_leaves_keeps_their_plan_as_history(
    rules, org, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        profile = hire(org["sales"])
    with django_capture_on_commit_callbacks(execute=True):
        staff.deactivate(profile)
    assert set(required(profile.user)) == {"Welcome standard", "Sales floor standard"}
    assert not Assignment.objects.filter(user=profile.user, ended_at__isnull=False).exists()


def test_roster_import_of_a_new_person_gives_them_their_plan(
    rules, org, django_capture_on_commit_callbacks
):
    csv = (
        "employee_number,first_name,last_name,email,department,job_role,hire_date\n"
        f"900,Olga,Ivanova,olga@example.com,sales,cashier,{timezone.localdate().isoformat()}\n"
    )
    with django_capture_on_commit_callbacks(execute=True):
        report = staff.import_roster(roster.read_csv(csv.encode()), dry_run=False)
    assert report.applied and report.created == 1
    user = report.changes and staff.EmployeeProfile.objects.get(employee_number="900").user
    assert set(required(user)) == {"Welcome standard", "Sales floor standard", "Cashier standard"}


def test_plan_for_is_idempotent(rules, org, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        profile = hire(org["sales"])
    again = services.plan_for(profile)
    assert (again.started, again.changed, again.ended, again.required) == (0, 0, 0, 0)
    assert Assignment.objects.filter(user=profile.user).count() == 2
    assert CertificationEvent.objects.filter(user=profile.user).count() == 2
