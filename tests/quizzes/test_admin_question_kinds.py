"""The question editor shows and keeps only the fields of the chosen kind."""

import re

import pytest
from django.urls import reverse
from wagtail.test.utils.form_data import inline_formset, nested_form_data

from quizzes.models import Question

pytestmark = pytest.mark.django_db


def form(kind, answers=(), **fields):
    return nested_form_data(
        {
            "kind": kind,
            "content": "Клиента приветствуют в течение десяти секунд?",
            "explanation": "",
            "answer_order": "random",
            **fields,
            "answers": inline_formset(list(answers)),
        }
    )


def test_the_editor_loads_a_static_script_and_marks_each_kinds_panel(client, trainer):
    client.force_login(trainer)
    page = client.get(reverse("wagtailsnippets_quizzes_question:add")).content.decode()
    assert re.search(r'<script src="[^"]*quizzes/js/question-kind\.js"', page)
    assert 'data-quiz-kind="multiple_choice"' in page and 'data-quiz-kind="true_false"' in page


def test_a_true_false_question_keeps_no_multiple_choice_options(client, trainer):
    client.force_login(trainer)
    response = client.post(
        reverse("wagtailsnippets_quizzes_question:add"),
        form("true_false", select_all="on", true_false_correct="on"),
    )
    assert response.status_code == 302
    question = Question.objects.get()
    assert question.true_false_correct and not question.select_all


@pytest.mark.parametrize("kind", ["multiple_choice", "essay"])
def test_other_kinds_keep_no_true_false_answer(client, trainer, kind):
    client.force_login(trainer)
    answers = (
        [{"content": "Да", "correct": "on"}, {"content": "Нет", "correct": ""}]
        if kind == "multiple_choice"
        else []
    )
    response = client.post(
        reverse("wagtailsnippets_quizzes_question:add"),
        form(
            kind,
            answers,
            true_false_correct="on",
            **({"select_all": "on"} if kind == "essay" else {}),
        ),
    )
    assert response.status_code == 302
    question = Question.objects.get()
    assert not question.true_false_correct
    assert not question.select_all
