"""The quiz block in a lesson: a card to take the quiz; a draft quiz only for its editors."""

import pytest
from django.contrib.auth.models import AnonymousUser
from django.test import RequestFactory

from quizzes.blocks import QuizBlock
from tests.quizzes.factories import make_quiz

pytestmark = pytest.mark.django_db


def render(quiz, user, **extra):
    block = QuizBlock()
    request = RequestFactory().get("/")
    request.user = user
    from django.contrib.auth.context_processors import PermWrapper

    context = {"request": request, "perms": PermWrapper(user)}
    return block.render(block.to_python({"quiz": quiz.pk, **extra}), context=context)


def test_a_published_quiz_shows_a_card_with_its_link(employee):
    quiz = make_quiz(title="Итоговый тест", description="Десять вопросов о встрече клиента.")
    html = render(quiz, employee)
    assert "Итоговый тест" in html and "Десять вопросов" in html
    assert f"/quizzes/{quiz.slug}/" in html


def test_heading_and_intro_override_the_quizs_own(employee):
    quiz = make_quiz(title="Итоговый тест")
    html = render(quiz, employee, heading="Проверьте себя", intro="Пять минут.")
    assert "Проверьте себя" in html and "Пять минут." in html
    assert "Итоговый тест" not in html


def test_a_draft_quiz_is_hidden_from_employees_and_shown_to_trainers(employee, trainer):
    quiz = make_quiz(title="Черновик теста", draft=True)
    for user in (employee, AnonymousUser()):
        assert "Черновик теста" not in render(quiz, user)
    html = render(quiz, trainer)
    assert "Черновик теста" in html and "badge-warning" in html
