"""Creating, changing and deactivating people; the signals after commit."""

import datetime

import pytest
from django.contrib.auth.models import Group

from lms import roles
from lms.staff import services, signals
from lms.staff.models import EmployeeProfile
from tests.lms.staff.factories import DepartmentFactory, EmployeeProfileFactory, JobRoleFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def heard():
    events = []

    def created(profile, **kwargs):
        events.append(("created", profile.employee_number, None))

    def changed(profile, changed_fields, **kwargs):
        events.append(("changed", profile.employee_number, changed_fields))

    signals.employee_created.connect(created, dispatch_uid="test-created")
    signals.employee_changed.connect(changed, dispatch_uid="test-changed")
    yield events
    signals.employee_created.disconnect(dispatch_uid="test-created")
    signals.employee_changed.disconnect(dispatch_uid="test-changed")


def test_create_employee_makes_an_employee_and_announces_after_commit(
    heard, django_capture_on_commit_callbacks
):
    department = DepartmentFactory()
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        profile = services.create_employee(
            employee_number="42",
            first_name="Anna",
            last_name="Petrova",
            email="Anna@Example.com",
            department=department,
            hire_date=datetime.date(2026, 1, 12),
        )
        assert heard == []  # not before commit
    for callback in callbacks:
        callback()
    assert heard == [("created", "42", None)]
    assert profile.user.username == "anna@example.com"
    assert profile.preferred_language == "ru"
    assert not profile.user.has_usable_password()
    assert profile.user.groups.filter(name=roles.EMPLOYEES).exists()


def test_update_employee_reports_and_announces_only_real_changes(
    heard, django_capture_on_commit_callbacks
):
    profile = EmployeeProfileFactory(employee_number="42")
    role = JobRoleFactory()
    with django_capture_on_commit_callbacks(execute=True):
        changed = services.update_employee(
            profile, job_role=role, department=profile.department, first_name="Zoe"
        )
    assert changed == {"job_role", "first_name"}
    assert heard == [("changed", "42", frozenset({"job_role", "first_name"}))]
    heard.clear()
    with django_capture_on_commit_callbacks(execute=True):
        assert services.update_employee(profile, job_role=role) == frozenset()
    assert heard == []
    with pytest.raises(TypeError):
        services.update_employee(profile, salary=1)


def test_deactivate_keeps_the_rows_and_disables_the_account(
    heard, django_capture_on_commit_callbacks
):
    profile = EmployeeProfileFactory(employee_number="42")
    before = EmployeeProfile.objects.count()
    with django_capture_on_commit_callbacks(execute=True):
        services.deactivate(profile)
    assert EmployeeProfile.objects.count() == before
    profile.refresh_from_db()
    assert profile.active is False and profile.user.is_active is False
    assert heard == [("changed", "42", frozenset({"active"}))]
    assert Group.objects.get(name=roles.EMPLOYEES)  # groups untouched, nothing deleted
