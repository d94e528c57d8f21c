"""Starting, answering and finishing sittings: django-quiz-app's rules and the added limits."""

import random
from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from quizzes import services, signals
from quizzes.models import Progress, Quiz, Sitting, SittingAnswer
from tests.quizzes.factories import (
    CategoryFactory,
    QuizFactory,
    correct_answer,
    essay,
    make_quiz,
    multiple_choice,
    true_false,
    wrong_answer,
)

pytestmark = pytest.mark.django_db


def questions_of(sitting):
    from quizzes.models import Question

    by_id = {q.pk: q for q in Question.objects.filter(pk__in=sitting.question_ids)}
    return [by_id[qid] for qid in sitting.question_ids]


def take(sitting, answers):
    """Answer the sitting's questions in order with answers(question) -> response."""
    outcome = None
    for question in questions_of(sitting):
        outcome = services.submit_answer(sitting, question, answers(question))
    return outcome


@pytest.fixture
def completed(django_capture_on_commit_callbacks):
    received = []

    def receiver(**kwargs):
        received.append(kwargs)

    signals.sitting_completed.connect(receiver, weak=False)
    yield received
    signals.sitting_completed.disconnect(receiver)


def test_a_sitting_keeps_the_quiz_order(employee):
    quiz = make_quiz(random_order=False)
    sitting = services.start_sitting(employee, quiz)
    assert sitting.question_ids == list(
        quiz.quiz_questions.order_by("sort_order").values_list("question_id", flat=True)
    )
    assert sitting.score == 0 and not sitting.complete


def test_random_order_shuffles_once_and_max_questions_takes_a_subset(employee):
    questions = [true_false() for _ in range(10)]
    quiz = make_quiz(questions, random_order=True, max_questions=4)
    sitting = services.start_sitting(employee, quiz, rng=random.Random(1))
    assert len(sitting.question_ids) == 4
    assert set(sitting.question_ids) <= {q.pk for q in questions}
    assert sitting.question_ids != [q.pk for q in questions[:4]]
    # Resuming does not shuffle again.
    assert services.start_sitting(employee, quiz).question_ids == sitting.question_ids


def test_max_questions_without_random_order_takes_the_first(employee):
    questions = [true_false() for _ in range(5)]
    sitting = services.start_sitting(
        employee, make_quiz(questions, max_questions=2, random_order=False)
    )
    assert sitting.question_ids == [questions[0].pk, questions[1].pk]
    assert sitting.max_score == 2


def test_an_unfinished_sitting_is_resumed(employee):
    quiz = make_quiz()
    first = services.start_sitting(employee, quiz)
    services.submit_answer(first, questions_of(first)[0], correct_answer(questions_of(first)[0]))
    assert services.start_sitting(employee, quiz).pk == first.pk
    assert Sitting.objects.filter(user=employee, quiz=quiz).count() == 1


def test_full_marks_pass_and_the_signal_carries_the_result(
    employee, completed, django_capture_on_commit_callbacks
):
    quiz = make_quiz([multiple_choice(), true_false()], pass_mark=100, exam_paper=True)
    sitting = services.start_sitting(employee, quiz)
    with django_capture_on_commit_callbacks(execute=True):
        outcome = take(sitting, correct_answer)
    assert outcome.completed
    result = outcome.result
    assert (result.score, result.max_score, result.percent, result.passed) == (2, 2, 100, True)
    sitting.refresh_from_db()
    assert sitting.complete and sitting.passed and sitting.percent == 100 and sitting.ended_at
    assert len(completed) == 1
    sent = completed[0]
    assert sent["user"] == employee and sent["quiz"] == quiz and sent["sitting"] == sitting
    assert sent["passed"] is True and sent["percent"] == 100 and sent["result"] == result


def test_the_signal_waits_for_the_commit(employee, completed, django_capture_on_commit_callbacks):
    quiz = make_quiz([true_false()])
    sitting = services.start_sitting(employee, quiz)
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        take(sitting, correct_answer)
    assert completed == []
    assert len(callbacks) == 1


