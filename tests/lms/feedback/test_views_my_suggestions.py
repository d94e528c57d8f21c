""" "My suggestions": a person sees their own suggestions with status and the trainer's answer,
never anybody else's; the page's SQL query count does not grow with the number of rows."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from lms.feedback import services
from lms.feedback.models import Suggestion
from tests.lms.factories import UserFactory
from tests.lms.feedback.factories import make_lesson, suggest

MINE = reverse("feedback:mine")


@pytest.fixture
def lesson(catalogue):
    return make_lesson(catalogue, title="Работа с возражениями")[1]


def test_my_suggestions_needs_sign_in(client, lesson):
    other = suggest(UserFactory(), lesson)
    for url in (MINE, reverse("feedback:detail", args=[other.pk])):
        response = client.get(url)
        assert response.status_code == 302
        assert response["Location"].startswith(reverse("login"))


def test_a_person_sees_only_their_own_suggestions(client, employee, lesson):
    mine = suggest(employee, lesson, text="Моя идея про возврат")
    theirs = suggest(UserFactory(), lesson, text="Чужая идея про скидки")
    client.force_login(employee)
    html = client.get(MINE).content.decode()
    assert "Моя идея про возврат" in html
    assert reverse("feedback:detail", args=[mine.pk]) in html
    assert "Чужая идея про скидки" not in html
    assert reverse("feedback:detail", args=[theirs.pk]) not in html
    assert "Работа с возражениями" in html  # the course it is about, linked


def test_somebody_elses_suggestion_is_a_404(client, employee, lesson):
    theirs = suggest(UserFactory(), lesson, text="Чужая идея")
    client.force_login(employee)
    assert client.get(reverse("feedback:detail", args=[theirs.pk])).status_code == 404
    assert client.get(reverse("feedback:detail", args=[999_999])).status_code == 404


def test_the_author_sees_status_and_answer(client, employee, trainer, lesson):
    mine = suggest(employee, lesson, text="Нет сценария для доставки")
    client.force_login(employee)
    html = client.get(MINE).content.decode()
    assert str(Suggestion.Status.NEW.label) in html
    services.answer(mine, trainer, "Добавим в следующей версии.", Suggestion.Status.ACCEPTED)
    for url in (MINE, reverse("feedback:detail", args=[mine.pk])):
        html = client.get(url).content.decode()
        assert "Добавим в следующей версии." in html
        assert str(Suggestion.Status.ACCEPTED.label) in html
        assert "badge-completed" in html


def test_the_dashboard_links_my_suggestions(client, employee):
    client.force_login(employee)
    assert f'href="{MINE}"' in client.get(reverse("lms:dashboard")).content.decode()


def test_an_empty_list_says_where_to_suggest(client, employee):
    client.force_login(employee)
    response = client.get(MINE)
    assert response.status_code == 200
    assert 'class="suggestion-list"' not in response.content.decode()


def count_queries(client):
    client.get(MINE)  # warm per-process caches (site root paths, content types)
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(MINE)
    assert response.status_code == 200
    return len(ctx.captured_queries), response.content.decode().count('class="suggestion"')


# Session and user; count and page of suggestions (course and lesson joined); the reader's locale
# and the translations of the courses and lessons shown; the user's and groups' permissions (the
# menu's admin link); the site, for the pages' links.
MY_SUGGESTIONS_QUERIES = 9


@pytest.mark.parametrize("how_many", [1, 20])
def test_my_suggestions_runs_a_pinned_number_of_queries(
    client, employee, trainer, catalogue, django_assert_num_queries, how_many
):
    lessons = [make_lesson(catalogue)[1] for _ in range(min(how_many, 4))]
    for n in range(how_many):
        suggestion = suggest(employee, lessons[n % len(lessons)], text=f"Идея {n}")
        if n % 2:
            services.answer(suggestion, trainer, "Спасибо", Suggestion.Status.RESOLVED)
    client.force_login(employee)
    client.get(MINE)
    with django_assert_num_queries(MY_SUGGESTIONS_QUERIES):
        html = client.get(MINE).content.decode()
    assert html.count('class="suggestion"') == how_many
