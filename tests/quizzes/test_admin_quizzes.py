"""The quizzes' admin: trainers manage quizzes, questions and categories, mark essays, read
reports; employees and HR do not."""

import pytest
from django.urls import reverse
from wagtail.test.utils.form_data import inline_formset, nested_form_data

from quizzes import services
from quizzes.models import Answer, Question, Quiz, QuizQuestion, SittingAnswer
from tests.quizzes.factories import correct_answer, essay, make_quiz, true_false

pytestmark = pytest.mark.django_db


def sat(user, quiz):
    sitting = services.start_sitting(user, quiz)
    for qid in sitting.question_ids:
        question = Question.objects.get(pk=qid)
        services.submit_answer(sitting, question, correct_answer(question))
    sitting.refresh_from_db()
    return sitting


@pytest.mark.parametrize(
    "url",
    [
        "wagtailsnippets_quizzes_quiz:list",
        "wagtailsnippets_quizzes_quiz:add",
        "wagtailsnippets_quizzes_question:list",
        "wagtailsnippets_quizzes_question:add",
        "wagtailsnippets_quizzes_category:list",
        "wagtailsnippets_quizzes_category:add",
        "quizzes_admin:marking",
    ],
)
def test_trainers_manage_quizzes_and_others_do_not(client, trainer, employee, hr_officer, url):
    client.force_login(trainer)
    assert client.get(reverse(url)).status_code == 200
    for other in (employee, hr_officer):
        client.force_login(other)
        assert client.get(reverse(url)).status_code in (302, 403)


def test_a_trainer_edits_a_quiz_with_its_questions(client, trainer):
    quiz = make_quiz()
    client.force_login(trainer)
    page = client.get(reverse("wagtailsnippets_quizzes_quiz:edit", args=[quiz.pk]))
    assert page.status_code == 200
    assert "quiz_questions" in page.content.decode()


def question_form(kind, answers, **fields):
    return nested_form_data(
        {
            "kind": kind,
            "content": "Что сказать клиенту первым?",
            "explanation": "",
            "answer_order": "none",
            **fields,
            "answers": inline_formset(answers),
        }
    )


