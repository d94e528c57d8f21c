"""Assigning a course to many people at once: the same outcome as one by one, bounded queries."""

import datetime as dt

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from courses.models import Enrollment
from lms.certification import services
from lms.certification.models import CertificationEvent, CourseStatus, State
from tests.lms.factories import UserFactory

from .helpers import finish_lessons

pytestmark = pytest.mark.django_db


def test_assign_many_matches_assign(clock, standard, run):
    course, lessons = standard
    fresh, started, certified_one = UserFactory(), UserFactory(), UserFactory()
    run(finish_lessons, started, lessons[:1])
    CourseStatus.objects.create(user=certified_one, course=course, state=State.CERTIFIED)
    due = clock.today + dt.timedelta(days=10)
    items = [
        (u.pk, course.pk, due, "Onboarding rule", "rule") for u in (fresh, started, certified_one)
    ]

    assert services.assign_many(items) == 1  # the one who had started already had a status row

    rows = {s.user_id: s for s in CourseStatus.objects.filter(course=course)}
    assert rows[fresh.pk].state == State.ASSIGNED
    assert rows[started.pk].state == State.IN_PROGRESS
    assert rows[certified_one.pk].state == State.CERTIFIED  # nothing to do but keep it required
    assert all(r.required and r.due_date == due for r in rows.values())
    assert Enrollment.objects.filter(course=course).count() == 3
    assert Enrollment.objects.get(user=fresh).source == Enrollment.Source.RULE
    event = CertificationEvent.objects.get(user=fresh)
    assert (event.from_state, event.to_state, event.reason) == (
        State.NOT_ASSIGNED,
        State.ASSIGNED,
        "Onboarding rule",
    )
    # Idempotent: a second run moves nothing and writes no event.
    assert services.assign_many(items) == 0
    assert CertificationEvent.objects.filter(user=fresh).count() == 1


def test_overdue_when_the_due_date_has_passed(clock, standard):
    course, _lessons = standard
    person = UserFactory()
    services.assign_many([(person.pk, course.pk, clock.today - dt.timedelta(days=1), "", "manual")])
    status = CourseStatus.objects.get(user=person)
    assert status.overdue and status.state == State.ASSIGNED


def test_queries_do_not_grow_with_the_number_of_people(clock, standard):
    course, _lessons = standard

    def queries(n):
        people = [UserFactory() for _ in range(n)]
        items = [(p.pk, course.pk, clock.today, "", "rule") for p in people]
        with CaptureQueriesContext(connection) as ctx:
            assert services.assign_many(items) == n
        return len(ctx.captured_queries)

    assert queries(3) == queries(40)