def test_below_the_pass_mark_fails(employee):
    quiz = make_quiz([true_false(), true_false(), true_false()], pass_mark=67, exam_paper=True)
    sitting = services.start_sitting(employee, quiz)
    questions = questions_of(sitting)
    services.submit_answer(sitting, questions[0], correct_answer(questions[0]))
    services.submit_answer(sitting, questions[1], correct_answer(questions[1]))
    result = services.submit_answer(sitting, questions[2], wrong_answer(questions[2])).result
    assert (result.score, result.percent, result.passed) == (2, 67, True)

    quiz.pass_mark = 68
    quiz.save()
    sitting = services.start_sitting(employee, quiz)
    result = take(sitting, lambda q: correct_answer(q) if q != questions[2] else wrong_answer(q))
    assert (result.result.percent, result.result.passed) == (67, False)


def test_without_exam_paper_the_sitting_is_deleted_and_progress_remains(
    employee, completed, django_capture_on_commit_callbacks
):
    category = CategoryFactory()
    quiz = make_quiz([true_false(category=category), true_false(category=category)])
    assert not quiz.exam_paper
    sitting = services.start_sitting(employee, quiz)
    questions = questions_of(sitting)
    with django_capture_on_commit_callbacks(execute=True):
        services.submit_answer(sitting, questions[0], correct_answer(questions[0]))
        outcome = services.submit_answer(sitting, questions[1], wrong_answer(questions[1]))
    assert not Sitting.objects.filter(pk=sitting.pk).exists()
    assert not SittingAnswer.objects.exists()
    assert outcome.result.kept is False
    assert completed[0]["sitting"] is None and completed[0]["percent"] == 50
    progress = Progress.objects.get(user=employee, category=category)
    assert (progress.score, progress.possible) == (1, 2)


def test_progress_adds_up_across_quizzes(employee):
    category = CategoryFactory()
    for _ in range(2):
        quiz = make_quiz([true_false(category=category)])
        take(services.start_sitting(employee, quiz), correct_answer)
    progress = Progress.objects.get(user=employee, category=category)
    assert (progress.score, progress.possible) == (2, 2)


def test_a_replayed_answer_changes_nothing(employee):
    quiz = make_quiz([true_false(), true_false()], exam_paper=True)
    sitting = services.start_sitting(employee, quiz)
    question = questions_of(sitting)[0]
    first = services.submit_answer(sitting, question, correct_answer(question))
    again = services.submit_answer(sitting, question, wrong_answer(question))
    assert again.duplicate and again.answer.pk == first.answer.pk
    sitting.refresh_from_db()
    assert sitting.score == 1
    assert SittingAnswer.objects.get(sitting=sitting).correct is True


def test_no_answers_after_completion(employee):
    quiz = make_quiz([true_false()], exam_paper=True)
    sitting = services.start_sitting(employee, quiz)
    take(sitting, correct_answer)
    with pytest.raises(services.SittingClosed):
        services.submit_answer(sitting, questions_of(sitting)[0], True)


def test_a_question_outside_the_sitting_is_refused(employee):
    quiz = make_quiz([true_false()])
    sitting = services.start_sitting(employee, quiz)
    with pytest.raises(services.QuestionNotInSitting):
        services.submit_answer(sitting, true_false(), True)


@pytest.mark.parametrize(
    ("kind", "answer"),
    [
        ("mc", None),
        ("mc", "not-a-number"),
        ("mc", 999999),
        ("mc_two", "both"),
        ("tf", "maybe"),
        ("essay", "   "),
        ("essay", "x" * 10_001),
    ],
)
def test_invalid_answers_are_refused(employee, kind, answer):
    question = {"mc": multiple_choice, "mc_two": multiple_choice, "tf": true_false, "essay": essay}[
        kind
    ]()
    if answer == "both":
        answer = [a.pk for a in question.answers.all()]
    sitting = services.start_sitting(employee, make_quiz([question]))
    with pytest.raises(services.InvalidAnswer):
        services.submit_answer(sitting, question, answer)
    assert not SittingAnswer.objects.exists()


