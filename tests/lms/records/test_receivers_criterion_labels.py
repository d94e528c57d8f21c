"""The role-play result shows the standard's own wording of a criterion, not its identifier."""

import pytest

from quizzes.scenarios import services
from tests.courses.factories import make_course
from tests.quizzes.scenarios.factories import make_scenario, play

pytestmark = pytest.mark.django_db


def test_the_result_shows_the_wording_of_the_standards_checklist(client, employee, catalogue):
    course, _lessons = make_course(catalogue, lessons=1)
    course.body = [
        (
            "checklist",
            {
                "title": "At the counter",
                "criteria": [
                    {"code": "respects-customer-time", "text": "Names a clear waiting time"}
                ],
            },
        )
    ]
    course.save_revision().publish()
    scenario = make_scenario()
    scenario.standard = course
    scenario.save()
    attempt = play(services.start_attempt(employee, scenario), 0)
    client.force_login(employee)
    html = client.get(f"/roleplays/play/{attempt.pk}/").content.decode()
    assert "Names a clear waiting time" in html
    assert "respects-customer-time" not in html
