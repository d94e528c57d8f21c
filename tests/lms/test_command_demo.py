"""`load_demo_content` builds the demo once; running it again duplicates nothing."""

import io

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from wagtail.models import Page, Site

from courses.blocks import lesson_blocks
from courses.models import Audience, CourseIndexPage, CoursePage, Enrollment, LessonPage
from lms import roles
from lms.certification.models import (
    Certification,
    CertificationEvent,
    CourseStatus,
    StandardVersion,
    State,
)
from lms.staff.models import Department, EmployeeProfile
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
        EmployeeProfile.objects.count(),
        Certification.objects.count(),
        CertificationEvent.objects.count(),
        StandardVersion.objects.count(),
        # A second run moves no status: same state, dates and cycle, not touched since.
        sorted(
            CourseStatus.objects.values_list(
                "user_id", "course_id", "state", "overdue", "due_date", "cycle", "changed_at"
            )
        ),
    )


def test_demo_twice_duplicates_nothing():
    output = load()
    first = snapshot()
    assert_every_status_on_the_board(output)
    second = load()
    assert snapshot() == first
    assert "newhire" in output and "hr" in output
    assert "already there" in second and "Statuses: assigned" in second


def assert_every_status_on_the_board(output):
    """One load serves these checks: the demo is slow to build, so they share it."""
    states = set(CourseStatus.objects.values_list("state", flat=True))
    assert set(State.values) - {State.NOT_ASSIGNED} <= states
    assert CourseStatus.objects.filter(overdue=True, state=State.ASSIGNED).exists()
    assert CourseStatus.objects.filter(overdue=True, state=State.IN_PROGRESS).exists()
    revoked = Certification.objects.get(revoked_at__isnull=False)
    assert revoked.revoked_reason
    assert CertificationEvent.objects.filter(
        to_state=State.REVOKED, actor__username="hr", certification=revoked
    ).exists()
    # The organisation: departments, line managers, about forty people besides the demo accounts.
    assert EmployeeProfile.objects.count() >= 44
    assert Department.objects.filter(code="warehouse", name="Склад").exists()
    manager = get_user_model().objects.get(username="manager")
    assert set(manager.reports.values_list("user__username", flat=True)) >= {"newhire", "employee"}
    assert EmployeeProfile.objects.get(user__username="hr").department.code == "administration"
    # The demo accounts: the new hire has a plan and nothing done; the employee has a certificate
    # and must recertify after the material change.
    newhire = CourseStatus.objects.filter(user__username="newhire")
    assert newhire.count() == 3
    assert set(newhire.values_list("state", flat=True)) == {State.ASSIGNED}
    assert all(newhire.values_list("due_date", flat=True))
    employee = CourseStatus.objects.filter(user__username="employee")
    assert employee.filter(state=State.CERTIFIED, certification__isnull=False).exists()
    assert employee.filter(state=State.RECERT_REQUIRED).exists()
    change = StandardVersion.objects.get()
    assert "5 секунд" in change.summary and change.number == 2
    # Policies: every course asks for all lessons and its final quiz; two a conflict role-play.
    policies = [c for c in CoursePage.objects.all() if c.cert_quizzes.exists()]
    assert len(policies) == 5
    assert sum(c.cert_scenarios.filter(situation_type="conflict").exists() for c in policies) >= 2
    assert {c.validity_months for c in policies} == {None, 12, 24}
    summary = next(line for line in output.splitlines() if line.startswith("Statuses:"))
    assert "recertification required" in summary and "overdue" in summary


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
    # The German course on loyalty is published in the Russian catalogue too, in Russian.
    loyalty = (
        CoursePage.objects.live().child_of(site.root_page).get(slug="kundenbindung-durch-standards")
    )
    assert loyalty.locale.language_code == "ru" and "лояльность" in loyalty.title
    assert LessonPage.objects.live().child_of(loyalty).count() == 4


def test_demo_has_one_course_in_three_languages(client):
    load()
    keys = {}
    for course in CoursePage.objects.live().select_related("locale"):
        keys.setdefault(course.translation_key, set()).add(course.locale.language_code)
    assert {"ru", "de", "en"} in keys.values()
    assert_translations_practise_in_their_language(client)


def assert_translations_practise_in_their_language(client):
    """The German and English lessons embed a quiz and a role-play in German and English."""
    lessons = {
        lesson.locale.language_code: lesson.specific
        for lesson in LessonPage.objects.filter(slug="principles-system-that-learns")
    }
    embedded = {
        code: {b.block_type: b.value for b in lesson.body if b.block_type in {"quiz", "roleplay"}}
        for code, lesson in lessons.items()
    }
    russian_quiz = embedded["ru"]["quiz"]["quiz"]
    russian_roleplay = embedded["ru"]["roleplay"]["scenario"]
    client.force_login(get_user_model().objects.get(username="employee"))
    for code in ("de", "en"):
        quiz = embedded[code]["quiz"]["quiz"]
        roleplay = embedded[code]["roleplay"]["scenario"]
        assert quiz.pk != russian_quiz.pk and quiz.title != russian_quiz.title
        assert quiz.quiz_questions.count() == russian_quiz.quiz_questions.count()
        assert quiz.version_of == russian_quiz  # a pass counts for the policy's Russian quiz
        # A translation of the Russian role-play: a pass counts for the course's policy.
        assert roleplay.locale.language_code == code and roleplay.live
        assert roleplay.translation_key == russian_roleplay.translation_key
        html = client.get(lessons[code].url).content.decode()
        assert quiz.title in html and roleplay.title in html
        assert russian_quiz.title not in html and russian_roleplay.title not in html


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


def test_demo_rules_give_an_imported_new_hire_their_plan(
    client, django_capture_on_commit_callbacks
):
    from django.urls import reverse

    from lms.assignments.models import AssignmentRule
    from lms.staff import roster, services

    load()
    rules = AssignmentRule.objects.count()
    assert set(AssignmentRule.objects.values_list("scope", flat=True)) == {
        "all",
        "department",
        "job_role",
    }
    before = snapshot()
    load()
    assert AssignmentRule.objects.count() == rules  # idempotent
    assert snapshot() == before  # the rules did not re-date anyone's history
    csv = (
        "employee_number;first_name;last_name;email;department;job_role;hire_date\n"
        "N-1;Лидия;Новая;lidia@example.com;sales-floor;cashier;2026-03-01\n"
    )
    with django_capture_on_commit_callbacks(execute=True):
        report = services.import_roster(
            roster.read_roster(csv.encode(), "roster.csv"), dry_run=False
        )
    assert report.applied and report.created == 1
    person = EmployeeProfile.objects.get(employee_number="N-1").user
    statuses = CourseStatus.objects.filter(user=person, required=True)
    # All staff (principles, standards), the sales floor (ideal service), cashiers (feedback).
    assert statuses.count() == 4
    assert all(statuses.values_list("due_date", flat=True))
    client.force_login(person)
    response = client.get(reverse("lms:dashboard"))
    # Each course in the person's own language (a translation of the required original).
    shown = {row["course"].translation_key for row in response.context["rows"]}
    assert {s.course.translation_key for s in statuses} == shown
