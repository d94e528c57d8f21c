"""The player tells the page nothing that predicts the best reply: opaque tokens, shuffled order."""

import re

import pytest

from quizzes.scenarios import services
from quizzes.scenarios.models import PathEntry
from tests.lms.factories import UserFactory
from tests.quizzes.scenarios.factories import choice_id, choice_token, make_scenario

pytestmark = pytest.mark.django_db

RADIO = re.compile(r'name="choice" id="choice-\d+" value="([^"]*)"')
REPLY_TEXTS = ("I&#x27;m not paid per pizza.", "I&#x27;m sorry for the wait.")


@pytest.fixture
def scenario(db):
    return make_scenario()


@pytest.fixture
def player(client, employee):
    client.force_login(employee)
    return client


def page(client, attempt):
    return client.get(f"/roleplays/play/{attempt.pk}/").content.decode()


def order_of(html):
    return tuple(sorted(REPLY_TEXTS, key=html.index))


def test_the_page_offers_tokens_not_reply_ids(player, employee, scenario):
    attempt = services.start_attempt(employee, scenario)
    html = page(player, attempt)
    values = RADIO.findall(html)
    assert len(values) == 2
    assert all(re.fullmatch(r"[0-9a-f]{24}", v) for v in values)
    for step in scenario.graph().steps:
        for choice in step.choices:
            assert choice.id not in html
    assert sorted(values) == sorted(choice_token(attempt, "s1", n) for n in (0, 1))


def test_a_reply_id_instead_of_a_token_is_refused_and_nothing_written(player, employee, scenario):
    attempt = services.start_attempt(employee, scenario)
    response = player.post(
        f"/roleplays/play/{attempt.pk}/",
        {"step": "s1", "choice": choice_id(scenario, "s1", 1)},
        headers={"X-Requested-With": "fetch"},
    )
    assert response.status_code == 400
    assert "Choose one of the replies." in response.content.decode()
    assert not PathEntry.objects.exists()


@pytest.mark.parametrize("token", ["", "0" * 24, "zz", "a" * 500, "\x00" * 24])
def test_a_forged_token_is_refused_and_nothing_written(player, employee, scenario, token):
    attempt = services.start_attempt(employee, scenario)
    response = player.post(
        f"/roleplays/play/{attempt.pk}/",
        {"step": "s1", "choice": token},
        headers={"X-Requested-With": "fetch"},
    )
    assert response.status_code == 400
    assert not PathEntry.objects.exists()


def test_a_token_of_another_attempt_is_refused(player, employee, scenario):
    other = services.start_attempt(UserFactory(), scenario)
    attempt = services.start_attempt(employee, scenario)
    stolen = choice_token(other, "s1", 1)
    assert stolen != choice_token(attempt, "s1", 1)
    response = player.post(f"/roleplays/play/{attempt.pk}/", {"step": "s1", "choice": stolen})
    assert "Choose one of the replies." in page(player, attempt)
    assert response.status_code == 302
    assert not PathEntry.objects.exists()


def test_the_order_is_stable_within_an_attempt(player, employee, scenario):
    attempt = services.start_attempt(employee, scenario)
    first = page(player, attempt)
    again = page(player, attempt)
    assert RADIO.findall(first) == RADIO.findall(again)
    assert order_of(first) == order_of(again)


def test_the_order_changes_from_one_attempt_to_another(player, employee, scenario):
    orders = set()
    for _n in range(12):
        attempt = services.start_attempt(employee, scenario, restart=True)
        orders.add(order_of(page(player, attempt)))
    # Two replies, twelve attempts: both orders show (a fixed order would give one).
    assert len(orders) == 2


# Criteria in the result ----------------------------------------------------------------------


def test_the_result_names_criteria_by_their_label_not_their_identifier(player, employee):
    from tests.quizzes.scenarios.factories import play

    scenario = make_scenario()
    attempt = play(services.start_attempt(employee, scenario), 0)  # breaks the standard
    html = page(player, attempt)
    assert "Criteria of the standard you broke:" in html
    assert "respects-customer-time" not in html
    assert "Respects customer time" in html
