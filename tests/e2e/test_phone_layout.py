"""Phone width (375 px): my courses before the leaderboard, the question inside its box, big
enough checkboxes and radio buttons, and a favicon."""

import pytest
from playwright.sync_api import expect

from quizzes.models import Question
from tests.e2e.conftest import screenshot, sign_in

pytestmark = pytest.mark.e2e

PHONE = {"width": 375, "height": 740}


def test_my_courses_come_before_the_leaderboard_on_a_phone(page, demo):
    page.set_viewport_size(PHONE)
    sign_in(page, "employee", demo.DEMO_PASSWORD)
    page.goto("/my/")
    courses = page.locator("table.my-courses")
    leaderboard = page.locator("table.leaderboard")
    expect(courses).to_be_visible()
    expect(leaderboard).to_be_visible()
    assert courses.bounding_box()["y"] < leaderboard.bounding_box()["y"]
    screenshot(page, "phone-my-training")


def test_the_question_sits_inside_its_box_and_choices_are_big_enough(page, demo):
    page.set_viewport_size(PHONE)
    sign_in(page, "newhire", demo.DEMO_PASSWORD)
    page.goto("/quizzes/principles-of-service-quiz/")
    page.locator("main form[action$='/start/'] button[type=submit]").click()
    fieldset = page.locator("main form fieldset.choices")
    for _ in range(10):  # skip open questions (no choices) until one with choices is shown
        if fieldset.count():
            break
        question = Question.objects.get(pk=int(page.locator("input[name=question]").input_value()))
        assert question.kind == Question.Kind.ESSAY
        page.locator("main form textarea").fill("Извинюсь и всё исправлю сегодня же.")
        page.locator("main form button[type=submit]").click()
        page.locator("main form input[name=question]").wait_for()
    expect(fieldset).to_be_visible()
    box = fieldset.evaluate(
        """el => {
            const legend = el.querySelector('legend').getBoundingClientRect();
            const own = el.getBoundingClientRect();
            return {legendTop: legend.top, legendRight: legend.right, top: own.top,
                    right: own.right, border: parseFloat(getComputedStyle(el).borderTopWidth)};
        }"""
    )
    # The legend (the question) lies wholly inside the border, not across its top edge...
    assert box["border"] > 0
    assert box["legendTop"] >= box["top"] + box["border"], box
    # ...and the box fits the phone's width.
    assert box["right"] <= PHONE["width"], box
    inputs = fieldset.locator("input[type=checkbox], input[type=radio]")
    assert inputs.count() >= 2
    for i in range(inputs.count()):
        size = inputs.nth(i).bounding_box()
        assert size["width"] >= 24 and size["height"] >= 24, size
    screenshot(page, "phone-quiz-question")


def test_favicon(page, live_server):
    response = page.request.get(live_server.url + "/favicon.ico")
    assert response.ok
    assert response.headers["content-type"] in ("image/x-icon", "image/vnd.microsoft.icon")
    assert response.body()[:4] == b"\x00\x00\x01\x00"  # an ICO file
