"""Bots that do not read fail every demo quiz: one always picks the first option shown, the other
the option whose value sorts lowest (what an id-order guess becomes). They play through the
quiz pages as a browser would, knowing nothing but the HTML."""

import html
import io
import re

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.urls import reverse

from lms import roles
from quizzes import signals
from quizzes.models import Question, Quiz
from tests.lms.factories import UserFactory

pytestmark = pytest.mark.django_db

RADIO = re.compile(r'<input type="(radio|checkbox)" name="answer" value="([^"]*)"')


def first_shown(values):
    return values[0]


def lowest_value(values):
    return min(values)


def play(client, quiz, pick):
    """Answer every question of one attempt with ``pick``; the essay gets a shrug."""
    response = client.post(reverse("quizzes:start", args=[quiz.slug]))
    for _question in range(100):
        location = response["Location"]
        if "/result/" in location:
            return
        page = client.get(location).content.decode()
        question = re.search(r'name="question" value="(\d+)"', page).group(1)
        values = [html.unescape(v) for _kind, v in RADIO.findall(page)]
        answer = pick(values) if values else "Не знаю."
        response = client.post(location.split("?")[0], {"question": question, "answer": answer})
        assert response.status_code == 302, page
    raise AssertionError("the attempt never ended")


@pytest.mark.parametrize("pick", [first_shown, lowest_value], ids=["first", "lowest"])
def test_a_bot_that_does_not_read_fails_every_demo_quiz(
    client, pick, django_capture_on_commit_callbacks
):
    call_command("load_demo_content", stdout=io.StringIO())
    quizzes = list(Quiz.objects.order_by("slug"))
    assert len(quizzes) >= 7
    assert all(q.random_order for q in quizzes)
    assert not Question.objects.exclude(answer_order=Question.AnswerOrder.RANDOM).exists()
    results = {}

    def record(sender, quiz, result, **kwargs):
        results[quiz.slug] = result

    signals.sitting_completed.connect(record)
    try:
        for quiz in quizzes:
            bot = UserFactory()
            bot.groups.add(Group.objects.get(name=roles.EMPLOYEES))
            client.force_login(bot)
            with django_capture_on_commit_callbacks(execute=True):
                play(client, quiz, pick)
    finally:
        signals.sitting_completed.disconnect(record)
    assert set(results) == {q.slug for q in quizzes}
    passed = {slug: f"{r.score}/{r.max_score}" for slug, r in results.items() if r.passed}
    assert passed == {}
