"""'Assign a course' in the admin: HR to anyone, line managers to their own team only."""

import datetime as dt

import pytest
from django.urls import reverse
from django.utils import timezone

from lms.assignments.models import Assignment
from lms.certification.models import CourseStatus
from tests.lms.staff.factories import EmployeeProfileFactory

pytestmark = pytest.mark.django_db

URL = reverse("assignments_admin:assign")


def due(days=10):
    return (timezone.localdate() + dt.timedelta(days=days)).isoformat()


@pytest.fixture
def team(line_manager, org):
    return [
        EmployeeProfileFactory(line_manager=line_manager, department=org["sales"]) for _ in "ab"
    ]


@pytest.fixture
def outsider(org):
    return EmployeeProfileFactory(department=org["sales"])


def test_hr_assigns_a_course_to_people_and_sees_a_summary(client, hr_officer, courses, team):
    client.force_login(hr_officer)
    page = client.get(URL)
    assert page.status_code == 200
    html = page.content.decode()
    assert "csrfmiddlewaretoken" in html and 'type="date"' in html
    assert 'name="department"' in html  # HR may pick a whole department
    response = client.post(
        URL,
        {"course": courses["complaints"].pk, "people": [team[0].user_id], "due_date": due()},
        follow=True,
    )
    assert response.redirect_chain[-1][0] == URL
    statuses = CourseStatus.objects.filter(course=courses["complaints"], required=True)
    assert list(statuses.values_list("user_id", flat=True)) == [team[0].user_id]
    assert Assignment.objects.get().assigned_by == hr_officer
    messages = [str(m) for m in response.context["messages"]]
    assert messages == ["“Complaints standard” assigned to 1 person."]


def test_hr_assigns_a_whole_department_and_repeats_are_counted(
    client, hr_officer, courses, team, outsider, org
):
    client.force_login(hr_officer)
    data = {"course": courses["complaints"].pk, "department": org["sales"].pk, "due_date": due()}
    client.post(URL, data)
    response = client.post(URL, data, follow=True)
    assert CourseStatus.objects.filter(course=courses["complaints"], required=True).count() == 3
    assert [str(m) for m in response.context["messages"]][-1] == (
        "“Complaints standard” assigned to 0 people. 3 people already had it."
    )


def test_a_line_manager_assigns_to_their_whole_team(client, line_manager, courses, team, outsider):
    client.force_login(line_manager)
    page = client.get(URL).content.decode()
    assert f'name="people" value="{team[0].user_id}"' in page
    assert f'name="people" value="{outsider.user_id}"' not in page
    assert 'name="department"' not in page
    client.post(URL, {"course": courses["complaints"].pk, "whole_team": "on", "due_date": due()})
    assert set(
        CourseStatus.objects.filter(course=courses["complaints"], required=True).values_list(
            "user_id", flat=True
        )
    ) == {p.user_id for p in team}


def test_a_line_manager_cannot_assign_outside_their_team(
    client, line_manager, courses, team, outsider, org
):
    client.force_login(line_manager)
    response = client.post(
        URL,
        {
            "course": courses["complaints"].pk,
            "people": [team[0].user_id, outsider.user_id],
            "department": org["sales"].pk,  # not offered to line managers: ignored
            "due_date": due(),
        },
    )
    assert response.status_code == 200
    assert "people" in response.context["form"].errors
    assert not Assignment.objects.exists()
    assert not CourseStatus.objects.exists()


def test_a_due_date_in_the_past_and_nobody_chosen_are_form_errors(
    client, hr_officer, courses, team
):
    client.force_login(hr_officer)
    response = client.post(
        URL, {"course": courses["complaints"].pk, "people": [team[0].user_id], "due_date": due(-1)}
    )
    assert response.context["form"].errors["due_date"] == ["The due date cannot be in the past."]
    response = client.post(URL, {"course": courses["complaints"].pk, "due_date": due()})
    assert response.context["form"].non_field_errors() == [
        "Choose at least one person, your team or a department."
    ]
    assert not Assignment.objects.exists()


@pytest.mark.parametrize("who", ["employee", "trainer"])
def test_people_without_the_right_get_403(client, who, request, courses, team):
    client.force_login(request.getfixturevalue(who))
    assert client.get(URL).status_code in (302, 403)  # 302: no admin access at all
    response = client.post(
        URL, {"course": courses["complaints"].pk, "people": [team[0].user_id], "due_date": due()}
    )
    assert response.status_code in (302, 403)
    assert not Assignment.objects.exists()


def test_a_trainer_with_admin_access_gets_a_real_403(client, trainer):
    client.force_login(trainer)
    assert client.get(URL).status_code == 403


def test_the_menu_shows_assign_to_line_managers_and_hr_only(
    client, line_manager, trainer, hr_officer, team
):
    for user, shown in ((line_manager, True), (hr_officer, True), (trainer, False)):
        client.force_login(user)
        html = client.get(reverse("wagtailadmin_home")).content.decode()
        assert (URL in html) is shown, user
