"""A trainer opens the conflict role-play's analytics from the admin and sees the choices."""

from django.contrib.auth import get_user_model
from playwright.sync_api import expect

from quizzes.scenarios import services
from quizzes.scenarios.models import Scenario
from tests.e2e.conftest import screenshot, sign_in

SLUG = "debris-after-installation"


def play_to_the_end(user, scenario, pick):
    """Play choosing the reply at index ``pick`` (or the last one) at every step."""
    attempt = services.start_attempt(user, scenario)
    for _ in range(50):
        attempt.refresh_from_db()
        if attempt.finished_at:
            return attempt
        step = attempt.get_graph().by_key[attempt.current_step]
        choice = step.choices[min(pick, len(step.choices) - 1)]
        services.choose(attempt, step.key, choice.id)
    raise AssertionError("the role-play did not end")


def test_trainer_sees_the_choice_distribution_of_the_conflict_scenario(page, demo):
    scenario = Scenario.objects.get(slug=SLUG, locale__language_code="ru")
    users = get_user_model().objects
    play_to_the_end(users.get(username="newhire"), scenario, 0)
    play_to_the_end(users.get(username="employee"), scenario, 1)
    play_to_the_end(users.get(username="manager"), scenario, 1)
    graph = scenario.graph()
    first_step = graph.by_key[graph.start]

    sign_in(page, "trainer", demo.DEMO_PASSWORD)
    page.goto("/admin/snippets/scenarios/scenario/")
    row = page.locator("table tbody tr", has_text=scenario.title)
    row.locator("button[aria-haspopup], [data-w-dropdown-target=toggle]").first.click()
    row.locator(f"a[href='/admin/roleplay-analytics/{scenario.pk}/']").click()

    expect(page.locator("h1")).to_be_visible()
    expect(page.locator(".scenario-stats")).to_contain_text("3")
    step = page.locator(f"section[aria-labelledby='step-{first_step.key}']")
    rows = step.locator("tbody tr")
    expect(rows).to_have_count(len(first_step.choices))
    # Each of the first step's replies, with how often it was chosen (1 and 2 of 3).
    counts = sorted(int(rows.nth(i).locator("td").nth(3).inner_text()) for i in range(rows.count()))
    assert sum(counts) == 3
    assert counts[-1] == 2
    screenshot(page, "roleplay-analytics-trainer")
