"""The demo new hire plays the conflict role-play in Chromium: with JavaScript, as a chat (one
fetch per reply, no page loads, focus on the next choices), and again with JavaScript disabled
(one page per reply). Both times they see the feedback of each reply, the score, pass or fail and
the ideal path.

The browser never learns which reply is best; the test looks the ideal path up in the database,
as a person who studied the standard would know it, and answers by clicking or with the keyboard.
"""

import re

from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from quizzes.scenarios import engine
from quizzes.scenarios.models import ScenarioAttempt
from quizzes.scenarios.tokens import reply_token
from tests.e2e.conftest import screenshot, sign_in

AXE = Axe()
SLUG = "debris-after-installation"
LESSON = "/principles-of-service/principles-system-that-learns/"


def open_roleplay_from_the_lesson(page):
    page.goto(LESSON)
    card = page.locator("section.scenario-card", has=page.locator(f"form[action*='/{SLUG}/']"))
    expect(card).to_be_visible()
    card.locator("button[type=submit]").click()
    expect(page).to_have_url(re.compile(r"/roleplays/play/\d+/"))
    attempt = ScenarioAttempt.objects.get(pk=int(re.search(r"/play/(\d+)/", page.url).group(1)))
    return attempt


def current_step(page, attempt):
    key = page.locator("main form.scenario-form input[name=step]").input_value()
    return attempt.get_graph().by_key[key]


def settle(page):
    """Wait until the new lines have finished sliding in (for screenshots)."""
    # A Python loop: wait_for_function would need 'unsafe-eval', which the site's CSP forbids.
    for _ in range(50):
        if page.evaluate(
            "document.getAnimations().filter(a => a.effect.getTiming().iterations !== Infinity)"
            ".every(a => a.playState === 'finished')"
        ):
            return
        page.wait_for_timeout(100)
    raise AssertionError("the chat kept moving")


def wcag_violations(page):
    results = AXE.run(page, options={"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa"]}})
    return [f"{v['id']}: {v['help']}" for v in results.response["violations"]]


def feedback_of(choice):
    # The first words of the feedback; whitespace is normalised by Playwright.
    return " ".join(choice.feedback.split())[:50]


