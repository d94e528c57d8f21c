"""The player: pages, one step per POST with redirects, integrity, privacy, results."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from quizzes.scenarios import services
from quizzes.scenarios.models import PathEntry, ScenarioAttempt
from tests.quizzes.scenarios.factories import choice_id, choice_token, make_scenario, play

pytestmark = pytest.mark.django_db


@pytest.fixture
def scenario(db):
    return make_scenario()


@pytest.fixture
def player(client, employee):
    client.force_login(employee)
    return client


def post_choice(client, attempt, step, choice, **extra):
    return client.post(f"/roleplays/play/{attempt.pk}/", {"step": step, "choice": choice, **extra})


def test_pages_ask_to_sign_in(client, scenario):
    response = client.get("/roleplays/pizza-queue/")
    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]


def test_scenario_page_shows_the_briefing_and_a_start_button(player, scenario):
    html = player.get("/roleplays/pizza-queue/").content.decode()
    assert "Seven people waiting" in html
    assert "seven people are waiting" in html
    assert "Irina" in html
    assert 'action="/roleplays/pizza-queue/start/"' in html


def test_unknown_or_draft_scenarios_are_not_found(player, scenario):
    assert player.get("/roleplays/nothing/").status_code == 404
    scenario.live = False
    scenario.save()
    assert player.get("/roleplays/pizza-queue/").status_code == 404
    assert player.post("/roleplays/pizza-queue/start/").status_code == 404


def test_start_redirects_to_the_attempt(player, employee, scenario):
    response = player.post("/roleplays/pizza-queue/start/")
    attempt = ScenarioAttempt.objects.get(user=employee)
    assert response.status_code == 302
    assert response["Location"] == f"/roleplays/play/{attempt.pk}/"
    assert player.get("/roleplays/pizza-queue/start/").status_code == 405


def test_the_page_shows_no_points_targets_or_feedback_before_a_choice(player, employee, scenario):
    attempt = services.start_attempt(employee, scenario)
    html = player.get(f"/roleplays/play/{attempt.pk}/").content.decode()
    assert "How long do I have to wait?" in html
    assert "I&#x27;m not paid per pizza." in html
    assert 'name="step" value="s1"' in html
    for secret in (
        "end_bad",
        "end_good",
        'value="s2"',
        "The customer hears that her time means nothing",
        "An apology and a clear time",
        "points",
        "respects-customer-time",
    ):
        assert secret not in html, secret
    assert not re.search(r"(?<![\w/-])[-+]?2(?![\w/-])", html), "points shown"


def test_one_choice_per_post_then_redirect_and_feedback(player, employee, scenario):
    attempt = services.start_attempt(employee, scenario)
    response = post_choice(player, attempt, "s1", choice_token(attempt, "s1", 1))
    assert response.status_code == 302
    assert response["Location"] == f"/roleplays/play/{attempt.pk}/"
    html = player.get(response["Location"]).content.decode()
    assert "An apology and a clear time calm the customer." in html
    assert "+2 points" in html
    assert "Can I have a drink meanwhile?" in html
    assert 'name="step" value="s2"' in html


def test_a_replayed_post_changes_nothing_and_says_so(player, employee, scenario):
    attempt = services.start_attempt(employee, scenario)
    good, bad = choice_token(attempt, "s1", 1), choice_token(attempt, "s1", 0)
    post_choice(player, attempt, "s1", good)
    response = post_choice(player, attempt, "s1", bad)
    assert response.status_code == 302
    html = player.get(response["Location"]).content.decode()
    assert "That step has already been answered." in html
    attempt.refresh_from_db()
    assert attempt.score == 2
    assert list(attempt.path.values_list("choice_id", flat=True)) == [choice_id(scenario, "s1", 1)]


def test_an_out_of_order_post_is_rejected(player, employee, scenario):
    attempt = services.start_attempt(employee, scenario)
    post_choice(player, attempt, "s2", choice_token(attempt, "s2", 0))
    assert not PathEntry.objects.exists()


def test_a_forged_choice_is_rejected(player, employee, scenario):
    attempt = services.start_attempt(employee, scenario)
    response = post_choice(player, attempt, "s1", choice_token(attempt, "s2", 0))
    assert "Choose one of the replies." in player.get(response["Location"]).content.decode()
    assert not PathEntry.objects.exists()


def test_nobody_sees_or_continues_another_persons_attempt(client, employee, trainer, scenario):
    attempt = services.start_attempt(employee, scenario)
    client.force_login(trainer)
    assert client.get(f"/roleplays/play/{attempt.pk}/").status_code == 404
    response = post_choice(client, attempt, "s1", choice_token(attempt, "s1", 1))
    assert response.status_code == 404
    assert not PathEntry.objects.exists()


def test_the_end_shows_score_pass_ideal_path_and_replay(player, employee, scenario):
    attempt = play(services.start_attempt(employee, scenario), 1, 1)
    html = player.get(f"/roleplays/play/{attempt.pk}/").content.decode()
    assert "She eats and leaves." in html
    assert "Your score: 2 of 4 (pass score 3)." in html
    assert "Not passed" in html
    assert "The ideal path" in html
    assert "Of course, the drink is on us while you wait." in html
    assert "She tells friends about you." in html
    assert "Play again" in html
    assert 'name="choice"' not in html


def test_a_passed_attempt_says_so(player, employee, scenario):
    attempt = play(services.start_attempt(employee, scenario), 1, 0)
    html = player.get(f"/roleplays/play/{attempt.pk}/").content.decode()
    assert "Passed" in html
    assert "You followed it. Well done!" in html


def test_replay_after_the_end_starts_a_new_attempt(player, employee, scenario):
    first = play(services.start_attempt(employee, scenario), 0)
    response = player.post("/roleplays/pizza-queue/start/")
    second = ScenarioAttempt.objects.exclude(pk=first.pk).get()
    assert response["Location"] == f"/roleplays/play/{second.pk}/"


def test_the_way_back_to_the_lesson_is_kept_and_foreign_addresses_dropped(player, scenario):
    response = player.post("/roleplays/pizza-queue/start/", {"next": "/lessons/greeting/"})
    assert response["Location"].endswith("?next=%2Flessons%2Fgreeting%2F")
    html = player.get(response["Location"]).content.decode()
    assert 'href="/lessons/greeting/"' in html
    assert 'name="next" value="/lessons/greeting/"' in html
    response = player.post("/roleplays/pizza-queue/start/", {"next": "https://evil.example/"})
    assert "next" not in response["Location"]


def test_the_scenario_page_offers_to_continue_an_open_attempt(player, employee, scenario):
    attempt = services.start_attempt(employee, scenario)
    html = player.get("/roleplays/pizza-queue/").content.decode()
    assert f'href="/roleplays/play/{attempt.pk}/"' in html
    assert "Continue the role-play" in html


def test_restart_from_the_scenario_page(player, employee, scenario):
    first = services.start_attempt(employee, scenario)
    response = player.post("/roleplays/pizza-queue/start/", {"restart": "1"})
    second = ScenarioAttempt.objects.get(status="in_progress")
    assert second != first
    assert response["Location"] == f"/roleplays/play/{second.pk}/"


def test_the_scenario_page_is_in_the_readers_language(player, scenario, russian_default):
    from wagtail.models import Locale

    english = Locale.objects.get_or_create(language_code="en")[0]
    make_scenario(locale=english, title="Seven people waiting (English)")
    assert "(English)" in player.get("/en/roleplays/pizza-queue/").content.decode()
    assert "(English)" not in player.get("/roleplays/pizza-queue/").content.decode()


def queries(client, url):
    client.get(url)  # warm per-process caches (the menu's "has a team", site root paths)
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


def test_attempt_page_queries_do_not_grow_with_the_path(player, employee, scenario):
    short = services.start_attempt(employee, scenario)
    small = queries(player, f"/roleplays/play/{short.pk}/")
    long = play(services.start_attempt(employee, scenario, restart=True), 1)
    assert queries(player, f"/roleplays/play/{long.pk}/") == small
    done = play(long, 0)
    finished = queries(player, f"/roleplays/play/{done.pk}/")
    # The result adds one query, whatever the path: certificates the person has just earned.
    assert finished == small + 1


def test_scenario_page_queries_do_not_grow_with_attempts(player, employee, scenario):
    small = queries(player, "/roleplays/pizza-queue/")
    for _ in range(4):
        play(services.start_attempt(employee, scenario), 0)
    assert queries(player, "/roleplays/pizza-queue/") == small
