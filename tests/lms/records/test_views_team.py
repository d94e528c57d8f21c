"""The line manager's "My team": only their team, links to records and observations, fixed
queries."""

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from lms.certification.models import CourseStatus, State

from . import builders as b
from .conftest import _person

URL = reverse("records:team")


def test_a_manager_sees_only_their_team_with_links(client, manager, member, colleague, outsider):
    client.force_login(manager)
    response = client.get(URL)
    assert response.status_code == 200
    html = response.content.decode()
    assert [row["person"] for row in response.context["rows"]] == sorted(
        [member, colleague], key=lambda u: (u.last_name, u.first_name, u.profile.employee_number)
    )
    assert reverse("records:record", args=[member.pk]) in html
    assert f"{reverse('records:observe')}?person={member.pk}" in html
    assert reverse("records:record", args=[outsider.pk]) not in html
    assert outsider.get_full_name() not in html


def test_people_without_a_team_get_403(client, member, hr_officer):
    for user in (member, hr_officer):
        client.force_login(user)
        assert client.get(URL).status_code == 403


def test_counts_and_last_observation(client, manager, member, standard):
    CourseStatus.objects.create(user=member, course=standard, state=State.CERTIFIED, required=True)
    b.observation(manager, member, standard, 4)
    client.force_login(manager)
    row = client.get(URL).context["rows"][0]
    assert (row["required"], row["certified"], row["rate"]) == (1, 1, 100)
    assert row["last_observed"] == b.timezone.localdate() - b.dt.timedelta(days=4)


def test_the_dashboard_links_my_team_for_managers_only(client, manager, member):
    client.force_login(manager)
    assert URL in client.get(reverse("lms:dashboard")).content.decode()
    client.force_login(member)
    html = client.get(reverse("lms:dashboard")).content.decode()
    assert URL not in html
    assert reverse("records:record", args=[member.pk]) in html


def test_same_number_of_queries_for_a_larger_team(client, manager, member, standard, sales):
    client.force_login(manager)

    def count():
        with CaptureQueriesContext(connection) as ctx:
            assert client.get(URL).status_code == 200
        return len(ctx.captured_queries)

    small = count()
    for _ in range(8):
        person = _person(manager=manager, department=sales)
        CourseStatus.objects.create(
            user=person, course=standard, state=State.ASSIGNED, required=True
        )
        b.observation(manager, person, standard, 1)
    large = count()
    assert small == large
    assert large <= 12
