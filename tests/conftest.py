"""Shared fixtures: a catalogue as the site's root, people in roles."""

import pytest
from django.contrib.auth.models import Group

from lms import roles
from tests.courses.factories import make_catalogue
from tests.lms.factories import UserFactory


@pytest.fixture
def catalogue(db):
    return make_catalogue()


@pytest.fixture
def employee(db):
    user = UserFactory()
    user.groups.add(Group.objects.get(name=roles.EMPLOYEES))
    return user


@pytest.fixture
def trainer(db):
    user = UserFactory()
    user.groups.add(Group.objects.get(name=roles.TRAINERS))
    return user


@pytest.fixture
def hr_officer(db):
    user = UserFactory()
    user.groups.add(Group.objects.get(name=roles.HR))
    return user


@pytest.fixture
def postgres_only():
    """Skip a test of row locks under real concurrency unless the database is PostgreSQL."""
    from django.db import connection

    if connection.vendor != "postgresql":
        pytest.skip("row locks need PostgreSQL")