def test_a_trainer_adds_a_multiple_choice_question_with_answers(client, trainer):
    client.force_login(trainer)
    response = client.post(
        reverse("wagtailsnippets_quizzes_question:add"),
        question_form(
            "multiple_choice",
            [
                {"content": "Здравствуйте!", "correct": "on"},
                {"content": "Чего вам?", "correct": ""},
            ],
        ),
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    question = Question.objects.get()
    assert [(a.content, a.correct) for a in question.answers.order_by("sort_order")] == [
        ("Здравствуйте!", True),
        ("Чего вам?", False),
    ]


@pytest.mark.parametrize(
    ("kind", "answers", "error"),
    [
        ("multiple_choice", [{"content": "Один", "correct": "on"}], "at least two answers"),
        (
            "multiple_choice",
            [{"content": "А", "correct": ""}, {"content": "Б", "correct": ""}],
            "at least one answer as correct",
        ),
        ("true_false", [{"content": "А", "correct": "on"}], "Only multiple-choice"),
    ],
)
def test_question_answers_are_checked(client, trainer, kind, answers, error):
    client.force_login(trainer)
    response = client.post(
        reverse("wagtailsnippets_quizzes_question:add"), question_form(kind, answers)
    )
    assert response.status_code == 200
    assert error in response.content.decode()
    assert not Question.objects.exists() and not Answer.objects.exists()


def test_the_quiz_admin_refuses_a_pass_mark_over_100(client, trainer):
    question = true_false()
    client.force_login(trainer)
    response = client.post(
        reverse("wagtailsnippets_quizzes_quiz:add"),
        nested_form_data(
            {
                "title": "Тест",
                "slug": "test",
                "description": "",
                "pass_mark": "101",
                "success_text": "",
                "fail_text": "",
                "quiz_questions": inline_formset([{"question": question.pk}]),
            }
        ),
    )
    assert response.status_code == 200
    assert not Quiz.objects.exists()


def test_a_trainer_creates_a_quiz_choosing_questions(client, trainer):
    first, second = true_false(), essay()
    client.force_login(trainer)
    response = client.post(
        reverse("wagtailsnippets_quizzes_quiz:add"),
        nested_form_data(
            {
                "title": "Тест",
                "slug": "test",
                "description": "",
                "pass_mark": "80",
                "success_text": "",
                "fail_text": "",
                "single_attempt": "on",
                "quiz_questions": inline_formset([{"question": second.pk}, {"question": first.pk}]),
            }
        ),
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    quiz = Quiz.objects.get()
    assert quiz.exam_paper  # forced by single attempt
    assert list(
        QuizQuestion.objects.filter(quiz=quiz)
        .order_by("sort_order")
        .values_list("question", flat=True)
    ) == [second.pk, first.pk]


def test_the_marking_queue_lists_essays_and_one_click_marks(client, trainer, employee):
    quiz = make_quiz([essay(content="Как вы встретите клиента?"), true_false()], exam_paper=True)
    sitting = sat(employee, quiz)
    assert sitting.score == 1
    client.force_login(trainer)
    page = client.get(reverse("quizzes_admin:marking")).content.decode()
    assert "Как вы встретите клиента?" in page
    assert correct_answer(essay()) in page  # the person's essay text
    answer = SittingAnswer.objects.get(question__kind="essay")
    response = client.post(reverse("quizzes_admin:mark", args=[answer.pk]), {"correct": "1"})
    assert response.status_code == 302
    sitting.refresh_from_db()
    assert (sitting.score, sitting.percent) == (2, 100)
    page = client.get(reverse("quizzes_admin:marking")).content.decode()
    assert "No essays are waiting" in page


def test_marking_refuses_other_people_and_gets(client, employee, trainer):
    quiz = make_quiz([essay()], exam_paper=True)
    sat(employee, quiz)
    answer = SittingAnswer.objects.get()
    client.force_login(employee)
    response = client.post(reverse("quizzes_admin:mark", args=[answer.pk]), {"correct": "1"})
    assert response.status_code in (302, 403)
    client.force_login(trainer)
    assert client.get(reverse("quizzes_admin:mark", args=[answer.pk])).status_code == 405
    answer.refresh_from_db()
    assert answer.marked_at is None


def test_marking_does_not_follow_a_foreign_next_url(client, employee, trainer):
    sat(employee, make_quiz([essay()], exam_paper=True))
    answer = SittingAnswer.objects.get()
    client.force_login(trainer)
    response = client.post(
        reverse("quizzes_admin:mark", args=[answer.pk]),
        {"correct": "0", "next": "https://evil.example.com/"},
    )
    assert response["Location"] == reverse("quizzes_admin:marking")


def test_the_quiz_report_shows_attempts_and_share_correct(client, trainer, employee, hr_officer):
    first, second = true_false(), true_false()
    quiz = make_quiz([first, second], exam_paper=True)
    sat(employee, quiz)  # both right
    sitting = services.start_sitting(trainer, quiz)
    services.submit_answer(sitting, first, not first.true_false_correct)
    services.submit_answer(sitting, second, second.true_false_correct)
    client.force_login(trainer)
    page = client.get(reverse("quizzes_admin:report", args=[quiz.pk])).content.decode()
    assert employee.get_username() in page or employee.get_full_name() in page
    assert "50 %" in page and "100 %" in page
    listing = client.get(reverse("wagtailsnippets_quizzes_quiz:list")).content.decode()
    assert reverse("quizzes_admin:report", args=[quiz.pk]) in listing
    client.force_login(employee)
    assert client.get(reverse("quizzes_admin:report", args=[quiz.pk])).status_code in (302, 403)
