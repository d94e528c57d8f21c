"""services.submit and services.answer: validation, the original course and lesson, the
``suggestion_answered`` signal after commit (and not for a save that changes nothing)."""

import pytest
from django.core.exceptions import ValidationError

from lms.feedback import services, signals
from lms.feedback.models import Suggestion
from tests.lms.feedback.factories import make_lesson, suggest


@pytest.fixture
def lesson(catalogue):
    return make_lesson(catalogue)


@pytest.fixture
def heard():
    calls = []

    def listener(sender, **kwargs):
        calls.append(kwargs)

    signals.suggestion_answered.connect(listener, dispatch_uid="test-services")
    yield calls
    signals.suggestion_answered.disconnect(dispatch_uid="test-services")


def test_submit_records_against_the_course_and_lesson(employee, lesson):
    course, page = lesson
    suggestion = services.submit(employee, page, "unclear", "  Непонятно, что значит «сразу».  ")
    assert (suggestion.course_id, suggestion.lesson_id) == (course.pk, page.pk)
    assert suggestion.text == "Непонятно, что значит «сразу»."
    assert suggestion.status == Suggestion.Status.NEW


@pytest.mark.parametrize(
    ("kind", "text"), [("nonsense", "Текст"), ("improvement", " "), ("improvement", "x" * 2001)]
)
def test_submit_refuses_bad_input(employee, lesson, kind, text):
    with pytest.raises(ValidationError):
        services.submit(employee, lesson[1], kind, text)
    assert not Suggestion.objects.exists()


def test_answer_is_announced_after_commit(
    employee, trainer, lesson, heard, django_capture_on_commit_callbacks
):
    suggestion = suggest(employee, lesson[1])
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        services.answer(suggestion, trainer, "Рассмотрим", Suggestion.Status.UNDER_REVIEW)
    assert heard == []  # nothing before the commit
    for callback in callbacks:
        callback()
    assert len(heard) == 1
    assert heard[0]["trainer"] == trainer
    assert heard[0]["previous_status"] == Suggestion.Status.NEW
    assert heard[0]["suggestion"].status == Suggestion.Status.UNDER_REVIEW


def test_saving_the_same_answer_again_changes_and_announces_nothing(
    employee, trainer, lesson, heard, django_capture_on_commit_callbacks
):
    suggestion = suggest(employee, lesson[1])
    with django_capture_on_commit_callbacks(execute=True):
        first = services.answer(suggestion, trainer, "Спасибо", Suggestion.Status.RESOLVED)
        again = services.answer(first, trainer, "Спасибо", Suggestion.Status.RESOLVED)
    assert len(heard) == 1
    assert again.answered_at == first.answered_at


@pytest.mark.parametrize("status", ["accepted", "declined", "resolved"])
def test_closing_a_suggestion_needs_an_answer(employee, trainer, lesson, status):
    suggestion = suggest(employee, lesson[1])
    with pytest.raises(ValidationError):
        services.answer(suggestion, trainer, "  ", status)
    suggestion.refresh_from_db()
    assert suggestion.status == Suggestion.Status.NEW


def test_an_author_with_suggestions_is_kept(employee, lesson):
    from django.db.models import ProtectedError

    suggest(employee, lesson[1])
    with pytest.raises(ProtectedError):
        employee.delete()
