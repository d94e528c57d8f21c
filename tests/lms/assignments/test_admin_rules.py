"""Assignment rules in the admin: HR edits (and the rule applies at once), trainers read."""

import pytest
from django.urls import reverse

from lms.assignments.models import AssignmentRule
from lms.certification.models import CourseStatus
from tests.lms.staff.factories import EmployeeProfileFactory

from .conftest import make_rule

pytestmark = pytest.mark.django_db

INDEX = "assignment_rules:index"
ADD = "assignment_rules:add"


def form(course, **extra):
    return {
        "course": course.pk,
        "scope": "all",
        "due_days": 14,
        "due_from": "hire",
        "active": "on",
    } | extra


def test_a_rule_saved_in_the_admin_applies_to_existing_matching_staff(
    client, hr_officer, org, courses, django_capture_on_commit_callbacks
):
    sales = [EmployeeProfileFactory(department=org["sales"]) for _ in range(3)]
    EmployeeProfileFactory(department=org["warehouse"])
    client.force_login(hr_officer)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse(ADD),
            form(courses["floor"], scope="department", department=org["sales"].pk),
        )
    assert response.status_code == 302
    rule = AssignmentRule.objects.get()
    assert rule.created_by == hr_officer
    required = CourseStatus.objects.filter(course=courses["floor"], required=True)
    assert set(required.values_list("user_id", flat=True)) == {p.user_id for p in sales}
    assert {s.due_date for s in required} == {rule.assignments.first().due_date}


def test_the_scope_must_name_exactly_what_it_needs(client, hr_officer, org, courses):
    client.force_login(hr_officer)
    missing = client.post(reverse(ADD), form(courses["floor"], scope="department"))
    assert "department" in missing.context["form"].errors
    extra = client.post(reverse(ADD), form(courses["floor"], job_role=org["cashier"].pk))
    assert "job_role" in extra.context["form"].errors
    assert not AssignmentRule.objects.exists()


def test_only_original_courses_can_be_chosen(client, hr_officer, courses):
    from wagtail.models import Locale

    german = Locale.objects.get(language_code="de")
    translation = courses["floor"].copy_for_translation(german, copy_parents=True)
    client.force_login(hr_officer)
    response = client.post(reverse(ADD), form(translation))
    assert "course" in response.context["form"].errors
    assert not AssignmentRule.objects.exists()


def test_the_listing_shows_course_scope_and_due(client, hr_officer, org, courses):
    make_rule(courses["till"], scope="job_role", job_role=org["cashier"], days=7)
    client.force_login(hr_officer)
    html = client.get(reverse(INDEX)).content.decode()
    assert "Cashier standard" in html
    assert "job role Cashier" in html
    assert "due 7 days after hire" in html


def test_trainers_read_rules_but_cannot_change_them(client, trainer, courses):
    rule = make_rule(courses["welcome"])
    client.force_login(trainer)
    assert client.get(reverse(INDEX)).status_code == 200
    for url in (
        reverse(ADD),
        reverse("assignment_rules:edit", args=[rule.pk]),
        reverse("assignment_rules:delete", args=[rule.pk]),
    ):
        assert client.get(url).status_code in (302, 403)
    client.post(reverse("assignment_rules:delete", args=[rule.pk]))
    assert AssignmentRule.objects.filter(pk=rule.pk).exists()


def test_line_managers_and_employees_see_no_rules(client, line_manager, employee, courses):
    make_rule(courses["welcome"])
    for user in (line_manager, employee):
        client.force_login(user)
        response = client.get(reverse(INDEX))
        assert response.status_code in (302, 403)
        assert b"Welcome standard" not in response.content


def test_hr_deletes_a_rule_and_its_courses_are_released(
    client, hr_officer, org, courses, django_capture_on_commit_callbacks
):
    person = EmployeeProfileFactory(department=org["sales"])
    with django_capture_on_commit_callbacks(execute=True):
        rule = make_rule(courses["welcome"])
    assert CourseStatus.objects.get(user=person.user, course=courses["welcome"]).required
    client.force_login(hr_officer)
    response = client.post(reverse("assignment_rules:delete", args=[rule.pk]))
    assert response.status_code == 302
    assert not AssignmentRule.objects.exists()
    assert not CourseStatus.objects.get(user=person.user, course=courses["welcome"]).required
    ended = person.user.assignments.get()
    assert ended.ended_by == hr_officer and ended.rule is None


@pytest.mark.parametrize(
    ("days", "label"),
    [
        (21, "срок 21 день после приёма"),
        (22, "срок 22 дня после приёма"),
        (25, "срок 25 дней после приёма"),
        (11, "срок 11 дней после приёма"),
    ],
)
def test_due_labels_use_russian_plurals(courses, days, label):
    from django.utils import translation

    rule = make_rule(courses["welcome"], days=days)
    with translation.override("ru"):
        assert rule.due_label == label
        assert str(rule) == f"Welcome standard · Все сотрудники · {label}"


@pytest.mark.parametrize(
    "bad",
    [
        {"course": "abc"},
        {"course": "1e9"},
        {"course": "99999999999999999999"},
        {"department": "x"},
        {"job_role": "[]"},
        {"due_days": "-1"},
        {"due_days": "99999999999999999999"},
    ],
)
def test_nonsense_in_any_field_is_a_form_error(client, hr_officer, org, courses, bad):
    client.force_login(hr_officer)
    response = client.post(reverse(ADD), form(courses["floor"]) | bad)
    assert response.status_code == 200
    assert response.context["form"].errors
    assert not AssignmentRule.objects.exists()
