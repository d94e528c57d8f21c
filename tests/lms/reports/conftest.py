"""A small organisation with known statuses, for the readiness board.

Two teams: Lena Manager's (sales: Anna, Boris, Clara) and Max Manager's (warehouse: Dmitri).
Two required courses, "Greeting" and "Returns"; an unrequired row that must never count.
"""

import datetime as dt
from types import SimpleNamespace

import pytest
from django.contrib.auth.models import Group
from django.utils import timezone

from lms import roles
from lms.certification.models import CourseStatus, State
from tests.courses.factories import make_course
from tests.lms.factories import UserFactory
from tests.lms.staff.factories import DepartmentFactory, EmployeeProfileFactory, JobRoleFactory


def status(user, course, state, **fields):
    fields.setdefault("required", True)
    return CourseStatus.objects.create(user=user, course=course, state=state, **fields)


def manager_user(**kwargs):
    user = UserFactory(**kwargs)
    user.groups.add(Group.objects.get(name=roles.LINE_MANAGERS))
    return user


@pytest.fixture
def org(catalogue):
    today = timezone.localdate()
    greeting, _ = make_course(catalogue, lessons=0, title="Greeting")
    returns, _ = make_course(catalogue, lessons=0, title="Returns")
    optional, _ = make_course(catalogue, lessons=0, title="Optional")
    sales = DepartmentFactory(code="sales", name="Sales floor")
    warehouse = DepartmentFactory(code="warehouse", name="Warehouse")
    seller = JobRoleFactory(code="seller", name="Seller", department=sales)
    cashier = JobRoleFactory(code="cashier", name="Cashier", department=sales)
    lena = manager_user(first_name="Lena", last_name="Manager", username="lena")
    max_ = manager_user(first_name="Max", last_name="Manager", username="max")

    def person(first, last, number, department, job_role, manager):
        return EmployeeProfileFactory(
            user__first_name=first,
            user__last_name=last,
            employee_number=number,
            department=department,
            job_role=job_role,
            line_manager=manager,
        ).user

    anna = person("Anna", "Alpha", "E100", sales, seller, lena)
    boris = person("Boris", "Beta", "E200", sales, cashier, lena)
    clara = person("Clara", "Gamma", "=E300", sales, seller, lena)
    dmitri = person("Dmitri", "Delta", "E400", warehouse, None, max_)
    gone = person("Gone", "Away", "E500", sales, seller, lena)
    gone.profile.active = False
    gone.profile.save()

    # Anna: certified on Greeting (expires in 20 days), assigned on Returns (overdue).
    status(
        anna,
        greeting,
        State.EXPIRING,
        certified_at=timezone.now(),
        expires_on=today + dt.timedelta(days=20),
        version=2,
    )
    status(anna, returns, State.ASSIGNED, due_date=today - dt.timedelta(days=3), overdue=True)
    # Boris: certified on Greeting (expires in 45 days), in progress on Returns.
    status(boris, greeting, State.CERTIFIED, expires_on=today + dt.timedelta(days=45), version=1)
    status(boris, returns, State.IN_PROGRESS, due_date=today + dt.timedelta(days=10))
    # Clara: expired on Greeting; chose Optional herself (not required: never counted).
    status(clara, greeting, State.EXPIRED, expires_on=today - dt.timedelta(days=5))
    status(clara, optional, State.CERTIFIED, required=False)
    # Dmitri: assigned on Greeting, not overdue.
    status(dmitri, greeting, State.ASSIGNED, due_date=today + dt.timedelta(days=30))
    # The inactive person is never shown.
    status(gone, greeting, State.EXPIRED)
    return SimpleNamespace(
        today=today,
        greeting=greeting,
        returns=returns,
        optional=optional,
        sales=sales,
        warehouse=warehouse,
        seller=seller,
        cashier=cashier,
        lena=lena,
        max=max_,
        anna=anna,
        boris=boris,
        clara=clara,
        dmitri=dmitri,
        gone=gone,
    )