def test_new_hire_plays_the_conflict_roleplay_as_a_chat_with_javascript(page, demo):
    sign_in(page, "newhire", demo.DEMO_PASSWORD)
    attempt = open_roleplay_from_the_lesson(page)
    ideal = engine.best_path(attempt.get_graph())
    player = page.locator("[data-scenario-player]")
    expect(player).to_have_class(re.compile(r"\bjs-chat\b"))
    page.evaluate("window.__samePage = true")
    log = player.locator("ol.chat")

    for n, (step, best) in enumerate(ideal.moves):
        assert current_step(page, attempt).key == step.key
        expect(log).to_contain_text(" ".join(step.text.split())[:40])
        fieldset = player.locator("form.scenario-form fieldset")
        if n == len(ideal.moves) - 1:
            # The last reply with reduced motion asked for: the new lines do not slide in.
            page.emulate_media(reduced_motion="reduce")
        if n % 2 == 0:
            # With the mouse: click the reply card.
            fieldset.locator("label", has_text=best.reply[:30]).click()
            with page.expect_response(lambda r: r.request.method == "POST") as answered:
                player.locator("form.scenario-form button[type=submit]").click()
        else:
            # With the keyboard: focus is on the choices group; Tab, arrows, Enter.
            focused = page.evaluate("document.activeElement.tagName")
            assert focused == "FIELDSET"
            # The replies are shown in this attempt's shuffled order: find the best one there.
            shown = [" ".join(t.split()) for t in fieldset.locator("label").all_inner_texts()]
            index = shown.index(" ".join(best.reply.split()))
            page.keyboard.press("Tab")
            page.keyboard.press("Space" if index == 0 else "ArrowDown")
            for _ in range(max(index - 1, 0)):
                page.keyboard.press("ArrowDown")
            expect(fieldset.locator("input[name=choice]:checked")).to_have_value(
                reply_token(attempt.pk, step.key, best.id)
            )
            with page.expect_response(lambda r: r.request.method == "POST") as answered:
                page.keyboard.press("Enter")
        response = answered.value
        assert response.status == 200
        assert response.request.headers.get("x-requested-with") == "fetch"
        # The reply and its feedback are appended to the chat, on the same page.
        expect(log.locator(".bubble-me").last).to_contain_text(best.reply[:30])
        expect(log.locator(".feedback").last).to_contain_text(feedback_of(best))
        assert page.evaluate("window.__samePage === true"), "the page was loaded again"
        expect(log.locator(".typing")).to_have_count(0)
        if n == 0:
            settle(page)
            screenshot(page, "roleplay-chat-after-first-reply")
            assert wcag_violations(page) == []
        if n < len(ideal.moves) - 1:
            # Focus is on the next choices, which describe the new feedback and line.
            expect(player.locator("form.scenario-form fieldset")).to_be_focused()
            assert page.locator("[id=current-line]").count() == 1
            assert page.locator("[id=last-feedback]").count() == 1

    animation = page.evaluate(
        "getComputedStyle(document.querySelector('.chat > .chat-new:last-child')).animationName"
    )
    assert animation == "none"
    page.emulate_media(reduced_motion="no-preference")

    # The ending, the result block with its heading focused, the score and the ideal path.
    expect(player.locator("form.scenario-form")).to_have_count(0)
    expect(log.locator(".chat-ending")).to_contain_text(" ".join(ideal.ending.text.split())[:40])
    expect(page.locator("#result-heading")).to_be_focused()
    attempt.refresh_from_db()
    assert attempt.status == "finished" and attempt.passed
    assert attempt.score == attempt.max_score == ideal.score
    result = player.locator(".scenario-result")
    expect(result.locator(".badge-completed")).to_be_visible()
    expect(result.locator(".scenario-score")).to_contain_text(f"{attempt.score}")
    expect(result.locator(".scenario-score")).to_contain_text(f"{attempt.max_score}")
    expect(result.locator(".ideal-path > li")).to_have_count(len(ideal.moves) + 1)
    expect(result.locator(".ideal-path")).to_contain_text(ideal.moves[0][1].reply[:30])
    assert page.evaluate("window.__samePage === true")
    settle(page)
    screenshot(page, "roleplay-chat-result")
    assert wcag_violations(page) == []

    # Reloading shows the same result; nothing is sent again.
    page.reload()
    expect(page.locator("#result-heading")).to_be_visible()
    assert ScenarioAttempt.objects.get(pk=attempt.pk).path.count() == len(ideal.moves)

    # A phone-sized screen: the chat fits, no sideways scrolling.
    page.set_viewport_size({"width": 375, "height": 740})
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    screenshot(page, "roleplay-chat-result-phone")


