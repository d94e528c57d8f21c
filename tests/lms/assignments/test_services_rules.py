"""A rule applied to everyone it matches: started, moved, stopped, deleted; bounded queries."""

import datetime as dt
import io

import pytest
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from lms.assignments import services
from lms.assignments.models import Assignment
from lms.certification.models import CourseStatus
from tests.lms.staff.factories import DepartmentFactory, EmployeeProfileFactory

from .conftest import make_rule

pytestmark = pytest.mark.django_db


def people(department, n, **kwargs):
    return [EmployeeProfileFactory(department=department, **kwargs) for _ in range(n)]


def required_users(course):
    return set(
        CourseStatus.objects.filter(course=course, required=True).values_list("user_id", flat=True)
    )


def test_a_new_rule_applies_to_existing_matching_staff_on_commit(
    org, courses, django_capture_on_commit_callbacks
):
    sales = people(org["sales"], 3)
    people(org["warehouse"], 2)
    gone = EmployeeProfileFactory(department=org["sales"], active=False)
    with django_capture_on_commit_callbacks(execute=True):
        make_rule(courses["floor"], scope="department", department=org["sales"], days=10)
    assert required_users(courses["floor"]) == {p.user_id for p in sales}
    assert gone.user_id not in required_users(courses["floor"])
    status = CourseStatus.objects.get(user=sales[0].user, course=courses["floor"])
    # Hired long ago (factory: 2025-09-01): the full ten days from today.
    assert status.due_date == timezone.localdate() + dt.timedelta(days=10)


def test_changing_a_rule_moves_due_dates_and_its_scope(
    org, courses, django_capture_on_commit_callbacks
):
    sales, warehouse = people(org["sales"], 2), people(org["warehouse"], 2)
    with django_capture_on_commit_callbacks(execute=True):
        rule = make_rule(courses["floor"], scope="department", department=org["sales"], days=10)
    rule.department = org["warehouse"]
    rule.due_days = 20
    with django_capture_on_commit_callbacks(execute=True):
        rule.save()
    assert required_users(courses["floor"]) == {p.user_id for p in warehouse}
    assert Assignment.objects.filter(rule=rule, ended_at__isnull=False).count() == len(sales)
    status = CourseStatus.objects.get(user=warehouse[0].user, course=courses["floor"])
    assert status.due_date == timezone.localdate() + dt.timedelta(days=20)


def test_stopping_or_deleting_a_rule_releases_its_courses_and_keeps_history(
    org, courses, django_capture_on_commit_callbacks
):
    staff = people(org["sales"], 2)
    with django_capture_on_commit_callbacks(execute=True):
        stopped = make_rule(courses["welcome"])
        deleted = make_rule(courses["floor"], scope="department", department=org["sales"])
    stopped.active = False
    with django_capture_on_commit_callbacks(execute=True):
        stopped.save()
        deleted.delete()
    assert required_users(courses["welcome"]) == set()
    assert required_users(courses["floor"]) == set()
    history = Assignment.objects.filter(user=staff[0].user)
    assert history.count() == 2
    assert all(a.ended_at is not None for a in history)
    assert history.filter(rule__isnull=True).get().note == (
        "Sales floor standard · department Sales floor · due 30 days after hire"
    )


def test_the_command_applies_every_rule(org, courses):
    staff = people(org["sales"], 2)
    make_rule(courses["welcome"])  # on_commit never runs inside the test's transaction
    assert required_users(courses["welcome"]) == set()
    out = io.StringIO()
    call_command("apply_assignment_rules", stdout=out)
    assert required_users(courses["welcome"]) == {p.user_id for p in staff}
    assert "Assignments started: 2" in out.getvalue()


# Query counts -------------------------------------------------------------------------------------

# Applying a rule is bounded: our own rows (rule lock, matching people, held assignments, the
# bulk insert, active assignments and statuses before the sync) and the course statuses, moved
# in bulk by lms.certification.services.assign_many, take the same number of queries for 5 and
# for 50 people. Re-applying an unchanged rule (every save in the admin, the command) too.
# The admin's viewsets register their models with Wagtail's reference index when the admin's
# URLs load (as in any running site), and content types are cached: the test loads both first,
# so counts do not depend on which tests ran before.
AGAIN = 5


def test_query_count_of_applying_a_rule(org, courses, django_assert_num_queries):
    reverse("wagtailadmin_home")  # load the admin's URLs (and its viewsets)
    people(org["warehouse"], 1)  # warm the content-type cache with one other application
    services.apply_rule(
        make_rule(courses["stock"], scope="department", department=org["warehouse"])
    )

    def first_application(course, department, n):
        people(department, n)
        rule = make_rule(course, scope="department", department=department)
        with CaptureQueriesContext(connection) as ctx:
            result = services.apply_rule(rule)
        assert result.started == n and result.required == n
        with django_assert_num_queries(AGAIN):
            again = services.apply_rule(rule)
        assert (again.started, again.required) == (0, 0)
        return len(ctx.captured_queries)

    few = first_application(courses["floor"], org["sales"], 5)
    many = first_application(courses["till"], DepartmentFactory(code="calls", name="Calls"), 50)
    assert few == many