def test_an_answer_of_another_question_is_invalid(employee):
    question, other = multiple_choice(), multiple_choice()
    sitting = services.start_sitting(employee, make_quiz([question]))
    with pytest.raises(services.InvalidAnswer):
        services.submit_answer(sitting, question, correct_answer(other))


def test_select_all_that_apply_is_all_or_nothing(employee):
    question = multiple_choice(correct=("А", "Б"), wrong=("В",), select_all=True)
    a, b, c = (x.pk for x in question.answers.order_by("sort_order"))
    quiz = make_quiz([question], exam_paper=True)
    for response, expected in [([a, b], 1), ([a], 0), ([a, b, c], 0)]:
        sitting = services.start_sitting(employee, quiz)
        assert services.submit_answer(sitting, question, response).result.score == expected


def test_an_essay_counts_as_incorrect_until_marked(employee, trainer):
    quiz = make_quiz([essay(), true_false()], exam_paper=True, pass_mark=100)
    sitting = services.start_sitting(employee, quiz)
    result = take(sitting, correct_answer).result
    assert (result.score, result.passed) == (1, False)
    answer = SittingAnswer.objects.get(sitting=sitting, question__kind="essay")
    assert answer.correct is False and answer.marked_at is None


def test_marking_an_essay_toggles_one_point_and_regrades(
    employee, trainer, django_capture_on_commit_callbacks
):
    regraded = []
    signals.sitting_regraded.connect(lambda **kw: regraded.append(kw), weak=False)
    quiz = make_quiz([essay(), true_false()], exam_paper=True, pass_mark=100)
    sitting = services.start_sitting(employee, quiz)
    take(sitting, correct_answer)
    answer = SittingAnswer.objects.get(sitting=sitting, question__kind="essay")

    with django_capture_on_commit_callbacks(execute=True):
        services.mark_essay(answer, correct=True, marker=trainer)
    sitting.refresh_from_db()
    assert (sitting.score, sitting.percent, sitting.passed) == (2, 100, True)
    answer.refresh_from_db()
    assert answer.correct and answer.marked_by == trainer and answer.marked_at

    services.mark_essay(answer, correct=True, marker=trainer)  # a second click: no change
    sitting.refresh_from_db()
    assert sitting.score == 2

    services.mark_essay(answer, correct=False, marker=trainer)
    sitting.refresh_from_db()
    assert (sitting.score, sitting.percent, sitting.passed) == (1, 50, False)
    assert regraded and regraded[0]["passed"] is True
    signals.sitting_regraded.receivers.clear()


def test_only_essays_are_marked_by_hand(employee, trainer):
    quiz = make_quiz([true_false()], exam_paper=True)
    sitting = services.start_sitting(employee, quiz)
    take(sitting, correct_answer)
    with pytest.raises(services.QuizError):
        services.mark_essay(SittingAnswer.objects.get(), correct=False, marker=trainer)


def test_single_attempt_forces_exam_paper_and_blocks_a_second_attempt(employee):
    quiz = make_quiz([true_false()], single_attempt=True, exam_paper=False)
    assert quiz.exam_paper
    take(services.start_sitting(employee, quiz), correct_answer)
    with pytest.raises(services.AttemptNotAllowed) as refused:
        services.start_sitting(employee, quiz)
    assert refused.value.reason == "single_attempt"
    assert Sitting.objects.filter(user=employee, quiz=quiz).count() == 1


def test_single_attempt_still_resumes_an_unfinished_one(employee):
    quiz = make_quiz([true_false(), true_false()], single_attempt=True)
    first = services.start_sitting(employee, quiz)
    assert services.start_sitting(employee, quiz).pk == first.pk


