"""WCAG 2 A/AA checks (axe-core) of the practice pages — quizzes and role-plays — on a desktop
and a phone, in every state a person meets: before, during (a question, a step with feedback)
and after (result, ending). No page may scroll sideways on a phone."""

import pytest

from tests.e2e.conftest import screenshot, sign_in
from tests.e2e.test_accessibility import VIEWPORTS, violations

QUIZ = "/quizzes/principles-of-service-quiz/"
ROLEPLAY = "/roleplays/debris-after-installation/"


def check(page, found, name, viewport):
    # Colours are judged as a person sees them once new chat lines have faded in.
    page.wait_for_function("() => document.getAnimations().every(a => a.playState !== 'running')")
    found[name] = violations(page)
    overflow = page.evaluate(
        "document.documentElement.scrollWidth - document.documentElement.clientWidth"
    )
    if overflow > 0:
        found[name] = [*found[name], f"scrolls sideways by {overflow}px"]
    screenshot(page, f"a11y-{viewport}-{name}")


def first_choice_and_submit(page):
    form = page.locator("main form").filter(has=page.locator("button[type=submit]")).first
    textarea = form.locator("textarea")
    if textarea.count():
        textarea.fill("Извинюсь и предложу решение.")
    else:
        form.locator("input[type=radio], input[type=checkbox]").first.check()
    form.locator("button[type=submit]").first.click()


@pytest.mark.parametrize("viewport", list(VIEWPORTS))
def test_quiz_and_role_play_pages_have_no_wcag_violations(page, demo, viewport):
    page.set_viewport_size(VIEWPORTS[viewport])
    sign_in(page, "newhire", demo.DEMO_PASSWORD)
    page.wait_for_url("**/my/")
    found = {}

    page.goto("/quizzes/")
    check(page, found, "quiz-list", viewport)
    page.goto(QUIZ)
    check(page, found, "quiz-detail", viewport)
    page.locator("main form[action$='/start/'] button[type=submit]").click()
    check(page, found, "quiz-question", viewport)
    first_choice_and_submit(page)
    check(page, found, "quiz-feedback", viewport)
    for _ in range(20):
        if "/result/" in page.url:
            break
        first_choice_and_submit(page)
    check(page, found, "quiz-result", viewport)

    page.goto(ROLEPLAY)
    check(page, found, "roleplay-detail", viewport)
    page.locator("main form[action$='/start/'] button[type=submit]").first.click()
    page.wait_for_url("**/roleplays/play/**")
    check(page, found, "roleplay-step", viewport)
    for _ in range(30):
        step = page.locator("main form input[name=step]")
        if not step.count():
            break
        key = step.input_value()
        page.locator("main form.scenario-form .choice label").first.click()
        page.locator("main form.scenario-form button[type=submit]").click()
        # With or without JavaScript, the next step (or the ending) replaces this one.
        page.wait_for_function(
            "key => { const s = document.querySelector('main form input[name=step]');"
            " return !s || s.value !== key; }",
            arg=key,
        )
    check(page, found, "roleplay-ending", viewport)

    assert {name: v for name, v in found.items() if v} == {}
