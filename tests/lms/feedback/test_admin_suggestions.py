"""The trainers' "Suggestions" in the Wagtail admin: trainers list, filter, answer; HR looks;
employees get no admin; nobody adds a suggestion there, trainers delete none."""

import pytest
from django.urls import reverse

from lms.feedback import signals
from lms.feedback.models import Suggestion
from tests.lms.factories import UserFactory
from tests.lms.feedback.factories import make_lesson, suggest

INDEX = reverse("suggestions:index")


@pytest.fixture
def suggestion(catalogue, employee):
    _course, lesson = make_lesson(catalogue, title="Жалобы")
    return suggest(employee, lesson, text="Что делать, если клиент снимает на телефон?")


def edit_url(suggestion):
    return reverse("suggestions:edit", args=[suggestion.pk])


def test_a_trainer_lists_and_filters_suggestions(client, trainer, catalogue, suggestion):
    _course, other_lesson = make_lesson(catalogue, title="Касса")
    suggest(UserFactory(), other_lesson, text="Про очередь у кассы", kind="improvement")
    client.force_login(trainer)
    html = client.get(INDEX).content.decode()
    assert "Что делать, если клиент снимает" in html
    assert "Про очередь у кассы" in html
    by_kind = client.get(INDEX, {"kind": "uncovered"}).content.decode()
    assert "Что делать, если клиент снимает" in by_kind
    assert "Про очередь у кассы" not in by_kind
    by_course = client.get(INDEX, {"course": suggestion.course_id}).content.decode()
    assert "Что делать, если клиент снимает" in by_course
    assert "Про очередь у кассы" not in by_course
    by_status = client.get(INDEX, {"status": "resolved"}).content.decode()
    assert "Что делать, если клиент снимает" not in by_status


def test_a_trainer_answers_and_the_author_sees_it(
    client, trainer, employee, suggestion, django_capture_on_commit_callbacks
):
    heard = []

    def listener(sender, suggestion, trainer, previous_status, **kwargs):
        heard.append((suggestion.pk, trainer.pk, previous_status))

    signals.suggestion_answered.connect(listener, dispatch_uid="test-answered")
    try:
        client.force_login(trainer)
        form = client.get(edit_url(suggestion))
        assert form.status_code == 200
        assert "Что делать, если клиент снимает" in form.content.decode()
        with django_capture_on_commit_callbacks(execute=True):
            response = client.post(
                edit_url(suggestion),
                {
                    "status": "accepted",
                    "answer": "Добавим раздел о съёмке в стандарт.",
                    # Read-only fields are not in the form: a forged value changes nothing.
                    "text": "Подделка",
                    "author": str(trainer.pk),
                },
            )
    finally:
        signals.suggestion_answered.disconnect(dispatch_uid="test-answered")
    assert response.status_code == 302
    suggestion.refresh_from_db()
    assert suggestion.status == Suggestion.Status.ACCEPTED
    assert suggestion.answer == "Добавим раздел о съёмке в стандарт."
    assert suggestion.answered_by == trainer
    assert suggestion.answered_at is not None
    assert suggestion.text == "Что делать, если клиент снимает на телефон?"
    assert suggestion.author == employee
    assert heard == [(suggestion.pk, trainer.pk, "new")]

    client.force_login(employee)
    html = client.get(reverse("feedback:mine")).content.decode()
    assert "Добавим раздел о съёмке в стандарт." in html


def test_declining_without_an_answer_is_refused(client, trainer, suggestion):
    client.force_login(trainer)
    response = client.post(edit_url(suggestion), {"status": "declined", "answer": " "})
    assert response.status_code == 200
    suggestion.refresh_from_db()
    assert suggestion.status == Suggestion.Status.NEW
    assert suggestion.answered_by is None


def test_hr_looks_but_does_not_answer(client, hr_officer, suggestion):
    client.force_login(hr_officer)
    assert client.get(INDEX).status_code == 200
    inspect = client.get(reverse("suggestions:inspect", args=[suggestion.pk]))
    assert inspect.status_code == 200
    assert "Что делать, если клиент снимает" in inspect.content.decode()
    response = client.post(edit_url(suggestion), {"status": "resolved", "answer": "Нет"})
    assert response.status_code in (302, 403)
    assert response.status_code == 403 or response["Location"] != INDEX
    suggestion.refresh_from_db()
    assert suggestion.status == Suggestion.Status.NEW


def test_employees_get_no_admin(client, employee, suggestion):
    client.force_login(employee)
    for url in (
        INDEX,
        edit_url(suggestion),
        reverse("suggestions:inspect", args=[suggestion.pk]),
        reverse("wagtailadmin_home"),
    ):
        response = client.get(url)
        assert response.status_code in (302, 403), url
        if response.status_code == 302:
            assert response["Location"].startswith(reverse("wagtailadmin_login"))
    client.post(edit_url(suggestion), {"status": "resolved", "answer": "Сам себе"})
    suggestion.refresh_from_db()
    assert suggestion.status == Suggestion.Status.NEW


@pytest.mark.parametrize("person", ["trainer", "superuser"])
def test_nobody_adds_a_suggestion_in_the_admin(client, request, suggestion, person):
    user = (
        request.getfixturevalue("trainer")
        if person == "trainer"
        else UserFactory(is_superuser=True, is_staff=True)
    )
    client.force_login(user)
    add_url = reverse("suggestions:add")
    assert add_url not in client.get(INDEX).content.decode()
    response = client.post(add_url, {"status": "new", "answer": ""})
    assert response.status_code in (302, 403)
    assert Suggestion.objects.count() == 1


def test_trainers_delete_no_suggestion(client, trainer, suggestion):
    client.force_login(trainer)
    delete_url = reverse("suggestions:delete", args=[suggestion.pk])
    assert delete_url not in client.get(edit_url(suggestion)).content.decode()
    client.post(delete_url)
    assert Suggestion.objects.filter(pk=suggestion.pk).exists()


def test_the_list_shows_authors_by_their_full_name(client, trainer, catalogue):
    _course, lesson = make_lesson(catalogue, title="Возвраты")
    author = UserFactory(username="ivanova.m", first_name="Мария", last_name="Иванова")
    suggest(author, lesson, text="Добавьте пример с чеком")
    client.force_login(trainer)
    html = client.get(INDEX).content.decode()
    assert "Добавьте пример с чеком" in html
    assert "Мария Иванова" in html
    assert "ivanova.m" not in html
