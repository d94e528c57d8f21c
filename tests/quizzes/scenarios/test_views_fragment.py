"""The player's fragment answers (player.js): the same player HTML for the new state, never JSON,
with the same integrity as the redirecting form: stale and forged steps refused, CSRF enforced."""

import re

import pytest
from django.test import Client

from quizzes.scenarios import services
from quizzes.scenarios.models import PathEntry, ScenarioAttempt
from tests.quizzes.scenarios.factories import choice_id, choice_token, make_scenario, play

pytestmark = pytest.mark.django_db

FETCH = {"headers": {"X-Requested-With": "fetch"}}


@pytest.fixture
def scenario(db):
    return make_scenario()


@pytest.fixture
def player(client, employee):
    client.force_login(employee)
    return client


@pytest.fixture
def attempt(employee, scenario):
    return services.start_attempt(employee, scenario)


def fetch_choice(client, attempt, step, choice, url_suffix="", **data):
    return client.post(
        f"/roleplays/play/{attempt.pk}/{url_suffix}",
        {"step": step, "choice": choice, **data},
        **FETCH,
    )


def test_a_fetched_choice_answers_with_the_player_not_a_redirect(player, attempt, scenario):
    response = fetch_choice(player, attempt, "s1", choice_token(attempt, "s1", 1))
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/html")
    assert "X-Requested-With" in response["Vary"]
    assert "no-store" in response["Cache-Control"]
    html = response.content.decode()
    # Only the player include: no page around it, no script, but the whole dialogue so far.
    assert html.lstrip().startswith('<div class="scenario-player"')
    assert "<html" not in html and "<script" not in html
    assert "I&#x27;m sorry for the wait." in html
    assert "An apology and a clear time calm the customer." in html
    assert "+2 points" in html
    assert "Can I have a drink meanwhile?" in html
    assert 'name="step" value="s2"' in html
    assert 'id="last-feedback"' in html
    assert 'aria-describedby="last-feedback current-line"' in html
    attempt.refresh_from_db()
    assert attempt.current_step == "s2"
    assert attempt.score == 2


def test_the_query_parameter_asks_for_the_fragment_too(player, attempt, scenario):
    response = player.post(
        f"/roleplays/play/{attempt.pk}/?fragment=1",
        {"step": "s1", "choice": choice_token(attempt, "s1", 1)},
    )
    assert response.status_code == 200
    assert 'name="step" value="s2"' in response.content.decode()


def test_without_the_header_the_form_still_redirects(player, attempt, scenario):
    response = player.post(
        f"/roleplays/play/{attempt.pk}/", {"step": "s1", "choice": choice_token(attempt, "s1", 1)}
    )
    assert response.status_code == 302


def test_the_fragment_shows_no_points_targets_or_feedback_of_replies_not_chosen(
    player, attempt, scenario
):
    html = fetch_choice(player, attempt, "s1", choice_token(attempt, "s1", 1)).content.decode()
    # The next step's replies are offered, but nothing about where they lead or what they earn.
    assert "Of course, the drink is on us while you wait." in html
    assert "Drinks are at the other counter." in html
    for secret in (
        "end_bad",
        "end_good",
        "end_neutral",
        "She tells friends about you.",
        "She eats and leaves.",
        "She quietly leaves.",
        "A small gesture turns waiting into care.",
        "Correct, but cold.",
        "offers-compensation",
        # The reply not chosen at s1: its feedback and points.
        "The customer hears that her time means nothing",
        "respects-customer-time",
        '"points"',
        "application/json",
    ):
        assert secret not in html, secret
    assert not re.search(r"(?<![\w/-])-2(?![\w/-])", html), "points of the reply not chosen"
    # Points appear once: the +2 of the reply that was chosen.
    assert re.findall(r"[-+]?\d+ points?", html) == ["+2 points"]


