"""The suggestion form under every lesson: shown, sent (PRG with a message), refused when
invalid (the lesson again with what is wrong, nothing written), signed-in only, CSRF-checked."""

import pytest
from django.test import Client
from django.urls import reverse
from wagtail.models import Locale

from lms.feedback.models import Suggestion
from tests.courses.factories import make_course
from tests.lms.feedback.factories import make_lesson


@pytest.fixture
def lesson(catalogue):
    return make_lesson(catalogue, title="Встреча клиента")


def submit_url(lesson_page):
    return reverse("feedback:submit", args=[lesson_page.pk])


def test_the_lesson_page_shows_an_accessible_suggestion_form(client, employee, lesson):
    _course, page = lesson
    client.force_login(employee)
    html = client.get(page.url).content.decode()
    assert "<details" in html
    assert 'class="feedback-disclosure"' in html
    assert f'action="{submit_url(page)}"' in html
    assert "<legend>" in html
    for kind in Suggestion.Kind.values:
        assert f'value="{kind}"' in html
    assert '<label for="suggestion-text">' in html
    assert '<textarea name="text" id="suggestion-text"' in html
    assert "feedback/feedback.css" in html
    # Closed until the person opens it.
    assert '<details class="feedback-disclosure">' in html


def test_sending_a_suggestion_records_it_and_returns_to_the_lesson(client, employee, lesson):
    course, page = lesson
    client.force_login(employee)
    response = client.post(
        submit_url(page), {"kind": "improvement", "text": "  Дайте пример фразы.  "}
    )
    assert response.status_code == 302
    assert response["Location"] == page.url
    suggestion = Suggestion.objects.get()
    assert (suggestion.author, suggestion.course_id, suggestion.lesson_id) == (
        employee,
        course.pk,
        page.pk,
    )
    assert suggestion.kind == "improvement"
    assert suggestion.text == "Дайте пример фразы."
    assert suggestion.status == Suggestion.Status.NEW
    followed = client.get(response["Location"]).content.decode()
    assert 'class="message message-success"' in followed


TEXT_ERRORS = (
    "suggestion-text-errors",
    'aria-describedby="suggestion-text-help suggestion-text-errors"',
)
KIND_ERRORS = ("suggestion-kind-errors", 'aria-describedby="suggestion-kind-errors"')


@pytest.mark.parametrize(
    ("data", "error"),
    [
        ({"kind": "improvement", "text": "   "}, TEXT_ERRORS),
        ({"kind": "improvement"}, TEXT_ERRORS),
        ({"kind": "nonsense", "text": "Текст"}, KIND_ERRORS),
        ({"kind": "improvement", "text": "x" * 2001}, TEXT_ERRORS),
    ],
)
def test_an_invalid_suggestion_shows_the_lesson_with_errors_and_writes_nothing(
    client, employee, lesson, data, error
):
    error_id, described_by = error
    _course, page = lesson
    client.force_login(employee)
    response = client.post(submit_url(page), data)
    assert response.status_code == 200
    html = response.content.decode()
    assert page.title in html
    assert '<details class="feedback-disclosure" open>' in html
    assert f'id="{error_id}"' in html
    assert described_by in html
    assert 'class="message message-error"' in html
    assert not Suggestion.objects.exists()


def test_an_invalid_suggestion_keeps_the_persons_words(client, employee, lesson):
    _course, page = lesson
    client.force_login(employee)
    html = client.post(submit_url(page), {"text": "Мой длинный текст"}).content.decode()
    assert "Мой длинный текст</textarea>" in html
    assert 'aria-describedby="suggestion-kind-errors"' in html


def test_anonymous_people_are_sent_to_sign_in(client, lesson):
    _course, page = lesson
    response = client.post(submit_url(page), {"kind": "improvement", "text": "Текст"})
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("login"))
    assert not Suggestion.objects.exists()


def test_sending_needs_a_csrf_token(employee, lesson):
    _course, page = lesson
    client = Client(enforce_csrf_checks=True)
    client.force_login(employee)
    data = {"kind": "improvement", "text": "Текст"}
    assert client.post(submit_url(page), data).status_code == 403
    assert not Suggestion.objects.exists()
    html = client.get(page.url).content.decode()
    form_html = html.split('class="feedback-disclosure"')[1]
    token = form_html.split('name="csrfmiddlewaretoken" value="')[1].split('"')[0]
    response = client.post(submit_url(page), {**data, "csrfmiddlewaretoken": token})
    assert response.status_code == 302
    assert Suggestion.objects.count() == 1


def test_get_is_refused(client, employee, lesson):
    _course, page = lesson
    client.force_login(employee)
    assert client.get(submit_url(page)).status_code == 405


def test_an_unpublished_lesson_takes_no_suggestions(client, employee, lesson):
    _course, page = lesson
    page.unpublish()
    client.force_login(employee)
    response = client.post(submit_url(page), {"kind": "improvement", "text": "Текст"})
    assert response.status_code == 404
    assert not Suggestion.objects.exists()


def test_a_suggestion_from_a_translation_lands_on_the_original(client, employee, catalogue):
    course, lessons = make_course(catalogue, lessons=1)
    de = Locale.objects.get(language_code="de")
    catalogue.copy_for_translation(de).save_revision().publish()
    course.copy_for_translation(de).save_revision().publish()
    de_lesson = lessons[0].copy_for_translation(de)
    de_lesson.save_revision().publish()
    client.force_login(employee)
    response = client.post(
        reverse("feedback:submit", args=[de_lesson.pk]), {"kind": "unclear", "text": "Unklar"}
    )
    assert response.status_code == 302
    de_lesson.refresh_from_db()
    assert response["Location"] == de_lesson.url
    suggestion = Suggestion.objects.get()
    assert (suggestion.course_id, suggestion.lesson_id) == (course.pk, lessons[0].pk)
