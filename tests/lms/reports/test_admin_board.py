"""The readiness board in the admin: who sees whom, filters through the form, pages, the menu."""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse

from lms import roles
from lms.certification.models import State
from tests.lms.factories import UserFactory
from tests.lms.reports.conftest import manager_user

pytestmark = pytest.mark.django_db

URL = reverse("reports_admin:board")


def shown(response):
    assert response.status_code == 200
    board = response.context["board"]
    return [row.profile.employee_number for row in board.rows] if board else []


def test_hr_sees_everyone_with_badges_legend_and_totals(client, hr_officer, org):
    client.force_login(hr_officer)
    response = client.get(URL)
    assert shown(response) == ["E100", "E200", "E400", "=E300"]
    html = response.content.decode()
    assert 'class="rb-badge rb-badge--expiring">Истекает' in html  # text with the colour
    assert "rb-badge--overdue" in html
    assert "<caption" in html and 'scope="row"' in html and 'scope="col"' in html
    assert 'data-label="Greeting"' in html
    assert "Line manager: Manager Lena" in html or "Руководитель: Manager Lena" in html
    assert "reports/board.css" in html and "<style" not in html
    assert response.context["board"].totals.overdue == 1


def test_a_superuser_sees_everyone(client, org):
    client.force_login(UserFactory(is_superuser=True, is_staff=True))
    assert len(shown(client.get(URL))) == 4


def test_a_line_manager_sees_only_their_team(client, org):
    client.force_login(org.lena)
    response = client.get(URL)
    assert shown(response) == ["E100", "E200", "=E300"]
    assert "Delta" not in response.content.decode()
    # Asking for another manager's team is an invalid choice: nothing is shown at all.
    response = client.get(URL, {"line_manager": org.max.pk})
    assert shown(response) == []
    assert "Delta" not in response.content.decode()
    assert response.context["form"].errors["line_manager"]
    # Only themselves among the line managers to choose from.
    assert list(response.context["form"].fields["line_manager"].queryset) == [org.lena]


def test_a_line_manager_without_a_team_sees_an_empty_board(client, org):
    client.force_login(manager_user())
    assert shown(client.get(URL)) == []


@pytest.mark.parametrize("group", [roles.TRAINERS, roles.EMPLOYEES])
def test_trainers_get_403_and_employees_no_admin(client, org, group):
    user = UserFactory()
    user.groups.add(Group.objects.get(name=group))
    client.force_login(user)
    for name in ("board", "board_csv", "board_xlsx"):
        response = client.get(reverse(f"reports_admin:{name}"))
        if group == roles.TRAINERS:
            assert response.status_code == 403
        else:  # no admin access at all: Wagtail sends them to sign in, as everywhere in /admin/
            assert response.status_code == 302 and "login" in response["Location"]
        assert b"Alpha" not in b"".join(getattr(response, "streaming_content", [response.content]))


def test_anonymous_is_sent_to_sign_in(client, org):
    response = client.get(URL)
    assert response.status_code == 302 and "login" in response["Location"]


def test_filters_through_the_form(client, hr_officer, org):
    client.force_login(hr_officer)
    assert shown(client.get(URL, {"department": org.warehouse.pk})) == ["E400"]
    assert shown(client.get(URL, {"status": "overdue"})) == ["E100"]
    assert shown(client.get(URL, {"status": State.EXPIRED, "q": ""})) == ["=E300"]
    assert shown(client.get(URL, {"course": org.returns.pk})) == ["E100", "E200"]
    assert shown(client.get(URL, {"job_role": org.cashier.pk})) == ["E200"]
    assert shown(client.get(URL, {"line_manager": org.max.pk})) == ["E400"]
    assert shown(client.get(URL, {"q": "Beta"})) == ["E200"]


def test_the_form_is_labelled_and_the_export_links_keep_the_filters(client, hr_officer, org):
    client.force_login(hr_officer)
    html = client.get(URL, {"department": org.sales.pk, "page": 1}).content.decode()
    for field in ("q", "department", "job_role", "line_manager", "status", "course"):
        assert f'<label for="id_{field}">' in html
    assert "<legend" in html and 'method="get"' in html
    query = f"department={org.sales.pk}"
    assert f'{reverse("reports_admin:board_csv")}?{query}"' in html
    assert f'{reverse("reports_admin:board_xlsx")}?{query}"' in html


def test_pages_of_fifty_people(client, hr_officer, org):
    from tests.lms.staff.factories import EmployeeProfileFactory

    EmployeeProfileFactory.create_batch(50, department=org.sales)
    client.force_login(hr_officer)
    first = client.get(URL)
    assert len(shown(first)) == 50
    assert "page=2" in first.content.decode()
    assert first.context["board"].totals.people == 54
    second = client.get(URL, {"page": 2, "department": org.sales.pk})
    assert len(shown(second)) == 3  # 53 active sales people: Anna, Boris, Clara and the 50
    assert "page=1" in second.content.decode()


def test_the_reports_menu_offers_the_board_to_hr_and_line_managers_only(
    client, hr_officer, trainer, org
):
    for user, offered in ((hr_officer, True), (org.lena, True), (trainer, False)):
        client.force_login(user)
        assert (URL in client.get(reverse("wagtailadmin_home")).content.decode()) is offered


def test_line_managers_and_hr_hold_the_board_permissions(hr_officer, org):
    assert hr_officer.has_perm("reports.view_board")
    assert org.lena.has_perm("reports.view_team_board") and not org.lena.has_perm(
        "reports.view_board"
    )
    assert org.lena.has_perm("wagtailadmin.access_admin")


def test_the_board_request_uses_the_same_number_of_queries_for_10_and_100_people(
    client, hr_officer, org, django_assert_num_queries
):
    """The whole admin request, filters and menu included: as many queries for 100 people as
    for 10. The 10 000 people × 50 courses case is measured by `make bench` (tests/bench.py)."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from lms.certification.models import CourseStatus
    from tests.lms.staff.factories import EmployeeProfileFactory

    def grow(count):
        profiles = EmployeeProfileFactory.create_batch(count, department=org.sales)
        CourseStatus.objects.bulk_create(
            CourseStatus(user=p.user, course=c, state=State.ASSIGNED, required=True)
            for p in profiles
            for c in (org.greeting, org.returns)
        )

    client.force_login(hr_officer)
    params = {"department": org.sales.pk, "status": State.ASSIGNED}
    grow(6)
    client.get(URL, params)  # warm caches (site, locale) once
    with CaptureQueriesContext(connection) as small:
        assert len(shown(client.get(URL, params))) == 7
    grow(90)
    with django_assert_num_queries(len(small)):
        assert len(shown(client.get(URL, params))) == 50


def test_totals_name_their_unit_people_or_course_assignments(client, hr_officer, org):
    client.force_login(hr_officer)
    response = client.get(URL, HTTP_ACCEPT_LANGUAGE="ru")
    totals = response.context["board"].totals
    assert (totals.people, totals.overdue) == (4, 1)
    html = " ".join(response.content.decode().split())
    assert "<strong>4 человека</strong>" in html
    assert "<strong>1 назначение курса</strong> просрочено" in html
    # People are counted once, pairs of a person and a course everywhere else.
    assert html.count("назначени") >= 6
