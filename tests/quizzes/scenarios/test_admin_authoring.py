"""Authoring in the Wagtail admin: drafts may be unfinished, publishing refuses a broken graph."""

import pytest
from django.core.exceptions import ValidationError
from django.test import RequestFactory
from wagtail.test.utils.form_data import nested_form_data, streamfield

from quizzes.scenarios.models import Scenario
from tests.quizzes.scenarios.factories import make_scenario

pytestmark = pytest.mark.django_db

ADD_URL = "/admin/snippets/scenarios/scenario/add/?locale=ru"


def listblock(values):
    data = {
        str(n): {"value": value, "deleted": "", "order": str(n), "id": ""}
        for n, value in enumerate(values)
    }
    data["count"] = str(len(values))
    return data


def reply(text, next_key, points=0, criterion="", feedback=""):
    return {
        "reply": text,
        "feedback": feedback,
        "points": str(points),
        "criterion": criterion,
        "next": next_key,
    }


def form_data(steps, action="action-publish", **fields):
    data = {
        "title": "Wi-fi does not connect",
        "slug": "wifi",
        "situation_type": "complex",
        "channel": "phone",
        "briefing": "An upset customer calls support.",
        "persona_name": "Pavel",
        "persona_mood": "upset",
        "persona_image": "",
        "pass_score": "2",
        "standard": "",
        "steps": streamfield(steps),
        **fields,
    }
    data = nested_form_data(data)
    if action:
        data[action] = action
    return data


def good_steps(target="end"):
    return [
        (
            "step",
            {
                "key": "s1",
                "speaker": "customer",
                "text": "Your wi-fi does not work!",
                "image": "",
                "choices": listblock(
                    [reply("What have you tried so far?", target, 2, "asks-questions")]
                ),
            },
        ),
        ("ending", {"key": "end", "text": "Connected.", "result": "good", "image": ""}),
    ]


@pytest.fixture
def admin_client(client, trainer):
    client.force_login(trainer)
    return client


def test_trainer_sees_the_role_plays_in_the_admin(admin_client):
    make_scenario()
    response = admin_client.get("/admin/snippets/scenarios/scenario/")
    assert response.status_code == 200
    assert "Seven people waiting" in response.content.decode()


def test_publishing_a_sound_graph(admin_client):
    response = admin_client.post(ADD_URL, form_data(good_steps()))
    assert response.status_code == 302, response.content.decode()[:3000]
    scenario = Scenario.objects.get(slug="wifi")
    assert scenario.live
    assert scenario.graph().by_key["s1"].choices[0].points == 2


def test_publishing_a_broken_graph_is_refused_with_the_exact_message(admin_client):
    response = admin_client.post(ADD_URL, form_data(good_steps(target="s9")))
    assert response.status_code == 200
    html = response.content.decode()
    assert (
        "Step “s1”, choice 1 (“What have you tried so far?”) leads to “s9”, which does not "
        "exist." in html
    )
    assert "Step “end” cannot be reached from the first step “s1”." in html
    assert not Scenario.objects.exists()


def test_a_broken_draft_may_be_saved_and_says_what_is_missing(admin_client):
    response = admin_client.post(ADD_URL, form_data(good_steps(target="s9"), action=None))
    assert response.status_code == 302
    scenario = Scenario.objects.get(slug="wifi")
    assert not scenario.live
    html = admin_client.get(f"/admin/snippets/scenarios/scenario/edit/{scenario.pk}/").content
    assert "leads to “s9”, which does not exist." in html.decode()


def test_a_key_must_be_a_slug(admin_client):
    steps = good_steps()
    steps[1][1]["key"] = "The End"
    response = admin_client.post(ADD_URL, form_data(steps))
    assert response.status_code == 200
    assert not Scenario.objects.exists()


def test_publishing_a_broken_revision_is_refused_whatever_the_way(db):
    scenario = make_scenario()
    raw = scenario.steps.raw_data
    raw[0]["value"]["choices"][0]["value"]["next"] = "nowhere"
    scenario.steps = raw
    revision = scenario.save_revision(clean=False)  # a draft, as the admin saves it
    with pytest.raises(ValidationError) as error:
        revision.publish()
    assert "leads to “nowhere”, which does not exist." in error.value.messages[0]
    scenario.refresh_from_db()
    assert scenario.graph().by_key["s1"].choices[0].next == "end_bad"


def test_model_clean_reports_every_problem(db):
    scenario = make_scenario()
    scenario.steps = []
    with pytest.raises(ValidationError) as error:
        scenario.full_clean()
    assert error.value.messages == [
        "The scenario has no steps. Add a first step and at least one ending."
    ]


@pytest.mark.parametrize("mode", ["", "map"])
def test_preview_plays_the_scenario_with_its_problems(trainer, mode):
    scenario = make_scenario()
    request = RequestFactory().get("/")
    request.user = trainer
    html = scenario.serve_preview(request, mode).render().content.decode()
    assert "How long do I have to wait?" in html
    assert 'href="#after-' in html or 'href="#step-s2"' in html
    assert "Best possible score 4; pass score 3." in html
    scenario.steps = []
    html = scenario.serve_preview(request, mode).render().content.decode()
    assert "The scenario has no steps." in html


def test_employees_cannot_author(client, employee):
    client.force_login(employee)
    response = client.get("/admin/snippets/scenarios/scenario/")
    assert response.status_code in (302, 403)
