"""Line managers find "My team" in the top menu and land there after signing in."""

import pytest
from django.urls import reverse
from django.utils.translation import gettext, override

from tests.lms.factories import PASSWORD, UserFactory
from tests.lms.staff.factories import EmployeeProfileFactory

pytestmark = pytest.mark.django_db


def menu(html):
    return html.split('<nav class="main-nav"', 1)[1].split("</nav>", 1)[0]


@pytest.fixture
def manager(db):
    boss = UserFactory()
    EmployeeProfileFactory(line_manager=boss)
    return boss


def my_team():
    with override("ru"):
        return gettext("My team")


def test_a_line_manager_has_my_team_in_the_menu(client, manager):
    client.force_login(manager)
    nav = menu(client.get(reverse("lms:dashboard")).content.decode())
    assert f'href="{reverse("records:team")}"' in nav and my_team() in nav
    nav = menu(client.get(reverse("records:team")).content.decode())
    assert f'<a href="{reverse("records:team")}" aria-current="page">' in nav


def test_someone_without_a_team_has_no_such_item(client, employee):
    client.force_login(employee)
    nav = menu(client.get(reverse("lms:dashboard")).content.decode())
    assert reverse("records:team") not in nav


def test_a_new_report_shows_the_item_at_once(client, employee):
    client.force_login(employee)
    assert reverse("records:team") not in menu(
        client.get(reverse("lms:dashboard")).content.decode()
    )
    EmployeeProfileFactory(line_manager=employee)
    assert reverse("records:team") in menu(client.get(reverse("lms:dashboard")).content.decode())


def test_a_line_manager_lands_on_my_team(client, manager):
    response = client.post(reverse("login"), {"username": manager.username, "password": PASSWORD})
    assert response.status_code == 302
    assert response["Location"] == reverse("records:team")


def test_next_still_wins_for_a_line_manager(client, manager):
    response = client.post(
        reverse("login"),
        {"username": manager.username, "password": PASSWORD, "next": reverse("lms:search")},
    )
    assert response["Location"] == reverse("lms:search")
