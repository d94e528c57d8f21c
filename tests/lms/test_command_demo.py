"""`load_demo_content` builds the demo once; running it again duplicates nothing."""

import io

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from wagtail.models import Page, Site

from courses.blocks import lesson_blocks
from courses.models import Audience, CourseIndexPage, CoursePage, Enrollment, LessonPage
from lms import roles
from quizzes.models import Question, Quiz
from quizzes.scenarios.models import Scenario

pytestmark = pytest.mark.django_db

EMBEDS = {"image", "video"}  # need media files or a network: not used by the demo


def load():
    out = io.StringIO()
    call_command("load_demo_content", stdout=out)
    return out.getvalue()


def snapshot():
    return (
        Page.objects.count(),
        Audience.objects.count(),
        Enrollment.objects.count(),
        get_user_model().objects.count(),
        sum(p.revisions.count() for p in Page.objects.all()),
        Quiz.objects.count(),
        Question.objects.count(),
        Scenario.objects.count(),
    )


def test_demo_twice_duplicates_nothing():
    output = load()
    first = snapshot()
    load()
    assert snapshot() == first
    assert "newhire" in output and "hr" in output


def test_demo_catalogue_is_the_site_root_with_five_courses():
    load()
    site = Site.objects.get(is_default_site=True)
    assert isinstance(site.root_page.specific, CourseIndexPage)
    originals = [
        c
        for c in CoursePage.objects.live()
        if not c.get_translations().filter(pk__lt=c.pk).exists()
    ]
    assert len(originals) >= 5
    for course in originals:
        assert LessonPage.objects.live().child_of(course).count() >= 3, course.title
    languages = {c.locale.language_code for c in originals}
    assert {"ru", "de"} <= languages


def test_demo_has_one_course_in_three_languages():
    load()
    keys = {}
    for course in CoursePage.objects.live().select_related("locale"):
        keys.setdefault(course.translation_key, set()).add(course.locale.language_code)
    assert {"ru", "de", "en"} in keys.values()


def test_demo_uses_every_standard_block():
    load()
    used = {block.block_type for lesson in LessonPage.objects.all() for block in lesson.body}
    expected = {name for name, _ in lesson_blocks()} - EMBEDS
    assert expected <= used


def test_demo_accounts_have_their_roles():
    load()
    User = get_user_model()
    assert User.objects.get(username="newhire").groups.filter(name=roles.EMPLOYEES).exists()
    assert User.objects.get(username="trainer").groups.filter(name=roles.TRAINERS).exists()
    assert User.objects.get(username="manager").groups.filter(name=roles.LINE_MANAGERS).exists()
    assert User.objects.get(username="hr").groups.filter(name=roles.HR).exists()
    assert User.objects.get(username="admin").is_superuser
    newhire = User.objects.get(username="newhire")
    assert newhire.enrollments.count() >= 3
    assert not newhire.lesson_completions.exists()
    assert User.objects.get(username="employee").lesson_completions.exists()


def test_demo_embeds_a_quiz_in_every_course_and_role_plays_of_every_type():
    load()
    originals = [
        c
        for c in CoursePage.objects.live()
        if not c.get_translations().filter(pk__lt=c.pk).exists()
    ]
    for course in originals:
        last = LessonPage.objects.child_of(course).order_by("-path").first().specific
        quizzes = [b.value["quiz"] for b in last.body if b.block_type == "quiz"]
        assert len(quizzes) == 1, course.title
        assert not quizzes[0].draft
    kinds = set(Question.objects.values_list("kind", flat=True))
    assert kinds == set(Question.Kind.values)
    assert Question.objects.filter(select_all=True).exists()
    assert Quiz.objects.filter(answers_at_end=True).exists()
    assert Quiz.objects.filter(single_attempt=True).exists()
    scenarios = Scenario.objects.filter(live=True)
    assert scenarios.count() >= 6
    assert set(scenarios.values_list("situation_type", flat=True)) == {
        "typical",
        "complex",
        "conflict",
    }
    embedded = {
        b.value["scenario"].pk
        for lesson in LessonPage.objects.all()
        for b in lesson.body
        if b.block_type == "roleplay"
    }
    assert set(scenarios.values_list("pk", flat=True)) <= embedded
    assert all(not s.problems() for s in scenarios)