def test_the_ending_fragment_has_the_result_score_and_ideal_path(player, attempt, scenario):
    play(attempt, 1)
    response = fetch_choice(player, attempt, "s2", choice_token(attempt, "s2", 1), next="/lesson/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "She eats and leaves." in html
    assert 'id="result-heading"' in html
    assert "Your score: 2 of 4 (pass score 3)." in html
    assert "The ideal path" in html
    assert "Of course, the drink is on us while you wait." in html
    assert "Play again" in html
    assert 'href="/lesson/"' in html  # the way back to the lesson is kept
    assert 'name="choice"' not in html
    attempt.refresh_from_db()
    assert attempt.status == "finished"


def test_a_stale_step_via_the_fragment_is_refused_and_shows_where_the_dialogue_is(
    player, attempt, scenario
):
    good, bad = choice_token(attempt, "s1", 1), choice_token(attempt, "s1", 0)
    fetch_choice(player, attempt, "s1", good)
    response = fetch_choice(player, attempt, "s1", bad)
    assert response.status_code == 409
    html = response.content.decode()
    assert "That step has already been answered." in html
    assert "data-notice" in html
    assert 'name="step" value="s2"' in html
    attempt.refresh_from_db()
    assert attempt.score == 2
    assert list(attempt.path.values_list("choice_id", flat=True)) == [choice_id(scenario, "s1", 1)]
    # The notice is in the fragment, not left behind for the next page.
    assert (
        "That step has already been answered."
        not in player.get(f"/roleplays/play/{attempt.pk}/").content.decode()
    )


def test_an_out_of_order_step_via_the_fragment_is_refused(player, attempt, scenario):
    response = fetch_choice(player, attempt, "s2", choice_token(attempt, "s2", 0))
    assert response.status_code == 409
    assert not PathEntry.objects.exists()
    assert 'name="step" value="s1"' in response.content.decode()


def test_a_forged_choice_via_the_fragment_is_refused(player, attempt, scenario):
    response = fetch_choice(player, attempt, "s1", choice_token(attempt, "s2", 0))
    assert response.status_code == 400
    assert "Choose one of the replies." in response.content.decode()
    assert not PathEntry.objects.exists()


def test_a_choice_after_the_end_via_the_fragment_is_refused(player, attempt, scenario):
    play(attempt, 0)
    response = fetch_choice(player, attempt, "s1", choice_token(attempt, "s1", 1))
    assert response.status_code == 409
    html = response.content.decode()
    assert "This role-play is already over." in html
    assert 'id="result-heading"' in html
    assert PathEntry.objects.count() == 1


def test_nobody_continues_another_persons_attempt_via_the_fragment(
    client, trainer, attempt, scenario
):
    client.force_login(trainer)
    response = fetch_choice(client, attempt, "s1", choice_token(attempt, "s1", 1))
    assert response.status_code == 404
    assert not PathEntry.objects.exists()


def test_signed_out_the_fragment_path_asks_to_sign_in(client, attempt, scenario):
    response = fetch_choice(client, attempt, "s1", choice_token(attempt, "s1", 1))
    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]


def test_csrf_is_enforced_on_the_fragment_path(employee, attempt, scenario):
    browser = Client(enforce_csrf_checks=True)
    browser.force_login(employee)
    page = browser.get(f"/roleplays/play/{attempt.pk}/").content.decode()
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page).group(1)
    choice = choice_token(attempt, "s1", 1)

    refused = fetch_choice(browser, attempt, "s1", choice)
    assert refused.status_code == 403
    assert not PathEntry.objects.exists()

    accepted = fetch_choice(browser, attempt, "s1", choice, csrfmiddlewaretoken=token)
    assert accepted.status_code == 200
    # The fragment carries a token for the next step's form.
    assert 'name="csrfmiddlewaretoken"' in accepted.content.decode()
    assert ScenarioAttempt.objects.get(pk=attempt.pk).current_step == "s2"


def test_the_page_loads_the_player_script_from_this_site(player, attempt):
    html = player.get(f"/roleplays/play/{attempt.pk}/").content.decode()
    assert re.search(r'<script src="/static/scenarios/player\.js" defer></script>', html)
    assert "onclick" not in html and "onsubmit" not in html
    assert "<script>" not in html


def test_the_player_script_is_a_local_file_that_asks_for_the_fragment():
    from pathlib import Path

    from django.contrib.staticfiles import finders

    path = finders.find("scenarios/player.js")
    assert path, "player.js is missing from the static files"
    source = Path(path).read_text(encoding="utf-8")
    assert '"X-Requested-With": "fetch"' in source
    assert not re.search(r"https?://", source), "no CDN or other origin"
    assert ".json()" not in source
