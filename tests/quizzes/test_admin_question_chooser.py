"""The question chooser filters by category and by quiz."""

import pytest
from django.urls import reverse

from tests.quizzes.factories import CategoryFactory, make_quiz, true_false

pytestmark = pytest.mark.django_db

RESULTS = "wagtailsnippetchoosers_quizzes_question:choose_results"


def test_the_chooser_filters_questions_by_category_and_quiz(client, trainer):
    greeting, farewell = CategoryFactory(name="Приветствие"), CategoryFactory(name="Прощание")
    hello = true_false(content="Здороваются первыми?", category=greeting)
    bye = true_false(content="Прощаются с улыбкой?", category=farewell)
    other = true_false(content="Благодарят за покупку?", category=farewell)
    quiz = make_quiz([bye])
    client.force_login(trainer)
    page = client.get(reverse("wagtailsnippetchoosers_quizzes_question:choose")).json()["html"]
    assert 'name="category"' in page and 'name="quiz"' in page
    everything = client.get(reverse(RESULTS)).content.decode()
    assert all(q.content in everything for q in (hello, bye, other))
    by_category = client.get(reverse(RESULTS), {"category": greeting.pk}).content.decode()
    assert hello.content in by_category and bye.content not in by_category
    by_quiz = client.get(reverse(RESULTS), {"quiz": quiz.pk}).content.decode()
    assert bye.content in by_quiz and other.content not in by_quiz and hello.content not in by_quiz
    searched = client.get(reverse(RESULTS), {"category": farewell.pk, "q": "Благодарят"})
    assert other.content in searched.content.decode()
    assert bye.content not in searched.content.decode()


def test_an_unknown_filter_value_is_no_500(client, trainer):
    client.force_login(trainer)
    response = client.get(reverse(RESULTS), {"category": "x", "quiz": "[]"})
    assert response.status_code == 200
