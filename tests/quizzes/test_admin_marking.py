"""Marking essays: nobody marks their own answers, every mark is audited, and odd ``next`` values
fall back to the queue instead of a 500."""

import pytest
from django.urls import reverse
from wagtail.models import ModelLogEntry

from quizzes import services
from quizzes.models import Question, SittingAnswer
from tests.quizzes.factories import correct_answer, essay, make_quiz, true_false

pytestmark = pytest.mark.django_db


def sat(user, quiz):
    sitting = services.start_sitting(user, quiz)
    for qid in sitting.question_ids:
        question = Question.objects.get(pk=qid)
        services.submit_answer(sitting, question, correct_answer(question))
    sitting.refresh_from_db()
    return sitting


def test_a_trainer_cannot_mark_their_own_essay(client, trainer):
    quiz = make_quiz([essay(content="Как вы встретите клиента?"), true_false()], exam_paper=True)
    sitting = sat(trainer, quiz)
    answer = SittingAnswer.objects.get(question__kind="essay")
    with pytest.raises(services.OwnAnswer):
        services.mark_essay(answer, correct=True, marker=trainer)
    client.force_login(trainer)
    assert (
        "Как вы встретите клиента?"
        not in client.get(reverse("quizzes_admin:marking")).content.decode()
    )
    response = client.post(
        reverse("quizzes_admin:mark", args=[answer.pk]), {"correct": "1"}, follow=True
    )
    assert "Nobody marks their own answers" in response.content.decode()
    answer.refresh_from_db()
    sitting.refresh_from_db()
    assert answer.marked_at is None and not answer.correct
    assert (sitting.score, sitting.percent) == (1, 50)
    assert not ModelLogEntry.objects.filter(action=services.MARK_ACTION).exists()


def test_another_trainer_marks_it_and_the_mark_is_audited(client, trainer, employee):
    from tests.lms.factories import UserFactory

    quiz = make_quiz([essay(), true_false()], exam_paper=True)
    sat(trainer, quiz)
    sat(employee, quiz)
    own = SittingAnswer.objects.get(question__kind="essay", sitting__user=trainer)
    theirs = SittingAnswer.objects.get(question__kind="essay", sitting__user=employee)
    colleague = UserFactory()
    colleague.groups.set(trainer.groups.all())
    client.force_login(colleague)
    page = client.get(reverse("quizzes_admin:marking")).content.decode()
    assert f"/marking/{own.pk}/" in page and f"/marking/{theirs.pk}/" in page
    client.post(reverse("quizzes_admin:mark", args=[own.pk]), {"correct": "1"})
    client.post(reverse("quizzes_admin:mark", args=[own.pk]), {"correct": "0"})
    entries = list(
        ModelLogEntry.objects.filter(action=services.MARK_ACTION, object_id=str(own.pk)).order_by(
            "timestamp", "pk"
        )
    )
    assert [(e.user_id, e.data["old"], e.data["new"]) for e in entries] == [
        (colleague.pk, None, True),
        (colleague.pk, True, False),
    ]
    assert all(e.timestamp and e.data["person"] == trainer.pk for e in entries)
    assert "Essay marked" in entries[0].message
    # The trainer's own marked essay is not offered back to them, even among recent marks.
    client.force_login(trainer)
    page = client.get(reverse("quizzes_admin:marking")).content.decode()
    assert f"/marking/{own.pk}/" not in page and f"/marking/{theirs.pk}/" in page


@pytest.mark.parametrize(
    "next_value",
    [
        ["[]"],
        ["[]", "/admin/"],
        [""],
        ["//evil.example/"],
        ["javascript:alert(1)"],
        ["\\\\x"],
        ["/admin/\x00"],
        ["wagtailadmin_home"],
    ],
)
def test_odd_next_values_fall_back_to_the_queue(client, employee, trainer, next_value):
    sat(employee, make_quiz([essay()], exam_paper=True))
    answer = SittingAnswer.objects.get()
    client.force_login(trainer)
    response = client.post(
        reverse("quizzes_admin:mark", args=[answer.pk]), {"correct": "1", "next": next_value}
    )
    assert response.status_code == 302
    assert response["Location"] == reverse("quizzes_admin:marking")
    answer.refresh_from_db()
    assert answer.correct


def test_a_next_path_on_the_site_is_followed(client, employee, trainer):
    sat(employee, make_quiz([essay()], exam_paper=True))
    answer = SittingAnswer.objects.get()
    client.force_login(trainer)
    back = reverse("quizzes_admin:marking") + "?p=2"
    response = client.post(
        reverse("quizzes_admin:mark", args=[answer.pk]), {"correct": "1", "next": back}
    )
    assert response["Location"] == back
