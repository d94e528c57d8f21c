"""Trainers author standards in the Wagtail admin: create, preview, publish, schedule."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from courses.models import LessonPage
from tests.courses.factories import make_course


def listblock(items):
    data = {str(i): {"value": v, "deleted": "", "order": str(i)} for i, v in enumerate(items)}
    data["count"] = str(len(items))
    return data


EVERY_BLOCK = [
    ("heading", {"text": "Встреча клиента", "level": "h2"}),
    ("paragraph", rich_text("<p>Клиента замечают сразу.</p>")),
    ("rule", {"title": "Правило десяти секунд", "rule": "Поприветствуйте", "why": "Ценит"}),
    (
        "procedure",
        {
            "title": "Алгоритм",
            "situation": "Клиент в зале",
            "steps": listblock([{"action": "Поздороваться", "phrase": "Добрый день!"}]),
        },
    ),
    (
        "phrases",
        {
            "title": "Речевой стандарт",
            "context": "",
            "pairs": listblock([{"avoid": "Не знаю", "use": "Сейчас уточню", "why": ""}]),
        },
    ),
    ("do_dont", {"title": "", "do": listblock(["Улыбаться"]), "dont": listblock(["Спорить"])}),
    (
        "checklist",
        {"title": "Критерии", "criteria": listblock([{"code": "greets", "text": "Приветствует"}])},
    ),
    ("case", {"title": "Пицца", "story": "Очередь", "lesson": "Вывод", "outcome": "bad"}),
    ("quote", {"quote": "Стандарт знают все", "attribution": "Статья"}),
    ("callout", {"kind": "tip", "title": "Совет", "text": "Текст совета"}),
]


@pytest.fixture
def course(catalogue):
    page, _ = make_course(catalogue, lessons=1)
    return page


def post_data(**extra):
    data = nested_form_data(
        {
            "title": "Новый урок",
            "slug": "new-lesson",
            "intro": "Вступление",
            "body": streamfield(EVERY_BLOCK),
        }
    )
    data.update(extra)
    return data


def test_trainer_creates_and_publishes_a_lesson_with_every_block(client, trainer, course):
    client.force_login(trainer)
    add_url = reverse("wagtailadmin_pages:add", args=("courses", "lessonpage", course.pk))
    assert client.get(add_url).status_code == 200
    response = client.post(add_url, post_data(**{"action-publish": "publish"}))
    assert response.status_code == 302, response.content.decode()[:2000]
    lesson = LessonPage.objects.get(slug="new-lesson")
    assert lesson.live
    assert lesson.revisions.count() == 1
    assert [block.block_type for block in lesson.body] == [name for name, _ in EVERY_BLOCK]
    employee_view = lesson.serve(_request(trainer)).render().content.decode()
    for text in (
        "Правило десяти секунд",
        "«Добрый день!»",
        "Сейчас уточню",
        'data-criterion="greets"',
        "Текст совета",
        "Стандарт знают все",
    ):
        assert text in employee_view


def test_trainer_previews_a_lesson(client, trainer, course):
    client.force_login(trainer)
    preview_url = reverse(
        "wagtailadmin_pages:preview_on_add", args=("courses", "lessonpage", course.pk)
    )
    response = client.post(preview_url, post_data())
    assert response.json()["is_valid"] is True
    html = client.get(preview_url).content.decode()
    assert "Правило десяти секунд" in html


def test_scheduled_publishing_keeps_the_lesson_offline_until_due(client, trainer, course):
    client.force_login(trainer)
    add_url = reverse("wagtailadmin_pages:add", args=("courses", "lessonpage", course.pk))
    go_live = timezone.localtime() + datetime.timedelta(days=30)
    response = client.post(
        add_url,
        post_data(
            **{"action-publish": "publish", "go_live_at": go_live.strftime("%Y-%m-%d %H:%M")}
        ),
    )
    assert response.status_code == 302
    lesson = LessonPage.objects.get(slug="new-lesson")
    assert not lesson.live
    assert lesson.scheduled_revision is not None

    # The cron job publishes it once its time has come, not before.
    from unittest import mock

    from django.core.management import call_command

    call_command("publish_scheduled")
    lesson.refresh_from_db()
    assert not lesson.live
    with mock.patch(
        "django.utils.timezone.now", return_value=go_live + datetime.timedelta(minutes=1)
    ):
        call_command("publish_scheduled")
    lesson.refresh_from_db()
    assert lesson.live


def test_employee_cannot_reach_the_admin(client, employee, course):
    client.force_login(employee)
    add_url = reverse("wagtailadmin_pages:add", args=("courses", "lessonpage", course.pk))
    response = client.get(add_url)
    assert response.status_code in (302, 403)
    assert LessonPage.objects.filter(slug="new-lesson").count() == 0


def _request(user):
    from django.test import RequestFactory

    request = RequestFactory().get("/")
    request.user = user
    return request