def test_new_hire_plays_the_conflict_roleplay_without_javascript(browser, live_server, demo):
    context = browser.new_context(
        base_url=live_server.url,
        locale="ru-RU",
        viewport={"width": 1280, "height": 900},
        java_script_enabled=False,
    )
    page = context.new_page()
    page.set_default_timeout(15_000)
    try:
        sign_in(page, "newhire", demo.DEMO_PASSWORD)
        attempt = open_roleplay_from_the_lesson(page)
        player = page.locator("[data-scenario-player]")
        expect(player).not_to_have_class(re.compile(r"\bjs-chat\b"))
        chosen = []
        for _ in range(20):
            if not page.locator("main form.scenario-form").count():
                break
            step = current_step(page, attempt)
            # Not the ideal path: the second reply at every step (the last one where fewer).
            choice = step.choices[min(1, len(step.choices) - 1)]
            chosen.append(choice)
            page.locator("main form.scenario-form label", has_text=choice.reply[:30]).click()
            with page.expect_navigation():
                page.locator("main form.scenario-form button[type=submit]").click()
            # Post, redirect, get: the attempt's page again, with the feedback of the reply.
            expect(page).to_have_url(re.compile(rf"/roleplays/play/{attempt.pk}/"))
            expect(player.locator("ol.chat .feedback").last).to_contain_text(feedback_of(choice))
        attempt.refresh_from_db()
        assert attempt.status == "finished"
        assert [e.choice_id for e in attempt.path.order_by("position")] == [c.id for c in chosen]
        ideal = engine.best_path(attempt.get_graph())
        result = player.locator(".scenario-result")
        expect(result).to_be_visible()
        badge = ".badge-completed" if attempt.passed else ".badge-warning"
        expect(result.locator(f".scenario-score {badge}")).to_be_visible()
        expect(result.locator(".scenario-score")).to_contain_text(f"{attempt.score}")
        expect(result.locator(".scenario-score")).to_contain_text(f"{attempt.max_score}")
        expect(result.locator(".ideal-path > li")).to_have_count(len(ideal.moves) + 1)
        expect(result.locator(".ideal-path")).to_contain_text(ideal.moves[0][1].reply[:30])
        screenshot(page, "roleplay-no-javascript-result")

        # The back button and a reload send nothing twice.
        page.go_back()
        page.reload()
        assert ScenarioAttempt.objects.get(pk=attempt.pk).path.count() == len(chosen)
    finally:
        context.close()


def test_a_failed_fetch_falls_back_to_the_form_and_a_stale_tab_is_told(page, demo):
    sign_in(page, "newhire", demo.DEMO_PASSWORD)
    attempt = open_roleplay_from_the_lesson(page)
    player = page.locator("[data-scenario-player]")
    expect(player).to_have_class(re.compile(r"\bjs-chat\b"))

    # The network drops the fetch: the same form is posted the ordinary way (a page load).
    def drop_fetch(route):
        if route.request.headers.get("x-requested-with") == "fetch":
            route.abort()
        else:
            route.continue_()

    page.route(re.compile(r"/roleplays/play/\d+/"), drop_fetch)
    step = current_step(page, attempt)
    first = step.choices[0]
    player.locator("form.scenario-form label", has_text=first.reply[:30]).click()
    with page.expect_navigation():
        player.locator("form.scenario-form button[type=submit]").click()
    expect(player.locator("ol.chat .feedback").last).to_contain_text(feedback_of(first))
    page.unroute(re.compile(r"/roleplays/play/\d+/"))
    assert ScenarioAttempt.objects.get(pk=attempt.pk).path.count() == 1

    # A second tab left on the same step: its reply is refused, and it shows where things are.
    stale = page.context.new_page()
    stale.goto(page.url)
    now = current_step(stale, attempt)
    page.locator("form.scenario-form label", has_text=now.choices[0].reply[:30]).click()
    page.locator("form.scenario-form button[type=submit]").click()
    expect(page.locator("ol.chat .bubble-me")).to_have_count(2)
    stale_player = stale.locator("[data-scenario-player]")
    stale_player.locator("form.scenario-form label", has_text=now.choices[-1].reply[:30]).click()
    with stale.expect_response(lambda r: r.request.method == "POST") as refused:
        stale_player.locator("form.scenario-form button[type=submit]").click()
    assert refused.value.status == 409
    expect(stale_player.locator("[data-notice]")).to_be_visible()
    expect(stale_player.locator("ol.chat .bubble-me")).to_have_count(2)
    expect(stale_player.locator("ol.chat .bubble-me").last).to_contain_text(
        now.choices[0].reply[:30]
    )
    expect(stale.locator("[data-announcer]")).not_to_be_empty()
    assert ScenarioAttempt.objects.get(pk=attempt.pk).path.count() == 2
    stale.close()
