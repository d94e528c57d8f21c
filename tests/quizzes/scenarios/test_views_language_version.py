"""A role-play is shown in the page's language where it exists, and says so plainly when not;
the editor's tabs are a real tab set."""

import pytest
from wagtail.admin.panels import TabbedInterface, get_edit_handler
from wagtail.models import Locale

from quizzes.scenarios.models import Scenario
from tests.quizzes.scenarios.factories import make_scenario

pytestmark = pytest.mark.django_db


@pytest.fixture
def player(client, employee):
    client.force_login(employee)
    return client


def test_only_another_languages_version_is_said_plainly(player):
    make_scenario(locale=Locale.objects.get_or_create(language_code="ru")[0])
    html = player.get("/de/roleplays/pizza-queue/").content.decode()
    assert "Dieses Rollenspiel gibt es nur auf Russisch" in html


def test_the_version_in_the_pages_language_is_shown(player):
    make_scenario(locale=Locale.objects.get_or_create(language_code="ru")[0], title="Очередь")
    make_scenario(locale=Locale.objects.get_or_create(language_code="de")[0])
    html = player.get("/de/roleplays/pizza-queue/").content.decode()
    assert "Seven people waiting" in html and "Очередь" not in html
    assert "gibt es nur auf" not in html


def test_the_editor_is_one_tab_set():
    handler = get_edit_handler(Scenario)
    assert isinstance(handler, TabbedInterface)
    assert [str(tab.heading) for tab in handler.children] == ["Situation", "Dialogue"]
