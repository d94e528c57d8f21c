"""Services that change learning records, each in one transaction.

Progress is recorded against the original page of a course or lesson (the first of its
translations), so reading any translation moves the same progress forward.
"""

from dataclasses import dataclass
from functools import partial

from django.db import transaction
from django.utils import timezone

from . import signals
from .models import CoursePage, Enrollment, LessonCompletion, LessonPage


class EnrolmentClosed(Exception):
    """The course is not open for self-enrolment and the person is not assigned to it."""


def original(page):
    """The original of a page among its translations (the earliest created)."""
    model = page.specific_class
    return model.objects.filter(translation_key=page.translation_key).order_by("pk").first()


def course_of(lesson):
    return CoursePage.objects.ancestor_of(lesson).filter(depth=lesson.depth - 1).first()


def enroll(user, course, *, source=Enrollment.Source.SELF, due_date=None):
    """Put a person on a course; idempotent. Self-enrolment only where the course allows it."""
    course = original(course)
    with transaction.atomic():
        existing = Enrollment.objects.filter(user=user, course=course).first()
        if existing is not None:
            return existing
        if source == Enrollment.Source.SELF and not course.self_enrol:
            raise EnrolmentClosed
        # get_or_create absorbs the race of two first clicks: the unique constraint decides.
        enrollment, _created = Enrollment.objects.get_or_create(
            user=user, course=course, defaults={"source": source, "due_date": due_date}
        )
        return enrollment


@dataclass(frozen=True)
class CompletionResult:
    created: bool
    course_completed: bool
    next_lesson_url: str | None
    course_url: str | None


def complete_lesson(user, lesson):
    """Mark a lesson complete for a person. Idempotent: a second click changes nothing."""
    lesson_original = original(lesson)
    course = course_of(lesson_original)
    with transaction.atomic():
        enrollment = enroll(user, course)
        completion, created = LessonCompletion.objects.get_or_create(
            user=user, lesson=lesson_original
        )
        if created:
            transaction.on_commit(
                partial(
                    signals.lesson_completed.send,
                    sender=LessonCompletion,
                    user=user,
                    course=enrollment.course,
                    lesson=lesson_original,
                    completion=completion,
                )
            )
        total = LessonPage.objects.live().child_of(enrollment.course).count()
        done = LessonCompletion.objects.filter(
            user=user, lesson__in=LessonPage.objects.live().child_of(enrollment.course)
        ).count()
        finished_now = False
        if total and done >= total:
            locked = Enrollment.objects.select_for_update().get(pk=enrollment.pk)
            if locked.completed_at is None:
                locked.completed_at = timezone.now()
                locked.save(update_fields=["completed_at"])
                finished_now = True
                transaction.on_commit(
                    partial(
                        signals.course_completed.send,
                        sender=Enrollment,
                        user=user,
                        course=enrollment.course,
                        enrollment=locked,
                    )
                )
    next_lesson = lesson.get_next_siblings().live().type(LessonPage).first()
    parent = lesson.get_parent()
    return CompletionResult(
        created=created,
        course_completed=finished_now,
        next_lesson_url=next_lesson.url if next_lesson else None,
        course_url=parent.url if parent else None,
    )
