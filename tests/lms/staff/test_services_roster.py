"""The roster import writes people in one go, or nothing at all."""

import datetime
import io

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from openpyxl import Workbook

from lms import roles
from lms.staff import roster, services, signals
from lms.staff.models import EmployeeProfile
from tests.lms.factories import UserFactory
from tests.lms.staff.factories import DepartmentFactory, EmployeeProfileFactory, JobRoleFactory

pytestmark = pytest.mark.django_db

User = get_user_model()

HEADER = (
    "employee_number,first_name,last_name,email,department,job_role,line_manager,hire_date,"
    "language,active"
)


@pytest.fixture
def org(db):
    return {
        "sales": DepartmentFactory(code="sales", name="Sales floor"),
        "warehouse": DepartmentFactory(code="warehouse", name="Warehouse"),
        "cashier": JobRoleFactory(code="cashier", name="Cashier"),
        "storekeeper": JobRoleFactory(code="storekeeper", name="Storekeeper"),
    }


def run(text, *, dry_run=False, encoding="utf-8"):
    return services.import_roster(roster.read_csv(text.encode(encoding)), dry_run=dry_run)


def counts():
    return (User.objects.count(), EmployeeProfile.objects.count())


VALID = (
    f"{HEADER}\n"
    "100,Anna,Petrova,anna@example.com,sales,cashier,200,2024-01-15,de,yes\n"
    "200,Boris,Sidorov,boris@example.com,Sales floor,,,01.02.2020,,\n"
)


def test_a_valid_roster_creates_employees_with_their_profiles(
    org, django_capture_on_commit_callbacks
):
    created = []
    signals.employee_created.connect(
        lambda **kw: created.append(kw["profile"]), weak=False, dispatch_uid="test-created"
    )
    try:
        with django_capture_on_commit_callbacks(execute=True):
            report = run(VALID)
    finally:
        signals.employee_created.disconnect(dispatch_uid="test-created")
    assert report.errors == [] and report.applied
    assert (report.created, report.updated, report.unchanged) == (2, 0, 0)
    anna = EmployeeProfile.objects.select_related("user").get(employee_number="100")
    boris = EmployeeProfile.objects.get(employee_number="200")
    assert anna.user.username == "anna@example.com"
    assert (anna.user.first_name, anna.user.last_name, anna.user.email) == (
        "Anna",
        "Petrova",
        "anna@example.com",
    )
    assert anna.department == org["sales"] and anna.job_role == org["cashier"]
    assert anna.line_manager == boris.user  # a manager from a later row of the same file
    assert anna.hire_date == datetime.date(2024, 1, 15)
    assert boris.hire_date == datetime.date(2020, 2, 1)
    assert (anna.preferred_language, boris.preferred_language) == ("de", "ru")
    assert anna.active and anna.user.is_active
    assert not anna.user.has_usable_password()
    employees = Group.objects.get(name=roles.EMPLOYEES)
    assert set(employees.user_set.all()) == {anna.user, boris.user}
    assert {p.employee_number for p in created} == {"100", "200"}


def test_an_invalid_roster_writes_nothing_and_names_rows_and_columns(org):
    before = counts()
    report = run(
        f"{HEADER}\n"
        "100,Anna,Petrova,anna@example.com,sales,cashier,,2024-01-15,,\n"
        "101,Boris,Sidorov,,Accounting,,,2024-01-15,,\n"
        "102,Vera,Orlova,,warehouse,Pilot,,15/01/2024,,\n"
    )
    assert counts() == before
    assert not report.applied and report.changes == []
    assert [(e.row, e.column) for e in report.errors] == [
        (3, "department"),
        (4, "job_role"),
        (4, "hire_date"),
    ]
    assert "Accounting" in report.errors[0].message
    assert "Pilot" in report.errors[1].message


def test_duplicate_employee_numbers_write_nothing(org):
    before = counts()
    report = run(
        f"{HEADER}\n"
        "100,Anna,Petrova,,sales,,,2024-01-15,,\n"
        "100,Anya,Petrova,,sales,,,2024-01-15,,\n"
    )
    assert counts() == before
    assert [(e.row, e.column) for e in report.errors] == [(3, "employee_number")]


