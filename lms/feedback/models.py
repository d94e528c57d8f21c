"""A person's suggestion about a standard, and the trainer's answer to it.

A suggestion belongs to the *original* course and lesson (the first of their translations), so
suggestions sent while reading the German translation land on the same standard as those sent
from the Russian original.
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

TEXT_MAX_LENGTH = 2000


class Suggestion(models.Model):
    class Kind(models.TextChoices):
        IMPROVEMENT = "improvement", _("An improvement to the standard")
        UNCOVERED = "uncovered", _("A situation the standard does not cover")
        UNCLEAR = "unclear", _("Something unclear or wrong")

    class Status(models.TextChoices):
        # A context keeps these short words apart from the same words elsewhere (Wagtail's own).
        NEW = "new", pgettext_lazy("suggestion status", "New")
        UNDER_REVIEW = "review", pgettext_lazy("suggestion status", "Under review")
        ACCEPTED = "accepted", _("Accepted — will change the standard")
        DECLINED = "declined", pgettext_lazy("suggestion status", "Declined")
        RESOLVED = "resolved", pgettext_lazy("suggestion status", "Resolved")

    # Statuses that close a suggestion: the person is owed an answer saying why.
    CLOSING_STATUSES = frozenset({Status.ACCEPTED, Status.DECLINED, Status.RESOLVED})

    # PROTECT: a suggestion is part of the standard's history and of the person's training
    # record. People leave by being deactivated (their history kept), not deleted.
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("author"),
        on_delete=models.PROTECT,
        related_name="suggestions",
    )
    course = models.ForeignKey(
        "courses.CoursePage",
        verbose_name=_("course"),
        on_delete=models.CASCADE,
        related_name="suggestions",
    )
    # A lesson may be removed from a standard; the suggestion stays with the course.
    lesson = models.ForeignKey(
        "courses.LessonPage",
        verbose_name=_("lesson"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="suggestions",
    )
    kind = models.CharField(
        _("kind"), max_length=20, choices=Kind, default=Kind.IMPROVEMENT, db_index=True
    )
    text = models.TextField(_("suggestion"), max_length=TEXT_MAX_LENGTH)
    status = models.CharField(
        _("status"), max_length=20, choices=Status, default=Status.NEW, db_index=True
    )
    answer = models.TextField(
        _("trainer's answer"),
        blank=True,
        max_length=TEXT_MAX_LENGTH,
        help_text=_("The author reads this answer in “My suggestions”."),
    )
    answered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("answered by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    answered_at = models.DateTimeField(_("answered at"), null=True, blank=True)
    created_at = models.DateTimeField(_("sent at"), default=timezone.now, db_index=True)

    class Meta:
        verbose_name = _("suggestion")
        verbose_name_plural = _("suggestions")
        ordering = ["-created_at", "-pk"]
        indexes = [models.Index(fields=["author", "-created_at"])]

    def __str__(self):
        return Truncator(self.text).chars(60)

    def clean(self):
        super().clean()
        problem = answer_problem(self.status, self.answer)
        if problem:
            raise ValidationError({"answer": problem})


def answer_problem(status, answer):
    """Why a status and answer may not go together, or ``None``. A closed suggestion needs an
    answer: the person is owed an explanation of what happens with their idea."""
    if status in Suggestion.CLOSING_STATUSES and not (answer or "").strip():
        return _("Write the author an answer before accepting, declining or resolving.")
    return None
