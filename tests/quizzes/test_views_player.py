"""The quiz player in the browser's shoes: who sees what, and what each page reveals."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from quizzes import services
from quizzes.models import Sitting, SittingAnswer
from tests.quizzes.factories import (
    correct_answer,
    essay,
    make_quiz,
    multiple_choice,
    option_tokens,
    true_false,
    wrong_answer,
)

pytestmark = pytest.mark.django_db

SECRET_EXPLANATION = "Клиента приветствуют в течение десяти секунд"


def detail(quiz):
    return reverse("quizzes:detail", args=[quiz.slug])


def take_url(sitting):
    return reverse("quizzes:take", args=[sitting.quiz.slug, sitting.pk])


def result_url(sitting_or_quiz, pk=None):
    if pk is None:
        return reverse("quizzes:result", args=[sitting_or_quiz.quiz.slug, sitting_or_quiz.pk])
    return reverse("quizzes:result", args=[sitting_or_quiz.slug, pk])


def post_value(sitting, question, response):
    """What the form sends for a response: "true"/"false", the essay's text, or the tokens this
    attempt gives the chosen answers (a page never carries answer ids)."""
    if isinstance(response, bool):
        return "true" if response else "false"
    if question.kind == "multiple_choice":
        tokens = option_tokens(sitting, question)
        if isinstance(response, list):
            return [tokens[pk] for pk in response]
        return tokens[response]
    return response


def answer(client, sitting, question, response):
    return client.post(
        take_url(sitting),
        {"question": question.pk, "answer": post_value(sitting, question, response)},
    )


def test_signing_in_is_required(client):
    quiz = make_quiz()
    response = client.get(detail(quiz))
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


def test_the_list_hides_drafts_from_employees(client, employee, trainer):
    make_quiz(title="Открытый тест")
    make_quiz(title="Черновик теста", draft=True)
    client.force_login(employee)
    page = client.get(reverse("quizzes:index")).content.decode()
    assert "Открытый тест" in page and "Черновик теста" not in page
    client.force_login(trainer)
    assert "Черновик теста" in client.get(reverse("quizzes:index")).content.decode()


def test_draft_quizzes_are_403_for_people_who_cannot_edit_them(client, employee, trainer):
    quiz = make_quiz(draft=True)
    client.force_login(employee)
    assert client.get(detail(quiz)).status_code == 403
    assert client.post(reverse("quizzes:start", args=[quiz.slug])).status_code == 403
    assert not Sitting.objects.exists()
    client.force_login(trainer)
    assert client.get(detail(quiz)).status_code == 200


def test_starting_needs_a_post_with_csrf(employee):
    from django.test import Client

    quiz = make_quiz()
    client = Client(enforce_csrf_checks=True)
    client.force_login(employee)
    start = reverse("quizzes:start", args=[quiz.slug])
    assert client.get(start).status_code == 405
    assert client.post(start).status_code == 403
    assert not Sitting.objects.exists()


def test_every_form_carries_a_csrf_token(client, employee):
    quiz = make_quiz()
    client.force_login(employee)
    assert "csrfmiddlewaretoken" in client.get(detail(quiz)).content.decode()
    sitting = services.start_sitting(employee, quiz)
    assert "csrfmiddlewaretoken" in client.get(take_url(sitting)).content.decode()


def test_start_then_resume(client, employee):
    quiz = make_quiz()
    client.force_login(employee)
    response = client.post(reverse("quizzes:start", args=[quiz.slug]))
    sitting = Sitting.objects.get()
    assert response["Location"] == take_url(sitting)
    assert client.post(reverse("quizzes:start", args=[quiz.slug]))["Location"] == take_url(sitting)
    assert "Continue the quiz" in client.get(detail(quiz)).content.decode()


def test_the_question_page_does_not_reveal_the_right_answer(client, employee):
    question = multiple_choice(
        correct=("Поздороваться",), wrong=("Промолчать",), explanation=SECRET_EXPLANATION
    )
    quiz = make_quiz([question, true_false(explanation=SECRET_EXPLANATION)])
    sitting = services.start_sitting(employee, quiz)
    client.force_login(employee)
    page = client.get(take_url(sitting)).content.decode()
    assert "Поздороваться" in page and "Промолчать" in page
    assert SECRET_EXPLANATION not in page
    assert "right answer" not in page and "correct" not in page.lower()
    # Asking for feedback on a question not yet answered reveals nothing either.
    page = client.get(take_url(sitting) + f"?after={question.pk}").content.decode()
    assert SECRET_EXPLANATION not in page and "right answer" not in page


def test_the_question_is_a_fieldset_with_a_legend(client, employee):
    question = multiple_choice()
    sitting = services.start_sitting(employee, make_quiz([question]))
    client.force_login(employee)
    page = client.get(take_url(sitting)).content.decode()
    assert "<fieldset" in page and f"<legend>{question.content}</legend>" in page
    assert 'type="radio"' in page


def test_select_all_questions_use_checkboxes(client, employee):
    question = multiple_choice(correct=("А", "Б"), wrong=("В",), select_all=True)
    sitting = services.start_sitting(employee, make_quiz([question], exam_paper=True))
    client.force_login(employee)
    assert 'type="checkbox"' in client.get(take_url(sitting)).content.decode()
    ids = [a.pk for a in question.answers.all() if a.correct]
    response = answer(client, sitting, question, ids)
    assert response.status_code == 302
    sitting.refresh_from_db()
    assert sitting.complete and sitting.score == 1


def test_feedback_after_each_answer(client, employee):
    first = multiple_choice(
        correct=("Поздороваться",), wrong=("Промолчать",), explanation=SECRET_EXPLANATION
    )
    quiz = make_quiz([first, true_false()])
    sitting = services.start_sitting(employee, quiz)
    client.force_login(employee)
    response = answer(client, sitting, first, wrong_answer(first))
    assert response.status_code == 302
    page = client.get(response["Location"]).content.decode()
    assert "Not quite." in page
    assert SECRET_EXPLANATION in page and "right answer" in page
    assert "Question 2 of 2" in page


def test_answers_at_the_end(client, employee):
    first, second = true_false(explanation=SECRET_EXPLANATION), true_false()
    quiz = make_quiz([first, second], answers_at_end=True, exam_paper=True)
    sitting = services.start_sitting(employee, quiz)
    client.force_login(employee)
    response = answer(client, sitting, first, wrong_answer(first))
    assert response["Location"] == take_url(sitting)
    page = client.get(take_url(sitting) + f"?after={first.pk}").content.decode()
    assert SECRET_EXPLANATION not in page and "Not quite." not in page
    response = answer(client, sitting, second, correct_answer(second))
    assert response["Location"] == result_url(sitting)
    page = client.get(response["Location"]).content.decode()
    assert SECRET_EXPLANATION in page
    assert page.count("right answer") == 2


def test_result_pass_and_fail_texts(client, employee):
    question = true_false()
    quiz = make_quiz([question], pass_mark=100, success_text="Отлично!", fail_text="Увы.")
    client.force_login(employee)
    for response, text, other in [(True, "Отлично!", "Увы."), (False, "Увы.", "Отлично!")]:
        sitting = services.start_sitting(employee, quiz)
        given = correct_answer(question) if response else wrong_answer(question)
        location = answer(client, sitting, question, given)["Location"]
        page = client.get(location).content.decode()
        assert text in page and other not in page


def test_a_quiz_that_keeps_no_attempts_shows_the_result_from_the_session(client, employee):
    question = true_false()
    quiz = make_quiz([question], success_text="Отлично!")
    sitting = services.start_sitting(employee, quiz)
    client.force_login(employee)
    location = answer(client, sitting, question, correct_answer(question))["Location"]
    assert not Sitting.objects.exists()
    page = client.get(location).content.decode()
    assert "100 %" in page and "Отлично!" in page
    # A replay of the last answer lands on the result; nothing is recorded again.
    replay = answer(client, sitting, question, wrong_answer(question))
    assert replay.status_code == 302 and replay["Location"].startswith(result_url(sitting))


def test_a_replayed_post_changes_nothing(client, employee):
    first, second = true_false(), true_false()
    quiz = make_quiz([first, second], exam_paper=True)
    sitting = services.start_sitting(employee, quiz)
    client.force_login(employee)
    answer(client, sitting, first, correct_answer(first))
    again = answer(client, sitting, first, wrong_answer(first))
    assert again.status_code == 302
    sitting.refresh_from_db()
    assert sitting.score == 1
    assert SittingAnswer.objects.filter(sitting=sitting).count() == 1


def test_nobody_reads_or_answers_into_someone_elses_sitting(client, employee, trainer):
    question = true_false()
    quiz = make_quiz([question, true_false()], exam_paper=True)
    sitting = services.start_sitting(employee, quiz)
    client.force_login(trainer)
    assert client.get(take_url(sitting)).status_code == 404
    assert answer(client, sitting, question, True).status_code == 404
    assert not SittingAnswer.objects.exists()
    client.force_login(employee)
    for q in [question, *quiz.quiz_questions.exclude(question=question)]:
        q = getattr(q, "question", q)
        answer(client, sitting, q, correct_answer(q))
    client.force_login(trainer)
    assert client.get(result_url(sitting)).status_code == 404


def test_a_question_outside_the_sitting_is_404(client, employee):
    sitting = services.start_sitting(employee, make_quiz([true_false()]))
    client.force_login(employee)
    other = true_false()
    assert answer(client, sitting, other, True).status_code == 404
    assert client.post(take_url(sitting), {"question": "x"}).status_code == 404


def test_an_empty_answer_shows_an_error_and_records_nothing(client, employee):
    question = multiple_choice()
    sitting = services.start_sitting(employee, make_quiz([question]))
    client.force_login(employee)
    response = client.post(take_url(sitting), {"question": question.pk})
    assert response.status_code == 400
    assert "Choose an answer." in response.content.decode()
    assert 'class="errorlist' in response.content.decode()
    assert not SittingAnswer.objects.exists()


def test_an_essay_awaits_marking_on_the_result(client, employee):
    question = essay()
    quiz = make_quiz([question], exam_paper=True, answers_at_end=True)
    sitting = services.start_sitting(employee, quiz)
    client.force_login(employee)
    page = client.get(take_url(sitting)).content.decode()
    assert "<textarea" in page and "<label" in page
    location = answer(client, sitting, question, "Я бы улыбнулся.")["Location"]
    page = client.get(location).content.decode()
    assert "Я бы улыбнулся." in page and "awaits marking" in page


def test_single_attempt_cannot_be_started_twice(client, employee):
    question = true_false()
    quiz = make_quiz([question], single_attempt=True)
    client.force_login(employee)
    client.post(reverse("quizzes:start", args=[quiz.slug]))
    sitting = Sitting.objects.get()
    answer(client, sitting, question, correct_answer(question))
    page = client.get(detail(quiz)).content.decode()
    assert "allows one attempt" in page and reverse("quizzes:start", args=[quiz.slug]) not in page
    response = client.post(reverse("quizzes:start", args=[quiz.slug]), follow=True)
    assert "allows one attempt" in response.content.decode()
    assert Sitting.objects.count() == 1


def test_answers_after_the_time_limit_are_refused(client, employee):
    first, second = true_false(), true_false()
    quiz = make_quiz([first, second], time_limit_minutes=5, exam_paper=True)
    sitting = services.start_sitting(employee, quiz)
    Sitting.objects.filter(pk=sitting.pk).update(deadline=timezone.now() - timedelta(seconds=1))
    client.force_login(employee)
    response = answer(client, sitting, first, correct_answer(first))
    assert response["Location"] == result_url(sitting)
    assert not SittingAnswer.objects.exists()
    sitting.refresh_from_db()
    assert sitting.complete and sitting.score == 0
    page = client.get(response["Location"]).content.decode()
    assert "Time ran out" in page


def test_opening_an_expired_sitting_closes_it(client, employee):
    quiz = make_quiz([true_false()], time_limit_minutes=5, exam_paper=True)
    sitting = services.start_sitting(employee, quiz)
    Sitting.objects.filter(pk=sitting.pk).update(deadline=timezone.now() - timedelta(seconds=1))
    client.force_login(employee)
    assert client.get(take_url(sitting))["Location"] == result_url(sitting)
    sitting.refresh_from_db()
    assert sitting.complete


def test_the_result_reviews_every_answer(client, employee):
    questions = [true_false(content=f"Утверждение {n}?") for n in range(3)]
    quiz = make_quiz(questions, exam_paper=True, random_order=False)
    sitting = services.start_sitting(employee, quiz)
    client.force_login(employee)
    for question in questions:
        location = answer(client, sitting, question, correct_answer(question))["Location"]
    page = client.get(location).content.decode()
    assert 'aria-labelledby="review-heading"' in page and "<ol" in page
    assert all(f"Утверждение {n}?" in page for n in range(3))
    assert page.count("right answer") == 3 and page.count("your answer") == 3


def test_a_quiz_that_hides_answers_reviews_nothing(client, employee):
    questions = [true_false(explanation=SECRET_EXPLANATION), true_false()]
    quiz = make_quiz(questions, exam_paper=True, random_order=False, show_answers=False)
    sitting = services.start_sitting(employee, quiz)
    client.force_login(employee)
    location = answer(client, sitting, questions[0], wrong_answer(questions[0]))["Location"]
    page = client.get(location).content.decode()
    assert SECRET_EXPLANATION not in page and "right answer" not in page
    location = answer(client, sitting, questions[1], correct_answer(questions[1]))["Location"]
    page = client.get(location).content.decode()
    assert "Your answers" not in page and "right answer" not in page
    assert SECRET_EXPLANATION not in page