def test_existing_people_are_updated_by_employee_number(org, django_capture_on_commit_callbacks):
    manager = EmployeeProfileFactory(employee_number="900", department=org["sales"])
    person = EmployeeProfileFactory(
        employee_number="100",
        department=org["sales"],
        job_role=org["cashier"],
        user__username="anna@example.com",
        user__first_name="Anna",
        user__last_name="Petrova",
        user__email="anna@example.com",
        hire_date=datetime.date(2024, 1, 15),
    )
    untouched = EmployeeProfileFactory(
        employee_number="101",
        department=org["sales"],
        user__first_name="Boris",
        user__last_name="Sidorov",
        user__email="",
        hire_date=datetime.date(2024, 1, 15),
    )
    changes = []
    signals.employee_changed.connect(
        lambda **kw: changes.append((kw["profile"].employee_number, kw["changed_fields"])),
        weak=False,
        dispatch_uid="test-changed",
    )
    try:
        with django_capture_on_commit_callbacks(execute=True):
            report = run(
                f"{HEADER}\n"
                "100,Anna,Ivanova,anna@example.com,warehouse,storekeeper,900,2024-01-15,,\n"
                "101,Boris,Sidorov,,sales,,,2024-01-15,,\n"
            )
    finally:
        signals.employee_changed.disconnect(dispatch_uid="test-changed")
    assert report.errors == []
    assert [(c.number, c.action, c.changed_fields) for c in report.changes] == [
        (2, "updated", ("last_name", "department", "job_role", "line_manager")),
        (3, "unchanged", ()),
    ]
    assert EmployeeProfile.objects.count() == 3
    person.refresh_from_db()
    person.user.refresh_from_db()
    assert person.user.last_name == "Ivanova"
    assert person.department == org["warehouse"] and person.job_role == org["storekeeper"]
    assert person.line_manager == manager.user
    assert changes == [("100", frozenset({"last_name", "department", "job_role", "line_manager"}))]
    untouched.refresh_from_db()
    assert untouched.department == org["sales"]


def test_a_roster_deactivates_and_keeps_the_person(org):
    person = EmployeeProfileFactory(employee_number="100", department=org["sales"])
    report = run(
        f"{HEADER}\n"
        f"100,{person.user.first_name},{person.user.last_name},{person.user.email},sales,,,"
        "2025-09-01,,нет\n"
    )
    assert [c.changed_fields for c in report.changes] == [("active",)]
    person.refresh_from_db()
    person.user.refresh_from_db()
    assert person.active is False and person.user.is_active is False


def test_a_dry_run_writes_nothing_and_shows_what_would_change(org):
    EmployeeProfileFactory(
        employee_number="200",
        department=org["sales"],
        user__first_name="Boris",
        user__last_name="Sidorov",
        user__email="boris@example.com",
        hire_date=datetime.date(2020, 2, 1),
    )
    before = counts()
    report = run(VALID, dry_run=True)
    assert counts() == before
    assert report.errors == [] and not report.applied
    assert [(c.action, c.changed_fields) for c in report.changes] == [
        ("created", ()),
        ("unchanged", ()),
    ]
    assert not EmployeeProfile.objects.filter(employee_number="100").exists()


def test_bom_and_semicolons(org):
    text = VALID.replace(",", ";")
    raw = roster.read_csv(("\ufeff" + text).encode("utf-8"))
    report = services.import_roster(raw, dry_run=False)
    assert report.errors == []
    assert EmployeeProfile.objects.filter(employee_number__in=["100", "200"]).count() == 2


def test_an_xlsx_roster_is_imported(org):
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["Табельный номер", "Имя", "Фамилия", "Отдел", "Должность", "Дата приёма"])
    sheet.append([300, "Вера", "Орлова", "Warehouse", "storekeeper", datetime.date(2023, 5, 2)])
    buffer = io.BytesIO()
    workbook.save(buffer)
    raw = roster.read_roster(buffer.getvalue(), "roster.xlsx")
    report = services.import_roster(raw, dry_run=False)
    assert report.errors == []
    vera = EmployeeProfile.objects.select_related("user").get(employee_number="300")
    assert vera.user.username == "300"
    assert vera.user.first_name == "Вера"
    assert vera.department == org["warehouse"] and vera.job_role == org["storekeeper"]
    assert vera.hire_date == datetime.date(2023, 5, 2)


def test_an_account_without_a_profile_is_linked_not_duplicated(org):
    account = UserFactory(username="anna@example.com")
    before = User.objects.count()
    report = run(f"{HEADER}\n100,Anna,Petrova,anna@example.com,sales,,,2024-01-15,,\n")
    assert report.errors == [] and report.changes[0].links_account
    assert User.objects.count() == before
    assert EmployeeProfile.objects.get(employee_number="100").user == account
    assert account.has_usable_password()  # its password is left alone


def test_a_login_of_another_employee_is_an_error(org):
    EmployeeProfileFactory(employee_number="555", user__username="anna@example.com")
    before = counts()
    report = run(f"{HEADER}\n100,Anna,Petrova,anna@example.com,sales,,,2024-01-15,,\n")
    assert counts() == before
    assert [(e.row, e.column) for e in report.errors] == [(2, "email")]
