"""Bots that do not read cannot pass the demo role-plays, and the demo hides its best replies.

Each demo role-play (every language) is played through the HTTP views, as the no-JS form sends
it, by two bots: one always takes the first reply shown, the other the lowest-sorting value the
page sends. Before replies were shuffled and sent as tokens, the first bot passed every one of
them at full score, every time.

The order and the tokens are now random per attempt, so such a bot is a random guesser: with the
demo's pass scores a guesser passes a given role-play in 3–8 % of attempts (computed exactly over
the graphs), never reliably. So the bots play each role-play several times, and the test asserts
what holds however the dice fall: no role-play is passed in most of a bot's attempts, and over the
whole demo a bot passes no more often than a guesser would (well under one attempt in five).
"""

import re

import pytest
from wagtail.models import Locale

from lms.demo.content import COURSES
from quizzes.scenarios.models import ScenarioAttempt
from quizzes.scenarios.services import create_scenario_from_dict

pytestmark = pytest.mark.django_db

RADIO = re.compile(r'name="choice" id="choice-\d+" value="([^"]*)"')
STEP = re.compile(r'name="step" value="([^"]*)"')


def demo_scenarios():
    """(language code, scenario dict) of every role-play of the demo, translations included."""
    found = []
    for course in COURSES:
        found += [(course["locale"], s) for s in course.get("scenarios", [])]
        for code, translation in (course.get("translations") or {}).items():
            found += [(code, s) for s in translation.get("scenarios", [])]
    return found


def first_option(values):
    return values[0]


def lowest_token(values):
    return min(values)


def play(client, scenario, pick):
    response = client.post(scenario.get_absolute_url() + "start/", {"restart": "1"})
    assert response.status_code == 302
    url = response["Location"]
    for _guard in range(50):
        html = client.get(url).content.decode()
        values = RADIO.findall(html)
        if not values:
            break
        step = STEP.search(html).group(1)
        assert client.post(url, {"step": step, "choice": pick(values)}).status_code == 302
    return ScenarioAttempt.objects.get(pk=int(url.rstrip("/").split("/")[-1]))


@pytest.fixture
def demo_roleplays(db):
    scenarios = []
    for code, data in demo_scenarios():
        locale = Locale.objects.get_or_create(language_code=code)[0]
        scenarios.append(create_scenario_from_dict(data, locale))
    return scenarios


ATTEMPTS = 6


@pytest.mark.parametrize("bot", [first_option, lowest_token])
def test_a_bot_that_does_not_read_fails_the_demo_role_plays(client, employee, demo_roleplays, bot):
    client.force_login(employee)
    assert len(demo_roleplays) >= 9
    passes = {}
    for scenario in demo_roleplays:
        key = f"{scenario.locale.language_code}:{scenario.slug}"
        passes[key] = 0
        for _n in range(ATTEMPTS):
            attempt = play(client, scenario, bot)
            assert attempt.status == "finished"
            passes[key] += bool(attempt.passed)
    assert all(n <= ATTEMPTS // 2 for n in passes.values()), passes
    assert sum(passes.values()) <= 0.2 * ATTEMPTS * len(demo_roleplays), passes


def best_positions(data):
    positions = []
    for step in data["steps"].values():
        points = [int(c.get("points", 0)) for c in step.get("choices", [])]
        if len(points) > 1:
            positions.append(points.index(max(points)))
    return positions


def test_the_demo_does_not_put_the_best_reply_in_one_position():
    for code, data in demo_scenarios():
        positions = best_positions(data)
        assert len(set(positions)) > 1, (code, data["slug"], positions)
    every = [p for _c, data in demo_scenarios() for p in best_positions(data)]
    # No position holds most of the best replies across the demo.
    assert max(every.count(p) for p in set(every)) <= 0.6 * len(every)
