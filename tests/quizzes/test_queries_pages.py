"""Each quiz page runs the same number of SQL queries whatever the size of the quiz."""

import pytest
from django.urls import reverse

from quizzes import services
from tests.quizzes.factories import correct_answer, essay, make_quiz, multiple_choice, true_false

pytestmark = pytest.mark.django_db

SIZES = [3, 30]


def quiz_of(size, **kwargs):
    kinds = [multiple_choice, true_false, essay]
    return make_quiz([kinds[n % 3]() for n in range(size)], **kwargs)


def questions_of(sitting):
    from quizzes.models import Question

    by_id = {q.pk: q for q in Question.objects.filter(pk__in=sitting.question_ids)}
    return [by_id[qid] for qid in sitting.question_ids]


# Session, user, then the page's own queries.
@pytest.mark.parametrize("size", SIZES)
def test_quiz_page(client, employee, django_assert_num_queries, size):
    quiz = quiz_of(size, exam_paper=True)
    for _ in range(size // 3):
        sitting = services.start_sitting(employee, quiz)
        for question in questions_of(sitting):
            services.submit_answer(sitting, question, correct_answer(question))
    client.force_login(employee)
    with django_assert_num_queries(QUIZ_PAGE):
        assert client.get(reverse("quizzes:detail", args=[quiz.slug])).status_code == 200


@pytest.mark.parametrize("size", SIZES)
def test_question_page_with_feedback(client, employee, django_assert_num_queries, size):
    quiz = quiz_of(size)
    sitting = services.start_sitting(employee, quiz)
    questions = questions_of(sitting)
    for question in questions[: size // 2]:
        services.submit_answer(sitting, question, correct_answer(question))
    client.force_login(employee)
    url = reverse("quizzes:take", args=[quiz.slug, sitting.pk])
    with django_assert_num_queries(QUESTION_PAGE):
        response = client.get(f"{url}?after={questions[size // 2 - 1].pk}")
    assert response.status_code == 200


@pytest.mark.parametrize("size", SIZES)
def test_result_page_with_all_answers(client, employee, django_assert_num_queries, size):
    quiz = quiz_of(size, exam_paper=True, answers_at_end=True)
    sitting = services.start_sitting(employee, quiz)
    for question in questions_of(sitting):
        services.submit_answer(sitting, question, correct_answer(question))
    client.force_login(employee)
    with django_assert_num_queries(RESULT_PAGE):
        response = client.get(reverse("quizzes:result", args=[quiz.slug, sitting.pk]))
    assert response.status_code == 200


QUIZ_PAGE = 8
QUESTION_PAGE = 9
RESULT_PAGE = 11  # with the certificates just earned (lms.certification)
