"""Who sees whom: oneself, one's line manager, HR and superusers; nobody else."""

import pytest
from django.contrib.auth.models import AnonymousUser, Group

from lms import roles
from lms.staff import selectors, services
from tests.lms.factories import UserFactory
from tests.lms.staff.factories import EmployeeProfileFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def team(db):
    boss = EmployeeProfileFactory().user
    other_boss = EmployeeProfileFactory().user
    alice = EmployeeProfileFactory(line_manager=boss)
    bob = EmployeeProfileFactory(line_manager=boss)
    carol = EmployeeProfileFactory(line_manager=other_boss)
    return {"boss": boss, "other_boss": other_boss, "alice": alice, "bob": bob, "carol": carol}


def test_team_of_lists_the_managers_active_reports_only(team):
    services.deactivate(team["bob"])
    assert list(selectors.team_of(team["boss"])) == [team["alice"].user]
    assert list(selectors.team_of(team["other_boss"])) == [team["carol"].user]
    assert list(selectors.team_of(team["alice"].user)) == []
    assert list(selectors.team_of(None)) == []


def test_is_line_manager(team):
    assert selectors.is_line_manager(team["boss"])
    assert not selectors.is_line_manager(team["alice"].user)
    assert not selectors.is_line_manager(AnonymousUser())


def test_can_view_person(team, trainer, hr_officer):
    alice = team["alice"]
    assert selectors.can_view_person(alice.user, alice.user)  # self
    assert selectors.can_view_person(alice.user, alice)  # a profile works too
    assert selectors.can_view_person(team["boss"], alice)  # her line manager
    assert not selectors.can_view_person(team["other_boss"], alice)  # another manager
    assert not selectors.can_view_person(team["bob"].user, alice)  # a colleague
    assert not selectors.can_view_person(alice.user, team["boss"])  # not upwards
    assert selectors.can_view_person(hr_officer, alice)
    assert not selectors.can_view_person(trainer, alice)
    assert selectors.can_view_person(UserFactory(is_superuser=True), alice)
    assert not selectors.can_view_person(AnonymousUser(), alice)
    assert not selectors.can_view_person(None, alice)


def test_an_inactive_viewer_sees_nobody(team):
    hr = UserFactory(is_active=False)
    hr.groups.add(Group.objects.get(name=roles.HR))
    assert not selectors.can_view_person(hr, team["alice"])


@pytest.mark.parametrize(
    "facts, allowed",
    [
        ({"is_self": True}, True),
        ({"is_superuser": True}, True),
        ({"is_hr": True}, True),
        ({"manages_person": True}, True),
        ({}, False),
        ({"authenticated": False, "is_self": True, "is_hr": True}, False),
    ],
)
def test_the_rule(facts, allowed):
    base = {
        "authenticated": True,
        "is_self": False,
        "is_superuser": False,
        "is_hr": False,
        "manages_person": False,
    }
    assert selectors.may_view_person(**{**base, **facts}) is allowed
