"""The roster import screen and the Staff admin: HR and superusers only."""

import pytest
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse

from lms.staff.models import EmployeeProfile
from tests.lms.factories import UserFactory
from tests.lms.staff.factories import DepartmentFactory, EmployeeProfileFactory

pytestmark = pytest.mark.django_db

URL = "staff_admin:import_roster"
CSV = (
    "employee_number;first_name;last_name;email;department;hire_date\n"
    "100;Anna;Petrova;anna@example.com;sales;2024-01-15\n"
)


def upload(text=CSV, name="roster.csv"):
    return SimpleUploadedFile(name, text.encode("utf-8"), content_type="text/csv")


@pytest.fixture
def sales(db):
    return DepartmentFactory(code="sales", name="Sales floor")


def test_hr_opens_the_form_with_csrf_and_dry_run_ticked(client, hr_officer):
    client.force_login(hr_officer)
    response = client.get(reverse(URL))
    assert response.status_code == 200
    html = response.content.decode()
    assert "csrfmiddlewaretoken" in html
    assert 'accept=".csv,.xlsx"' in html
    assert 'name="dry_run"' in html and "checked" in html


def test_hr_dry_runs_then_imports(client, hr_officer, sales):
    client.force_login(hr_officer)
    response = client.post(reverse(URL), {"file": upload(), "dry_run": "on"})
    assert response.status_code == 200
    assert not EmployeeProfile.objects.exists()
    html = response.content.decode()
    assert "Anna Petrova" in html and response.context["report"].created == 1

    response = client.post(reverse(URL), {"file": upload()})
    assert response.status_code == 200
    assert response.context["report"].applied
    assert EmployeeProfile.objects.get(employee_number="100").user.first_name == "Anna"


def test_errors_are_listed_by_row_and_column_and_nothing_is_written(client, hr_officer, sales):
    client.force_login(hr_officer)
    users = get_user_model().objects.count()
    text = CSV + "101;Boris;Sidorov;;Accounting;2024-13-01\n"
    response = client.post(reverse(URL), {"file": upload(text)})
    assert response.status_code == 200
    assert get_user_model().objects.count() == users
    assert not EmployeeProfile.objects.exists()
    html = response.content.decode()
    assert 'role="alert"' in html
    assert "Accounting" in html and "2024-13-01" in html
    assert [(e.row, e.column) for e in response.context["report"].errors] == [
        (3, "department"),
        (3, "hire_date"),
    ]


def test_an_unreadable_file_is_reported(client, hr_officer):
    client.force_login(hr_officer)
    response = client.post(
        reverse(URL), {"file": SimpleUploadedFile("roster.xlsx", b"not a workbook")}
    )
    assert response.status_code == 200
    assert 'role="alert"' in response.content.decode()


def test_other_extensions_are_refused_by_the_form(client, hr_officer):
    client.force_login(hr_officer)
    response = client.post(reverse(URL), {"file": upload(name="roster.txt")})
    assert response.status_code == 200
    assert response.context["form"].errors["file"]


def test_trainers_get_403_and_employees_are_sent_to_the_login(client, trainer, employee, sales):
    client.force_login(trainer)
    assert client.get(reverse(URL)).status_code == 403
    assert client.post(reverse(URL), {"file": upload()}).status_code == 403
    client.force_login(employee)
    response = client.get(reverse(URL))
    assert response.status_code == 302 and "login" in response["Location"]
    client.logout()
    assert client.get(reverse(URL)).status_code == 302
    assert not EmployeeProfile.objects.exists()


def test_a_superuser_may_import(client):
    client.force_login(UserFactory(is_superuser=True, is_staff=True))
    assert client.get(reverse(URL)).status_code == 200


def test_the_post_needs_a_csrf_token(hr_officer, sales):
    strict = Client(enforce_csrf_checks=True)
    strict.force_login(hr_officer)
    assert strict.post(reverse(URL), {"file": upload()}).status_code == 403
    assert not EmployeeProfile.objects.exists()


@pytest.mark.parametrize(
    "url",
    [
        "wagtailsnippets_staff_employeeprofile:list",
        "wagtailsnippets_staff_department:list",
        "wagtailsnippets_staff_jobrole:list",
    ],
)
def test_hr_manages_the_staff_directory_and_trainers_do_not(client, hr_officer, trainer, url):
    EmployeeProfileFactory(user__last_name="Findme")
    client.force_login(hr_officer)
    response = client.get(reverse(url))
    assert response.status_code == 200
    client.force_login(trainer)
    assert client.get(reverse(url)).status_code in (302, 403)


def test_the_employee_list_filters_and_searches(client, hr_officer):
    shown = EmployeeProfileFactory(user__last_name="Findme")
    hidden = EmployeeProfileFactory(user__last_name="Other", active=False)
    client.force_login(hr_officer)
    listing = reverse("wagtailsnippets_staff_employeeprofile:list")
    html = client.get(listing, {"q": "findme"}).content.decode()
    assert "Findme" in html and "Other" not in html
    html = client.get(listing, {"active": "false"}).content.decode()
    assert "Other" in html and "Findme" not in html
    html = client.get(listing, {"department": shown.department.pk}).content.decode()
    assert "Findme" in html and hidden.employee_number not in html


def test_the_staff_menu_offers_the_import_to_hr_only(client, hr_officer, trainer):
    client.force_login(hr_officer)
    assert reverse(URL) in client.get(reverse("wagtailadmin_home")).content.decode()
    client.force_login(trainer)
    assert reverse(URL) not in client.get(reverse("wagtailadmin_home")).content.decode()


def test_deactivating_in_the_admin_disables_the_account(client, hr_officer):
    profile = EmployeeProfileFactory()
    client.force_login(hr_officer)
    edit = reverse("wagtailsnippets_staff_employeeprofile:edit", args=[profile.pk])
    form = client.get(edit).context["form"]
    data = {name: form[name].value() for name in form.fields}
    data = {k: ("" if v is None else v) for k, v in data.items()}
    data["hire_date"] = profile.hire_date.isoformat()
    data.pop("active")
    response = client.post(edit, data)
    assert response.status_code == 302, response.content.decode()[:2000]
    profile.refresh_from_db()
    profile.user.refresh_from_db()
    assert profile.active is False and profile.user.is_active is False
