"""Our admin screens read as Russian: "Добавить категорию", "Выбрать аудиторию", and messages
that fit any gender ("Создано: вопрос «…»", not "Вопрос … создана")."""

import pytest
from django.contrib.messages import get_messages
from django.urls import reverse
from django.utils import translation
from wagtail.blocks import ChoiceBlock
from wagtail.users.models import UserProfile

from quizzes.models import Category
from tests.lms.factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def russian_admin(client):
    admin = UserFactory(is_superuser=True, is_staff=True)
    UserProfile.get_for_user(admin)
    UserProfile.objects.filter(user=admin).update(preferred_language="ru")
    client.force_login(admin)
    return client


def test_the_add_button_takes_the_accusative(russian_admin):
    html = russian_admin.get(reverse("wagtailsnippets_quizzes_category:list")).content.decode()
    assert "Добавить категорию" in html
    assert "Добавить категория" not in html


def test_the_chooser_takes_the_accusative(russian_admin):
    html = russian_admin.get(reverse("wagtailsnippets_staff_department:add")).content.decode()
    assert "Выбрать аудиторию" in html
    assert "Выбрать аудитория" not in html


def test_created_message_fits_the_gender(russian_admin):
    response = russian_admin.post(
        reverse("wagtailsnippets_quizzes_category:add"),
        {
            "name": "Касса",
            "sub_categories-TOTAL_FORMS": "0",
            "sub_categories-INITIAL_FORMS": "0",
            "sub_categories-MIN_NUM_FORMS": "0",
            "sub_categories-MAX_NUM_FORMS": "1000",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    assert Category.objects.filter(name="Касса").exists()
    texts = [str(m) for m in get_messages(response.wsgi_request)]
    assert len(texts) == 1
    assert texts[0].startswith("Создано: категория «Касса».")
    assert "создана" not in texts[0]


def test_a_choice_block_asks_in_russian():
    with translation.override("ru"):
        html = ChoiceBlock(choices=[("a", "A")], required=False).field.widget.render("x", "")
    assert "Выберите вариант" in html
    assert "Select an option" not in html
