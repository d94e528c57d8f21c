"""The ScenarioBlock: a card with the briefing and a start button, in the reader's language."""

import pytest
from django.test import RequestFactory

from quizzes.scenarios.blocks import ScenarioBlock
from tests.quizzes.scenarios.factories import make_scenario

pytestmark = pytest.mark.django_db


def render(scenario, user, path="/lessons/greeting/", heading=""):
    block = ScenarioBlock()
    value = block.to_python({"scenario": scenario.pk, "heading": heading})
    request = RequestFactory().get(path)
    request.user = user
    return block.render(value, context={"request": request, "csrf_token": "token"})


def test_card_has_title_briefing_and_a_start_form_back_to_the_lesson(employee):
    html = render(make_scenario(), employee)
    assert "Seven people waiting" in html
    assert "seven people are waiting" in html
    assert 'action="/roleplays/pizza-queue/start/"' in html
    assert 'name="next" value="/lessons/greeting/"' in html


def test_heading_overrides_the_title(employee):
    assert "Practise it" in render(make_scenario(), employee, heading="Practise it")


def test_a_draft_scenario_renders_nothing(employee):
    scenario = make_scenario()
    scenario.live = False
    scenario.save()
    assert "Seven people waiting" not in render(scenario, employee)


def test_the_card_shows_the_translation_of_the_readers_language(employee, russian_default):
    from django.utils import translation
    from wagtail.models import Locale

    ru = make_scenario()
    make_scenario(locale=Locale.objects.get_or_create(language_code="en")[0], title="In English")
    with translation.override("en"):
        html = render(ru, employee, path="/en/lessons/greeting/")
    assert "In English" in html
    assert 'action="/en/roleplays/pizza-queue/start/"' in html
