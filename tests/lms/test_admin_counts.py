"""Counts in our admin listings use real plural forms: "56 вопросов", not "56 вопросы"."""

import pytest
from django.urls import reverse
from django.utils import translation
from wagtail.users.models import UserProfile

from quizzes.models import Question
from tests.lms.factories import UserFactory
from tests.quizzes.factories import multiple_choice
from theme.admin_counts import count_label

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("language", "count", "label"),
    [
        ("ru", 1, "1 вопрос"),
        ("ru", 3, "3 вопроса"),
        ("ru", 8, "8 вопросов"),
        ("ru", 21, "21 вопрос"),
        ("ru", 56, "56 вопросов"),
        ("de", 1, "1 Frage"),
        ("de", 56, "56 Fragen"),
        ("en", 1, "1 question"),
        ("en", 56, "56 questions"),
    ],
)
def test_question_counts(language, count, label):
    with translation.override(language):
        assert count_label(Question, count) == label


@pytest.mark.parametrize(
    ("language", "count", "label"),
    [("ru", 3, "3 курса"), ("ru", 5, "5 курсов"), ("de", 3, "3 Kurse")],
)
def test_course_counts(language, count, label):
    from courses.models import CoursePage

    with translation.override(language):
        assert count_label(CoursePage, count) == label


def test_role_play_counts_in_russian():
    from quizzes.scenarios.models import Scenario

    with translation.override("ru"):
        assert count_label(Scenario, 9) == "9 ролевых игр"
        assert count_label(Scenario, 2) == "2 ролевые игры"


def test_the_question_listing_says_how_many_in_russian(client):
    admin = UserFactory(is_superuser=True, is_staff=True)
    UserProfile.get_for_user(admin)
    UserProfile.objects.filter(user=admin).update(preferred_language="ru")
    for _ in range(3):
        multiple_choice()
    client.force_login(admin)
    html = client.get(reverse("wagtailsnippets_quizzes_question:list")).content.decode()
    assert "3 вопроса" in html
    assert "3 вопросы" not in html


def test_a_model_not_ours_keeps_wagtails_label():
    from wagtail.models import Page

    assert count_label(Page, 3) is None
