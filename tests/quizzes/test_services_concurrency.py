"""Row locks under real concurrency (PostgreSQL only): one answer per question, one completion."""

import pytest

from quizzes import services, signals
from quizzes.models import Sitting, SittingAnswer
from tests.concurrency import run_together
from tests.lms.factories import UserFactory
from tests.quizzes.factories import correct_answer, make_quiz, multiple_choice

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.django_db(transaction=True),
    pytest.mark.usefixtures("postgres_only"),
]


def test_ten_concurrent_answers_to_the_last_question_count_once():
    person = UserFactory()
    quiz = make_quiz([multiple_choice(), multiple_choice()], exam_paper=True, pass_mark=50)
    sitting = services.start_sitting(person, quiz)
    first, last = [quiz.quiz_questions.get(question_id=pk).question for pk in sitting.question_ids]
    services.submit_answer(sitting, first, correct_answer(first))
    completions = []

    def heard(sender, **kwargs):
        completions.append(kwargs["sitting"].pk if kwargs["sitting"] else None)

    signals.sitting_completed.connect(heard)
    try:
        outcomes = run_together(
            lambda: services.submit_answer(sitting, last, correct_answer(last)).duplicate, 10
        )
    finally:
        signals.sitting_completed.disconnect(heard)
    errors = [o for o in outcomes if isinstance(o, Exception)]
    # Every request either recorded the answer, saw it as a duplicate, or found the sitting
    # closed by the one that finished it: never a second answer or a second point.
    assert all(isinstance(e, services.SittingClosed) for e in errors), errors
    assert outcomes.count(False) == 1
    assert SittingAnswer.objects.filter(sitting=sitting, question=last).count() == 1
    finished = Sitting.objects.get(pk=sitting.pk)
    assert finished.complete and finished.score == 2
    assert completions == [sitting.pk]
