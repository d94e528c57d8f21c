"""The product's languages on the quiz and role-play players.

Every other test here runs in English (see conftest.py); these run with the real default: an
unprefixed URL is Russian whatever the browser asks for, /de/ is German. The expected texts are
the msgstr of the catalogues under quizzes/locale and quizzes/scenarios/locale.
"""

import pytest
from django.urls import reverse

from quizzes import services
from quizzes.scenarios import services as scenario_services
from tests.quizzes.factories import (
    make_quiz,
    multiple_choice,
    option_tokens,
    true_false,
    wrong_answer,
)
from tests.quizzes.scenarios.factories import choice_token, make_scenario

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("russian_default")]


@pytest.fixture
def player(client, employee):
    client.force_login(employee)
    return client


def test_russian_is_the_default(settings):
    assert settings.LANGUAGE_CODE == "ru"


@pytest.mark.parametrize("accept_language", ["", "en", "de"])
def test_an_unprefixed_quiz_page_is_russian_whatever_the_browser_asks(player, accept_language):
    quiz = make_quiz()
    headers = {"Accept-Language": accept_language} if accept_language else {}
    html = player.get(reverse("quizzes:detail", args=[quiz.slug]), headers=headers)
    html = html.content.decode()
    assert '<html lang="ru">' in html
    assert "Начать тест" in html
    assert "Start the quiz" not in html and "Quiz starten" not in html


def test_the_quiz_feedback_is_russian(player, employee):
    first = multiple_choice(correct=("Поздороваться",), wrong=("Промолчать",))
    quiz = make_quiz([first, true_false()])
    sitting = services.start_sitting(employee, quiz)
    take = reverse("quizzes:take", args=[quiz.slug, sitting.pk])
    token = option_tokens(sitting, first)[wrong_answer(first)]
    response = player.post(take, {"question": first.pk, "answer": token})
    assert response.status_code == 302
    html = player.get(response["Location"]).content.decode()
    assert "Не совсем." in html
    assert "Вопрос 2 из 2" in html
    assert "Not quite." not in html


def test_the_quiz_page_under_de_is_german(player):
    quiz = make_quiz()
    html = player.get("/de" + reverse("quizzes:detail", args=[quiz.slug])).content.decode()
    assert '<html lang="de">' in html
    assert "Quiz starten" in html
    assert "Начать тест" not in html


@pytest.mark.parametrize("accept_language", ["", "en", "de"])
def test_an_unprefixed_role_play_page_is_russian_whatever_the_browser_asks(player, accept_language):
    make_scenario()
    headers = {"Accept-Language": accept_language} if accept_language else {}
    html = player.get("/roleplays/pizza-queue/", headers=headers).content.decode()
    assert '<html lang="ru">' in html
    assert "Ролевая игра" in html and "Вводная" in html
    assert "Начать ролевую игру" in html
    assert "Start the role-play" not in html and "Rollenspiel starten" not in html


def test_the_role_play_player_is_russian(player, employee):
    scenario = make_scenario()
    attempt = scenario_services.start_attempt(employee, scenario)
    url = f"/roleplays/play/{attempt.pk}/"
    response = player.post(url, {"step": "s1", "choice": choice_token(attempt, "s1", 1)})
    assert response["Location"] == url
    html = player.get(url).content.decode()
    assert "+2 балла" in html
    assert "Что вы ответите?" in html and "Ответить" in html
    assert "+2 points" not in html and "What do you answer?" not in html


def test_the_role_play_under_de_is_german(player, employee):
    scenario = make_scenario()
    html = player.get("/de/roleplays/pizza-queue/").content.decode()
    assert '<html lang="de">' in html
    assert "Rollenspiel starten" in html and "Ausgangslage" in html
    attempt = scenario_services.start_attempt(employee, scenario)
    url = f"/de/roleplays/play/{attempt.pk}/"
    response = player.post(url, {"step": "s1", "choice": choice_token(attempt, "s1", 1)})
    assert response["Location"] == url
    html = player.get(url).content.decode()
    assert "+2 Punkte" in html and "Was antworten Sie?" in html
    assert "Что вы ответите?" not in html


@pytest.mark.parametrize(
    "prefix, count, expected",
    [
        ("", 1, "<strong>1</strong> вопрос<"),
        ("", 3, "<strong>3</strong> вопроса<"),
        ("", 8, "<strong>8</strong> вопросов<"),
        ("", 21, "<strong>21</strong> вопрос<"),
        ("/de", 1, "<strong>1</strong> Frage<"),
        ("/de", 8, "<strong>8</strong> Fragen<"),
    ],
)
def test_counts_on_the_quiz_page_use_real_plural_forms(player, prefix, count, expected):
    quiz = make_quiz(
        [true_false() for _ in range(count)], time_limit_minutes=count, max_attempts=count
    )
    html = player.get(prefix + reverse("quizzes:detail", args=[quiz.slug])).content.decode()
    assert expected in html
    forms = {
        "": {1: ("минута", "попытка"), 3: ("минуты", "попытки"), 8: ("минут", "попыток")},
        "/de": {1: ("Minute", "Versuch erlaubt"), 8: ("Minuten", "Versuche erlaubt")},
    }
    minutes, attempts = forms[prefix].get(count % 20 if prefix == "" and count > 20 else count)
    assert f"<strong>{count}</strong> {minutes}<" in html
    assert f"<strong>{count}</strong> {attempts}<" in html
