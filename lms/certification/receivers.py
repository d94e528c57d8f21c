"""``lms`` listens to what the lower rooms announce, and decides.

Lessons, quizzes and role-plays move a person's status on every course whose policy asks for
them; a publication with "material change" ticked bumps the standard's version.
"""

from django.db import transaction
from django.db.models import Q
from django.dispatch import receiver
from wagtail.signals import page_published

from courses import signals as course_signals
from courses.models import CoursePage
from courses.services import original
from quizzes import signals as quiz_signals
from quizzes.scenarios import signals as scenario_signals

from . import services
from .models import AssessmentPass


@receiver(course_signals.lesson_completed)
def on_lesson_completed(sender, user, course, **kwargs):
    services.progress(user, course)


def _courses_asking_for(field, recert_field, value):
    """Original course pages whose policy names the quiz (or role-play) given."""
    pages = CoursePage.objects.filter(Q(**{field: value}) | Q(**{recert_field: value})).distinct()
    originals = (original(page) for page in pages)
    return {course.pk: course for course in originals}.values()


@receiver(quiz_signals.sitting_completed)
@receiver(quiz_signals.sitting_regraded)
def on_quiz_result(sender, user, quiz, passed, percent, **kwargs):
    quiz_effect(user, quiz, passed, percent)


def quiz_effect(user, quiz, passed, percent, at=None):
    """The certification effect of a quiz result: the pass kept, the courses decided.

    One transaction: either all of it is recorded or none (then the daily job's reconciliation
    finds the passed attempt without its pass and repairs it).
    """
    # A language version's pass counts for its original (the quiz a policy names).
    counted = quiz.version_of if quiz.version_of_id else quiz
    with transaction.atomic():
        if passed:
            services.record_pass(
                user, AssessmentPass.Kind.QUIZ, counted.pk, counted.title, percent, at=at
            )
        for course in _courses_asking_for("cert_quizzes", "recert_quizzes", counted):
            services.progress(user, course)


@receiver(scenario_signals.scenario_attempt_finished)
def on_scenario_finished(sender, user, scenario, attempt, **kwargs):
    scenario_effect(user, scenario, attempt)


def scenario_effect(user, scenario, attempt, at=None):
    """The certification effect of a finished role-play, in one transaction (see above)."""
    with transaction.atomic():
        if attempt.passed:
            best = attempt.max_score or 1
            percent = max(0, min(100, round(attempt.score * 100 / best)))
            services.record_pass(
                user,
                AssessmentPass.Kind.SCENARIO,
                scenario.translation_key,
                scenario.title,
                percent,
                at=at,
            )
        translations = type(scenario).objects.filter(translation_key=scenario.translation_key)
        for course in _courses_asking_for(
            "cert_scenarios__in", "recert_scenarios__in", translations
        ):
            services.progress(user, course)


@receiver(page_published)
def on_page_published(sender, instance, revision=None, **kwargs):
    if not isinstance(instance, CoursePage) or not instance.material_change:
        return
    services.apply_material_change(
        instance,
        summary=instance.change_summary,
        actor=getattr(revision, "user", None),
        revision_id=getattr(revision, "pk", None),
    )
    services.clear_material_change_flag(instance, revision)
