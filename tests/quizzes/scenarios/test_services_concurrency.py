"""Row locks under real concurrency (PostgreSQL only): one path entry, one open attempt."""

import threading

import pytest
from django.db import connection

from quizzes.scenarios import services
from quizzes.scenarios.models import PathEntry, ScenarioAttempt
from tests.quizzes.scenarios.factories import choice_id, make_scenario

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True)]


@pytest.fixture(autouse=True)
def _postgres_only():
    if connection.vendor != "postgresql":
        pytest.skip("row locks need PostgreSQL")


def run_together(target, n=2):
    barrier = threading.Barrier(n)
    outcomes = []

    def worker():
        from django.db import connections

        try:
            barrier.wait()
            outcomes.append(target())
        except Exception as error:  # noqa: BLE001 - the outcome is what the test checks
            outcomes.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=worker) for _ in range(n)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return outcomes


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
