"""Row locks under real concurrency (PostgreSQL only): one path entry, one open attempt."""

import pytest

from quizzes.scenarios import services
from quizzes.scenarios.models import PathEntry, ScenarioAttempt
from tests.concurrency import run_together
from tests.quizzes.scenarios.factories import choice_id, make_scenario

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.django_db(transaction=True),
    pytest.mark.usefixtures("postgres_only"),
]


def test_two_concurrent_posts_of_one_step_give_one_path_entry(employee):
    scenario = make_scenario()
    attempt = services.start_attempt(employee, scenario)
    good = choice_id(scenario, "s1", 1)
    outcomes = run_together(lambda: services.choose(attempt, "s1", good))
    assert sorted(type(o).__name__ for o in outcomes) == ["ChoiceResult", "WrongStep"]
    assert PathEntry.objects.filter(attempt=attempt).count() == 1
    attempt.refresh_from_db()
    assert attempt.score == 2


def test_two_concurrent_starts_give_one_open_attempt(employee):
    scenario = make_scenario()
    outcomes = run_together(lambda: services.start_attempt(employee, scenario).pk)
    assert len(set(outcomes)) == 1
    assert ScenarioAttempt.objects.filter(user=employee).count() == 1
