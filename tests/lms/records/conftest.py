"""People in a small organisation (a manager with a team, a colleague, another manager) and a
standard whose criteria sit in its overview and in a lesson."""

import pytest
from django.contrib.auth.models import Group

from lms import roles
from tests.courses.factories import SAMPLE_BODY, make_course
from tests.lms.staff.factories import DepartmentFactory, EmployeeProfileFactory

COURSE_CHECKLIST = (
    "checklist",
    {
        "title": "Встреча клиента",
        "criteria": [
            {"code": "greets-customer", "text": "Приветствует клиента в течение 5 секунд"},
            {"code": "offers-help", "text": "Предлагает помощь"},
        ],
    },
)
LESSON_CHECKLIST = (
    "checklist",
    {
        "title": "Завершение",
        "criteria": [
            {"code": "says-goodbye", "text": "Прощается и приглашает снова"},
            # The same code again: counted once, the first wording wins.
            {"code": "offers-help", "text": "Предлагает помощь ещё раз"},
        ],
    },
)


def _person(manager=None, department=None, groups=(roles.EMPLOYEES,)):
    profile = EmployeeProfileFactory(
        line_manager=manager, **({"department": department} if department else {})
    )
    profile.user.groups.add(*Group.objects.filter(name__in=groups))
    return profile.user


@pytest.fixture
def sales(db):
    return DepartmentFactory(name="Торговый зал", code="sales-floor")


@pytest.fixture
def manager(sales):
    return _person(department=sales, groups=(roles.EMPLOYEES, roles.LINE_MANAGERS))


@pytest.fixture
def member(manager, sales):
    return _person(manager=manager, department=sales)


@pytest.fixture
def colleague(manager, sales):
    """In the manager's team too, but a colleague of ``member``: no business with their record."""
    return _person(manager=manager, department=sales)


@pytest.fixture
def other_manager(db):
    boss = _person(groups=(roles.EMPLOYEES, roles.LINE_MANAGERS))
    _person(manager=boss)
    return boss


@pytest.fixture
def outsider(other_manager):
    return other_manager.reports.first().user


@pytest.fixture
def standard(catalogue):
    course, lessons = make_course(catalogue, lessons=2, body=[COURSE_CHECKLIST])
    lessons[1].body = [*SAMPLE_BODY, LESSON_CHECKLIST]
    lessons[1].save_revision().publish()
    course.save_revision().publish()
    course.refresh_from_db()
    return course
