"""A demo standard announced ahead: "takes effect on" six weeks away, a revision scheduled."""

import datetime as dt

import pytest
from django.utils import timezone

from courses.models import CoursePage
from lms.demo import builders, content
from tests.courses.factories import make_course
from tests.lms.factories import UserFactory

pytestmark = pytest.mark.django_db


def test_one_demo_standard_takes_effect_one_to_two_months_ahead():
    ahead = [c for c in content.COURSES if c.get("takes_effect_in_days")]
    assert len(ahead) == 1
    assert 30 <= ahead[0]["takes_effect_in_days"] <= 60


def test_announce_sets_the_date_and_schedules_the_binding_revision(client, catalogue):
    course, _ = make_course(catalogue, lessons=1)
    course.save_revision().publish()
    summary = course.summary
    assert builders.announce(course, 42)
    effective = timezone.localdate() + dt.timedelta(days=42)
    live = CoursePage.objects.get(pk=course.pk)
    assert live.live and live.takes_effect_on == effective and not live.in_effect
    assert live.summary == summary  # what learners read now is unchanged...
    scheduled = live.revisions.filter(approved_go_live_at__isnull=False).get()
    assert timezone.localdate(scheduled.approved_go_live_at) == effective  # ...until that day
    assert "обязателен" in scheduled.as_object().summary
    # Learners see when it becomes binding.
    client.force_login(UserFactory())
    html = client.get(live.url).content.decode()
    assert effective.strftime("%Y") in html
    assert "Вступает в силу" in html or "вступает в силу" in html
    # Once only: a second run changes nothing.
    revisions = live.revisions.count()
    assert not builders.announce(CoursePage.objects.get(pk=course.pk), 42)
    assert live.revisions.count() == revisions
