"""What the database would refuse never becomes an error page: reply ids and the address.

Reply ids: a step inserted in the editor used to copy the one default reply id Wagtail generated
for the page, so two steps' first replies shared an id and the player showed one step's feedback
under the other's answer. Addresses: a second role-play with a taken address in the same language
was an IntegrityError (HTTP 500) on save draft, autosave and publish.
"""

import json

import pytest
from django.core.exceptions import ValidationError
from wagtail.models import Locale

from quizzes.scenarios.blocks import StepBlock
from quizzes.scenarios.models import Scenario
from tests.quizzes.scenarios.factories import make_scenario
from tests.quizzes.scenarios.test_admin_authoring import ADD_URL, form_data, reply

pytestmark = pytest.mark.django_db

SHARED = "3f1c2a9e-0000-4000-8000-000000000001"


@pytest.fixture
def admin_client(client, trainer):
    client.force_login(trainer)
    return client


def replies(*items):
    """Replies as the editor posts them, each with the id the page gave it."""
    data = {
        str(n): {"value": value, "deleted": "", "order": str(n), "id": item_id}
        for n, (item_id, value) in enumerate(items)
    }
    data["count"] = str(len(items))
    return data


def two_steps(first_id, second_id):
    return [
        (
            "step",
            {
                "key": "s1",
                "speaker": "customer",
                "text": "Your wi-fi does not work!",
                "image": "",
                "choices": replies(
                    (first_id, reply("What have you tried?", "s2", 2, feedback="Feedback one."))
                ),
            },
        ),
        (
            "step",
            {
                "key": "s2",
                "speaker": "customer",
                "text": "I restarted it twice.",
                "image": "",
                "choices": replies(
                    (second_id, reply("Let me check the line.", "end", 2, feedback="Feedback two."))
                ),
            },
        ),
        ("ending", {"key": "end", "text": "Connected.", "result": "good", "image": ""}),
    ]


def reply_ids(scenario):
    return [c.id for s in scenario.graph().steps for c in s.choices]


# Reply ids ---------------------------------------------------------------------------------------


def test_a_new_step_in_the_editor_carries_no_ready_made_reply_id():
    """The root cause: the state of a new step is built once per page and copied per insert."""
    block = StepBlock()
    state = block.get_form_state(block.get_default())
    assert len(state["choices"]) == 1
    assert "id" not in state["choices"][0]


def test_a_stored_reply_keeps_its_id_in_the_editor():
    block = StepBlock()
    value = block.to_python(
        {
            "key": "s1",
            "text": "Hi",
            "choices": [{"type": "item", "id": SHARED, "value": reply("Hello", "end")}],
        }
    )
    assert block.get_form_state(value)["choices"][0]["id"] == SHARED


@pytest.mark.parametrize("action", ["action-publish", None])
def test_two_steps_whose_replies_came_with_one_id_are_saved_with_two(admin_client, action):
    response = admin_client.post(ADD_URL, form_data(two_steps(SHARED, SHARED), action=action))
    assert response.status_code == 302, response.content.decode()[:2000]
    scenario = Scenario.objects.get(slug="wifi")
    if action is None:
        scenario = scenario.latest_revision.as_object()
    ids = reply_ids(scenario)
    assert ids[0] == SHARED  # the first use keeps it
    assert len(set(ids)) == 2


def test_a_blank_reply_id_is_given_one(admin_client):
    response = admin_client.post(ADD_URL, form_data(two_steps("", "")))
    assert response.status_code == 302
    ids = reply_ids(Scenario.objects.get(slug="wifi"))
    assert len(set(ids)) == 2 and all(ids)


def test_the_player_shows_each_steps_own_feedback_after_an_editor_build(
    admin_client, client, employee
):
    from quizzes.scenarios import services
    from tests.quizzes.scenarios.factories import play

    admin_client.post(ADD_URL, form_data(two_steps(SHARED, SHARED)))
    scenario = Scenario.objects.get(slug="wifi")
    attempt = play(services.start_attempt(employee, scenario), 0)
    client.force_login(employee)
    html = client.get(f"/roleplays/play/{attempt.pk}/").content.decode()
    assert "Feedback one." in html
    assert "Feedback two." not in html  # step 2 is not answered yet


def test_an_old_attempt_saved_with_a_shared_id_shows_each_steps_own_feedback(client, employee):
    """Attempts keep the dialogue they were played on, shared ids included: they still read."""
    from quizzes.scenarios import services

    scenario = make_scenario()
    attempt = services.start_attempt(employee, scenario)
    graph = attempt.graph
    for step in graph["steps"]:
        for choice in step["choices"]:
            choice["id"] = SHARED
    attempt.graph = graph
    attempt.save()
    services.choose(attempt, "s1", SHARED)  # the first reply of s1 (−2, ends badly)
    client.force_login(employee)
    html = client.get(f"/roleplays/play/{attempt.pk}/").content.decode()
    turn = html.split('data-turn="s1-feedback"', 1)[1].split("</li>", 1)[0]
    assert "The customer hears that her time means nothing to you." in turn


# The address -------------------------------------------------------------------------------------


@pytest.fixture
def ru(db):
    return Locale.objects.get_or_create(language_code="ru")[0]


@pytest.fixture
def taken(ru):
    return make_scenario(locale=ru, slug="wifi")


@pytest.mark.parametrize("action", ["action-publish", None])
def test_a_taken_address_is_a_form_error_on_create(admin_client, taken, action):
    response = admin_client.post(ADD_URL, form_data(two_steps("", ""), action=action))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Another role-play in this language already has this address." in html
    assert Scenario.objects.filter(slug="wifi").count() == 1


def test_autosave_with_a_taken_address_answers_with_the_error_not_a_crash(admin_client, taken):
    response = admin_client.post(
        ADD_URL, form_data(two_steps("", ""), action=None), HTTP_ACCEPT="application/json"
    )
    assert response.status_code == 400
    body = json.loads(response.content)
    assert body["success"] is False
    assert Scenario.objects.filter(slug="wifi").count() == 1


@pytest.mark.parametrize("action", ["action-publish", None])
def test_a_taken_address_is_a_form_error_on_edit(admin_client, taken, ru, action):
    other = make_scenario(locale=ru, slug="other")
    url = f"/admin/snippets/scenarios/scenario/edit/{other.pk}/"
    response = admin_client.post(url, form_data(two_steps("", ""), action=action))
    assert response.status_code == 200
    assert "Another role-play in this language already has this address." in (
        response.content.decode()
    )
    other.refresh_from_db()
    assert other.slug == "other"


def test_the_same_address_in_another_language_is_fine(admin_client, taken):
    Locale.objects.get_or_create(language_code="de")
    response = admin_client.post(
        ADD_URL.replace("locale=ru", "locale=de"), form_data(two_steps("", ""))
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    assert Scenario.objects.filter(slug="wifi").count() == 2


def test_publishing_a_draft_whose_address_was_taken_since_is_refused(db):
    scenario = make_scenario(slug="other")
    make_scenario(slug="wifi")
    scenario.slug = "wifi"
    revision = scenario.save_revision(clean=False)
    with pytest.raises(ValidationError):
        revision.publish()
    scenario.refresh_from_db()
    assert scenario.slug == "other"