def test_attempts_allowed(employee):
    quiz = make_quiz([true_false()], max_attempts=2)
    assert quiz.exam_paper  # counting attempts needs them kept
    take(services.start_sitting(employee, quiz), correct_answer)
    take(services.start_sitting(employee, quiz), correct_answer)
    with pytest.raises(services.AttemptNotAllowed) as refused:
        services.start_sitting(employee, quiz)
    assert refused.value.reason == "no_attempts_left"


def test_wait_between_attempts(employee):
    quiz = make_quiz([true_false()], attempt_wait_minutes=60)
    now = timezone.now()
    take(services.start_sitting(employee, quiz, now=now), correct_answer)
    Sitting.objects.update(ended_at=now)
    with pytest.raises(services.AttemptNotAllowed) as refused:
        services.start_sitting(employee, quiz, now=now + timedelta(minutes=59))
    assert refused.value.available_at == now + timedelta(minutes=60)
    assert services.start_sitting(employee, quiz, now=now + timedelta(minutes=61))


def test_answers_after_the_time_limit_are_refused_and_the_sitting_closed(
    employee, completed, django_capture_on_commit_callbacks
):
    quiz = make_quiz([true_false(), true_false()], time_limit_minutes=10, exam_paper=True)
    start = timezone.now()
    sitting = services.start_sitting(employee, quiz, now=start)
    assert sitting.deadline == start + timedelta(minutes=10)
    first, second = questions_of(sitting)
    services.submit_answer(sitting, first, correct_answer(first), now=start + timedelta(minutes=9))
    with django_capture_on_commit_callbacks(execute=True), pytest.raises(services.TimeUp) as late:
        services.submit_answer(
            sitting, second, correct_answer(second), now=start + timedelta(minutes=10, seconds=1)
        )
    assert (late.value.result.score, late.value.result.percent) == (1, 50)
    assert late.value.result.timed_out
    sitting.refresh_from_db()
    assert sitting.complete and sitting.score == 1
    assert SittingAnswer.objects.filter(sitting=sitting).count() == 1
    assert completed[0]["percent"] == 50


def test_an_expired_sitting_is_closed_when_started_again(employee):
    quiz = make_quiz([true_false()], time_limit_minutes=5, exam_paper=True)
    start = timezone.now()
    first = services.start_sitting(employee, quiz, now=start)
    second = services.start_sitting(employee, quiz, now=start + timedelta(minutes=6))
    assert second.pk != first.pk
    first.refresh_from_db()
    assert first.complete and first.percent == 0


def test_close_expired_sittings_for_the_scheduled_job(employee, trainer):
    quiz = make_quiz([true_false()], time_limit_minutes=5)
    start = timezone.now()
    services.start_sitting(employee, quiz, now=start)
    services.start_sitting(trainer, quiz, now=start + timedelta(minutes=4))
    assert services.close_expired_sittings(now=start + timedelta(minutes=6)) == 1
    assert list(Sitting.objects.filter(complete=False).values_list("user", flat=True)) == [
        trainer.pk
    ]


def test_draft_quizzes_only_for_people_who_may_edit_them(employee, trainer):
    quiz = make_quiz([true_false()], draft=True)
    with pytest.raises(services.QuizUnavailable):
        services.start_sitting(employee, quiz)
    assert services.start_sitting(trainer, quiz)


def test_an_empty_quiz_cannot_be_started(employee):
    with pytest.raises(services.QuizUnavailable):
        services.start_sitting(employee, QuizFactory())


def test_pass_mark_above_100_is_rejected():
    with pytest.raises(ValidationError):
        QuizFactory(pass_mark=101)
    quiz = Quiz(title="x", slug="x", pass_mark=101)
    with pytest.raises(ValidationError) as error:
        quiz.full_clean()
    assert "pass_mark" in error.value.message_dict
