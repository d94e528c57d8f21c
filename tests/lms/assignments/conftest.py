"""Shared pieces of the assignments' tests: an organisation, courses, a line manager."""

import datetime

import pytest
from django.contrib.auth.models import Group
from django.urls import clear_url_caches
from django.utils import timezone, translation

from lms import roles
from lms.assignments.models import AssignmentRule
from lms.staff import services as staff
from tests.courses.factories import make_course
from tests.lms.factories import UserFactory
from tests.lms.staff.factories import DepartmentFactory, JobRoleFactory


@pytest.fixture
def org(db):
    return {
        "sales": DepartmentFactory(code="sales", name="Sales floor"),
        "warehouse": DepartmentFactory(code="warehouse", name="Warehouse"),
        "cashier": JobRoleFactory(code="cashier", name="Cashier"),
    }


@pytest.fixture
def courses(catalogue):
    return {
        name: make_course(catalogue, lessons=1, title=title)[0]
        for name, title in (
            ("welcome", "Welcome standard"),
            ("floor", "Sales floor standard"),
            ("stock", "Warehouse standard"),
            ("till", "Cashier standard"),
            ("complaints", "Complaints standard"),
        )
    }


def make_rule(course, *, scope="all", department=None, job_role=None, days=30, due_from="hire"):
    return AssignmentRule.objects.create(
        course=course,
        scope=scope,
        department=department,
        job_role=job_role,
        due_days=days,
        due_from=due_from,
    )


@pytest.fixture
def rules(org, courses):
    """Onboarding for everyone, one per department, one for cashiers (before anyone is hired)."""
    return {
        "welcome": make_rule(courses["welcome"], days=14),
        "floor": make_rule(courses["floor"], scope="department", department=org["sales"]),
        "stock": make_rule(courses["stock"], scope="department", department=org["warehouse"]),
        "till": make_rule(courses["till"], scope="job_role", job_role=org["cashier"], days=7),
    }


_numbers = iter(range(1000, 100000))


def hire(department, *, job_role=None, line_manager=None, hire_date=None, **extra):
    """A new person through the staff service (hired three days ago unless told)."""
    hire_date = hire_date or timezone.localdate() - datetime.timedelta(days=3)
    number = str(next(_numbers))
    return staff.create_employee(
        employee_number=number,
        first_name="Anna",
        last_name=f"Person{number}",
        email=f"p{number}@example.com",
        department=department,
        job_role=job_role,
        line_manager=line_manager,
        hire_date=hire_date,
        **extra,
    )


@pytest.fixture
def line_manager(db):
    user = UserFactory()
    user.groups.add(Group.objects.get(name=roles.LINE_MANAGERS))
    return user


@pytest.fixture(autouse=True)
def english(settings):
    """These tests check behaviour, not the language: the admin and messages speak English."""
    settings.LANGUAGE_CODE = "en"
    clear_url_caches()
    with translation.override("en"):
        yield
    clear_url_caches()
