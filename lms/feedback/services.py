"""Services that write suggestions, each in one transaction."""

from functools import partial

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from courses.services import course_of, original

from . import signals
from .models import TEXT_MAX_LENGTH, Suggestion, answer_problem


def submit(user, lesson, kind, text):
    """Record a person's suggestion about a lesson. It is kept against the original course and
    lesson, whichever translation the person was reading."""
    text = (text or "").strip()
    if kind not in Suggestion.Kind.values:
        raise ValidationError({"kind": _("Choose what your suggestion is about.")})
    if not text:
        raise ValidationError({"text": _("Describe your suggestion.")})
    if len(text) > TEXT_MAX_LENGTH:
        raise ValidationError({"text": _("The suggestion is too long.")})
    lesson = original(lesson)
    course = original(course_of(lesson))
    with transaction.atomic():
        return Suggestion.objects.create(
            author=user, course=course, lesson=lesson, kind=kind, text=text
        )


def answer(suggestion, trainer, text, status):
    """A trainer answers a suggestion and sets its status. Announces ``suggestion_answered``
    after commit; saving the same answer and status again changes and announces nothing."""
    text = (text or "").strip()
    if status not in Suggestion.Status.values:
        raise ValidationError({"status": _("Unknown status.")})
    problem = answer_problem(status, text)
    if problem:
        raise ValidationError({"answer": problem})
    with transaction.atomic():
        locked = Suggestion.objects.select_for_update().get(pk=suggestion.pk)
        previous_status = locked.status
        if locked.answer == text and locked.status == status:
            return locked
        locked.answer = text
        locked.status = status
        locked.answered_by = trainer
        locked.answered_at = timezone.now()
        locked.save(update_fields=["answer", "status", "answered_by", "answered_at"])
        transaction.on_commit(
            partial(
                signals.suggestion_answered.send,
                sender=Suggestion,
                suggestion=locked,
                trainer=trainer,
                previous_status=previous_status,
            )
        )
    return locked
