"""The course page and "My training" say what is left for the certificate, each requirement done
or not with its link, and one next step; "completed" is said only of what is complete. The course
sidebar shows the due date once, only while something is due, and no validity once revoked."""

import datetime as dt
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils.translation import gettext, override

from lms.certification import services
from lms.certification.models import CourseStatus, State
from tests.courses.factories import make_course
from tests.quizzes.factories import make_quiz, multiple_choice
from tests.quizzes.scenarios.factories import make_scenario

from .helpers import finish_lessons, take_quiz

pytestmark = pytest.mark.django_db


def ru(msgid, **values):
    with override("ru"):
        return gettext(msgid) % values if values else gettext(msgid)


@pytest.fixture
def roleplay(db):
    return make_scenario(title="Недовольный клиент", slug="unhappy-customer")


@pytest.fixture
def assigned(standard, roleplay, employee, run):
    course, lessons = standard
    course.cert_scenarios.add(roleplay)
    course.save_revision().publish()
    course.refresh_from_db()
    run(services.assign, employee, course, due_date=dt.date.today() + dt.timedelta(days=10))
    return course, lessons


def aside(html):
    return html.split('<aside class="sidebar"', 1)[1].split("</aside>", 1)[0]


def test_after_the_last_lesson_the_course_says_what_is_left(
    client, assigned, quiz, roleplay, employee, run
):
    course, lessons = assigned
    run(finish_lessons, employee, lessons)
    client.force_login(employee)
    response = client.get(course.url)
    html = response.content.decode()
    assert ru("Course completed") not in html
    assert "Курс пройден" not in html
    side = aside(html)
    assert ru("All lessons read") in side
    assert ru("Left for the certificate") in side
    # Each requirement, done or not, with its link.
    quiz_url = reverse("quizzes:detail", args=[quiz.slug])
    roleplay_url = reverse("scenarios:detail", args=[roleplay.slug])
    assert ru("Pass the quiz “%(title)s”", title=quiz.title) in side
    assert ru("Pass the role-play “%(title)s”", title=roleplay.title) in side
    assert f'href="{quiz_url}"' in side and f'href="{roleplay_url}"' in side
    items = re.findall(r'<li class="requirement( requirement-done)?">', side)
    assert items == [" requirement-done", "", ""]
    # One next step: the quiz (the first thing not done).
    buttons = re.findall(r'<a class="button[^"]*" href="([^"]+)"', side)
    assert buttons == [quiz_url]
    assert ru("Next step: the quiz") in side


def test_before_any_lesson_there_is_still_one_button(client, assigned, employee):
    course, lessons = assigned
    client.force_login(employee)
    side = aside(client.get(course.url).content.decode())
    assert ru("Read every lesson") in side
    buttons = re.findall(r'<a class="button[^"]*" href="([^"]+)"', side)
    assert buttons == [lessons[0].url]  # "start the course", not a second next step


def test_my_training_lists_what_is_left_per_course(client, assigned, quiz, employee, run):
    course, lessons = assigned
    run(finish_lessons, employee, lessons)
    client.force_login(employee)
    html = client.get(reverse("lms:dashboard")).content.decode()
    row = html.split("<tbody>", 1)[1].split("</tr>", 1)[0]
    assert ru("All lessons read") in row
    assert ru("Left for the certificate") in row
    assert f'href="{reverse("quizzes:detail", args=[quiz.slug])}"' in row
    assert row.count("next-step") == 1
    assert ru("Completed") not in row


def test_certified_course_lists_nothing_left_and_no_due_date(
    client, assigned, quiz, roleplay, employee, run
):
    course, lessons = assigned
    run(finish_lessons, employee, lessons)
    run(take_quiz, employee, quiz)
    services.record_pass(employee, "scenario", roleplay.translation_key, roleplay.title, 100)
    run(services.progress, employee, course)
    status = CourseStatus.objects.get(user=employee, course=course)
    assert status.state == State.CERTIFIED and status.due_date is not None
    client.force_login(employee)
    side = aside(client.get(course.url).content.decode())
    assert ru("Left for the certificate") not in side
    due = ru("Due by %(date)s", date="")
    assert due.strip() not in side  # not once, not twice: nothing is due any more
    html = client.get(reverse("lms:dashboard")).content.decode()
    row = html.split("<tbody>", 1)[1].split("</tr>", 1)[0]
    assert "next-step" not in row
    assert row.rstrip().endswith("—</td>")  # the due column is empty


def test_revoked_certificate_shows_no_validity(client, standard, quiz, employee, hr_officer, run):
    course, lessons = standard
    course.validity_months = None
    course.save_revision().publish()
    run(finish_lessons, employee, lessons)
    run(take_quiz, employee, quiz)
    status = CourseStatus.objects.get(user=employee, course=course)
    assert status.state == State.CERTIFIED
    client.force_login(employee)
    assert ru("Certificate without expiry") in aside(client.get(course.url).content.decode())
    run(services.revoke, status.certification, actor=hr_officer, reason="Чужая учётная запись")
    side = aside(client.get(course.url).content.decode())
    assert ru("Revoked") in side
    assert ru("Certificate without expiry") not in side


def test_the_due_date_shows_once(client, assigned, employee):
    course, _lessons = assigned
    client.force_login(employee)
    side = aside(client.get(course.url).content.decode())
    assert side.count(ru("Due by %(date)s", date="").strip()) == 1


def count(client, url):
    client.get(url)
    with CaptureQueriesContext(connection) as ctx:
        assert client.get(url).status_code == 200
    return len(ctx.captured_queries)


def test_dashboard_queries_do_not_grow_with_courses_and_requirements(
    client, catalogue, employee, run
):
    counts = []
    for n in (1, 4):
        for i in range(n):
            course, lessons = make_course(catalogue, lessons=2)
            course.cert_quizzes.add(make_quiz([multiple_choice()]))
            course.cert_scenarios.add(make_scenario(slug=f"play-{n}-{i}"))
            course.save_revision().publish()
            run(services.assign, employee, course, due_date=dt.date.today())
            run(finish_lessons, employee, lessons[:1])
        client.force_login(employee)
        counts.append(count(client, reverse("lms:dashboard")))
    assert counts[0] == counts[1], counts
