"""Shuffling by default, and nothing in a question page lets a client infer the right answer:
answers are sent as opaque tokens of the attempt, never as their ids, in an order fixed when the
attempt starts (stable on reload), with no seed in the page."""

import re

import pytest
from django.urls import reverse

from quizzes import services
from quizzes.models import Question, Quiz, Sitting, SittingAnswer
from tests.quizzes.factories import make_quiz, multiple_choice, option_tokens, true_false

pytestmark = pytest.mark.django_db

ANSWERS = ("Поздороваться", "Промолчать", "Отвернуться", "Позвать старшего")


def take_url(sitting):
    return reverse("quizzes:take", args=[sitting.quiz.slug, sitting.pk])


def values_in(page):
    return re.findall(r'name="answer" value="([^"]*)"', page)


def labels_in(page):
    return [label for label in ANSWERS if label in page]


def shown_order(page):
    return sorted(labels_in(page), key=page.index)


def test_new_questions_and_quizzes_shuffle_by_default():
    assert Question().answer_order == Question.AnswerOrder.RANDOM
    assert Quiz().random_order is True


def test_the_admin_forms_default_to_shuffling(client, trainer):
    client.force_login(trainer)
    question = client.get(reverse("wagtailsnippets_quizzes_question:add")).content.decode()
    assert re.search(r'<option value="random"[^>]*selected', question)
    quiz = client.get(reverse("wagtailsnippets_quizzes_quiz:add")).content.decode()
    assert re.search(r'<input[^>]*name="random_order"[^>]*checked', quiz)


def test_the_page_sends_tokens_not_answer_ids(client, employee):
    question = multiple_choice(correct=ANSWERS[:1], wrong=ANSWERS[1:])
    sitting = services.start_sitting(employee, make_quiz([question]))
    client.force_login(employee)
    page = client.get(take_url(sitting)).content.decode()
    values = values_in(page)
    ids = {str(a.pk) for a in question.answers.all()}
    assert len(values) == 4 and not ids & set(values)
    assert all(re.fullmatch(r"[0-9a-f]{16}", v) for v in values)
    # No seed either: neither the attempt and question ids joined nor anything derived from them.
    assert f"{sitting.pk}:{question.pk}" not in page


def test_tokens_and_order_are_fixed_per_attempt_and_differ_between_attempts(client, employee):
    question = multiple_choice(correct=ANSWERS[:1], wrong=ANSWERS[1:])
    quiz = make_quiz([question], exam_paper=True)
    client.force_login(employee)
    seen = set()
    orders = set()
    for _ in range(12):
        sitting = services.start_sitting(employee, quiz)
        first = client.get(take_url(sitting)).content.decode()
        again = client.get(take_url(sitting)).content.decode()
        assert values_in(first) == values_in(again)  # stable on reload
        assert shown_order(first) == shown_order(again)
        seen.update(values_in(first))
        orders.add(tuple(shown_order(first)))
        token = option_tokens(sitting, question)[question.answers.get(correct=True).pk]
        client.post(take_url(sitting), {"question": question.pk, "answer": token})
    assert len(seen) == 48  # fresh tokens for every attempt
    assert len(orders) > 1  # shuffled: not always the order entered


def test_the_right_answer_is_not_always_first(client, employee):
    question = multiple_choice(correct=ANSWERS[:1], wrong=ANSWERS[1:])
    quiz = make_quiz([question], exam_paper=True)
    client.force_login(employee)
    first_shown = set()
    lowest_token_right = set()
    for _ in range(16):
        sitting = services.start_sitting(employee, quiz)
        page = client.get(take_url(sitting)).content.decode()
        first_shown.add(shown_order(page)[0])
        tokens = option_tokens(sitting, question)
        right = tokens[question.answers.get(correct=True).pk]
        lowest_token_right.add(min(values_in(page)) == right)
        client.post(take_url(sitting), {"question": question.pk, "answer": right})
    assert len(first_shown) > 1
    assert lowest_token_right == {True, False}


@pytest.mark.parametrize("forged", ["1", "deadbeefdeadbeef", "", "x" * 300])
def test_an_unknown_token_is_a_form_error_and_records_nothing(client, employee, forged):
    question = multiple_choice(correct=ANSWERS[:1], wrong=ANSWERS[1:])
    other = multiple_choice(correct=("Да",), wrong=("Нет",))
    quiz = make_quiz([question, true_false()], exam_paper=True, random_order=False)
    sitting = services.start_sitting(employee, quiz)
    another = services.start_sitting(employee, make_quiz([other]))
    client.force_login(employee)
    # A token of another attempt's question is as unknown here as an invented one.
    for value in (forged, next(iter(option_tokens(another, other).values()))):
        response = client.post(take_url(sitting), {"question": question.pk, "answer": value})
        assert response.status_code == 400
        page = response.content.decode()
        assert "not one of the choices shown" in page or "Choose an answer." in page
    assert not SittingAnswer.objects.exists()
    assert Sitting.objects.get(pk=sitting.pk).score == 0


def test_select_all_maps_every_token_back(client, employee):
    question = multiple_choice(correct=ANSWERS[:2], wrong=ANSWERS[2:], select_all=True)
    sitting = services.start_sitting(employee, make_quiz([question], exam_paper=True))
    tokens = option_tokens(sitting, question)
    right = [tokens[a.pk] for a in question.answers.filter(correct=True)]
    client.force_login(employee)
    response = client.post(take_url(sitting), {"question": question.pk, "answer": [*right, "0"]})
    assert response.status_code == 400 and not SittingAnswer.objects.exists()
    response = client.post(take_url(sitting), {"question": question.pk, "answer": right})
    assert response.status_code == 302
    recorded = SittingAnswer.objects.get()
    assert recorded.correct and sorted(recorded.response) == sorted(
        question.answers.filter(correct=True).values_list("pk", flat=True)
    )


def test_an_attempt_started_before_tokens_still_plays(client, employee):
    question = multiple_choice(correct=ANSWERS[:1], wrong=ANSWERS[1:])
    sitting = services.start_sitting(employee, make_quiz([question], exam_paper=True))
    Sitting.objects.filter(pk=sitting.pk).update(options={})
    client.force_login(employee)
    page = client.get(take_url(sitting)).content.decode()
    values = values_in(page)
    assert len(values) == 4 and not {str(a.pk) for a in question.answers.all()} & set(values)
    assert values == values_in(client.get(take_url(sitting)).content.decode())
    right = option_tokens(sitting, question)[question.answers.get(correct=True).pk]
    assert (
        client.post(take_url(sitting), {"question": question.pk, "answer": right}).status_code
        == 302
    )
    assert SittingAnswer.objects.get().correct
