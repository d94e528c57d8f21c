"""Motivation on the dashboard: an earned badge shows, the department's rate, and the leaderboard
that an administrator can switch off. The panel runs a fixed number of queries."""

from django.db import connection
from django.template import Context, Template
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail.models import Site

from lms.certification.models import CourseStatus, State
from lms.records.models import MotivationSettings
from tests.lms.staff.factories import DepartmentFactory

from . import builders as b
from .conftest import _person

DASHBOARD = reverse("lms:dashboard")


def test_the_dashboard_shows_an_earned_badge(client, member, standard):
    b.certificate(member, standard, 5)
    client.force_login(member)
    html = client.get(DASHBOARD, HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert 'class="earned-badge earned-badge-first_certificate"' in html
    assert 'earned-badge-perfect_quiz"' not in html


def test_a_perfect_quiz_earns_its_badge(client, member, standard):
    b.quiz_pass(member, 1, percent=100)
    client.force_login(member)
    html = client.get(DASHBOARD).content.decode()
    assert 'earned-badge-perfect_quiz"' in html


def test_department_rate_and_leaderboard(client, member, colleague, standard, catalogue):
    from tests.courses.factories import make_course

    second, _ = make_course(catalogue, lessons=1)
    CourseStatus.objects.create(user=member, course=standard, state=State.CERTIFIED, required=True)
    CourseStatus.objects.create(
        user=colleague, course=standard, state=State.ASSIGNED, required=True
    )
    CourseStatus.objects.create(user=colleague, course=second, state=State.EXPIRING, required=True)
    warehouse = DepartmentFactory(name="Склад", code="warehouse")
    keeper = _person(department=warehouse)
    CourseStatus.objects.create(user=keeper, course=standard, state=State.CERTIFIED, required=True)
    client.force_login(member)
    response = client.get(DASHBOARD)
    html = response.content.decode()
    assert "<strong>67 %</strong>" in html  # 2 of 3 required certified on the sales floor
    board = html.split('class="data leaderboard"')[1].split("</table>")[0]
    assert board.index("Склад") < board.index("Торговый зал")
    assert "<caption>" in board and 'scope="col"' in board


def test_the_leaderboard_is_hidden_when_switched_off(client, member, standard):
    CourseStatus.objects.create(user=member, course=standard, state=State.CERTIFIED, required=True)
    client.force_login(member)
    assert 'class="data leaderboard"' in client.get(DASHBOARD).content.decode()
    site = Site.objects.get(is_default_site=True)
    settings = MotivationSettings.for_site(site)
    settings.show_leaderboard = False
    settings.save()
    html = client.get(DASHBOARD).content.decode()
    assert 'class="data leaderboard"' not in html
    assert "<strong>100 %</strong>" in html  # the department's own rate stays


def test_the_leaderboard_is_on_by_default(db):
    assert MotivationSettings().show_leaderboard is True


def _panel_queries(user):
    request = RequestFactory().get("/")
    request.user = user
    request.site = Site.objects.get(is_default_site=True)
    template = Template("{% load records_tags %}{% motivation_panel %}")
    with CaptureQueriesContext(connection) as ctx:
        html = template.render(Context({"request": request}))
    assert "motivation-title" in html
    return len(ctx.captured_queries)


def test_the_panel_runs_the_same_number_of_queries_for_more_data(member, standard, sales):
    CourseStatus.objects.create(user=member, course=standard, state=State.CERTIFIED, required=True)
    MotivationSettings.for_site(Site.objects.get(is_default_site=True))
    small = _panel_queries(member)
    for n in range(5):
        department = DepartmentFactory(name=f"Отдел {n}", code=f"dept-x{n}")
        person = _person(department=department)
        CourseStatus.objects.create(
            user=person, course=standard, state=State.CERTIFIED, required=True
        )
        b.certificate(member, standard, 10 + n)
        b.quiz_pass(member, 1, title=f"Тест {n}", percent=90 + n)
        b.roleplay(member, 1, slug=f"conflict-{n}", title=f"Conflict {n}")
    large = _panel_queries(member)
    assert small == large
    assert large <= 8


def test_nothing_for_anonymous_visitors(db):
    from django.contrib.auth.models import AnonymousUser

    request = RequestFactory().get("/")
    request.user = AnonymousUser()
    html = Template("{% load records_tags %}{% motivation_panel %}").render(
        Context({"request": request})
    )
    assert html.strip() == ""
