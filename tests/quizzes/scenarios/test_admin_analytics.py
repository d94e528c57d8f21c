"""Trainers' analytics: totals, choice distribution per step, CSV, constant query count."""

import csv
import io

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from quizzes.scenarios import selectors, services
from tests.lms.factories import UserFactory
from tests.quizzes.scenarios.factories import make_scenario, play

pytestmark = pytest.mark.django_db


@pytest.fixture
def scenario(db):
    return make_scenario()


def plays(scenario, *paths):
    for picks in paths:
        play(services.start_attempt(UserFactory(), scenario), *picks)


def test_report_totals(scenario):
    plays(scenario, (1, 0), (1, 1), (0,))
    services.start_attempt(UserFactory(), scenario)  # started, not finished
    report = selectors.scenario_report(scenario)
    assert report.started == 4
    assert report.finished == 3
    assert report.passed == 1
    assert report.pass_rate == 33
    assert report.average_score == round((4 + 2 - 2) / 3, 1)
    assert report.max_score == 4


def test_report_distribution_per_step(scenario):
    plays(scenario, (1, 0), (1, 1), (0,), (0,))
    report = selectors.scenario_report(scenario)
    s1, s2 = report.steps
    assert s1.step.key == "s1"
    assert s1.answered == 4
    assert [(c.count, c.share, c.best) for c in s1.choices] == [(2, 50, False), (2, 50, True)]
    assert s1.wrong_share == 50
    assert s1.most_common_wrong.choice.reply == "I'm not paid per pizza."
    assert [c.by_failed for c in s1.choices] == [2, 1]
    assert s2.answered == 2
    assert [c.count for c in s2.choices] == [1, 1]
    assert report.stuck_at.step.key in ("s1", "s2")
    assert {e.step.key: e.count for e in report.endings} == {
        "end_good": 1,
        "end_neutral": 1,
        "end_bad": 2,
    }


def test_report_adds_up_the_languages(scenario):
    from wagtail.models import Locale

    english = make_scenario(locale=Locale.objects.get_or_create(language_code="en")[0])
    plays(scenario, (0,))
    plays(english, (0,))
    assert selectors.scenario_report(scenario).steps[0].choices[0].count == 2


def test_abandoned_attempts_are_not_counted(scenario):
    user = UserFactory()
    services.start_attempt(user, scenario)
    services.start_attempt(user, scenario, restart=True)
    assert selectors.scenario_report(scenario).started == 1


def test_trainer_sees_the_analytics(client, trainer, scenario):
    plays(scenario, (0,), (0,), (1, 0))
    client.force_login(trainer)
    response = client.get(f"/admin/roleplay-analytics/{scenario.pk}/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Seven people waiting" in html
    assert "attempts started" in html
    assert "most common wrong reply:" in html
    assert "I&#x27;m not paid per pizza." in html
    assert "Service gets stuck most at step “s1”" in html


def test_the_listing_links_to_the_analytics(client, trainer, scenario):
    client.force_login(trainer)
    html = client.get("/admin/snippets/scenarios/scenario/").content.decode()
    assert f"/admin/roleplay-analytics/{scenario.pk}/" in html


@pytest.mark.parametrize("who", ["employee", "hr_officer"])
def test_people_without_scenario_rights_see_no_analytics(client, request, who, scenario):
    client.force_login(request.getfixturevalue(who))
    for url in (
        f"/admin/roleplay-analytics/{scenario.pk}/",
        f"/admin/roleplay-analytics/{scenario.pk}/csv/",
    ):
        assert client.get(url).status_code in (302, 403)


def test_csv_export(client, trainer, scenario):
    plays(scenario, (0,), (1, 0))
    client.force_login(trainer)
    response = client.get(f"/admin/roleplay-analytics/{scenario.pk}/csv/")
    assert response["Content-Type"].startswith("text/csv")
    assert "roleplay-pizza-queue-analytics.csv" in response["Content-Disposition"]
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert rows[0][:3] == ["Step", "Customer's line", "Reply"]
    assert rows[1] == [
        "s1",
        "How long do I have to wait? I've been here twenty minutes!",
        "I'm not paid per pizza.",
        "-2",
        "no",
        "respects-customer-time",
        "1",
        "50",
        "1",
    ]
    assert len(rows) == 1 + 4


def test_csv_cells_cannot_run_as_formulas(client, trainer):
    from tests.quizzes.scenarios.factories import scenario_data

    data = scenario_data(slug="formula")
    data["steps"]["s1"]["choices"][0]["reply"] = "=HYPERLINK(1)"
    scenario = services.create_scenario_from_dict(data)
    client.force_login(trainer)
    content = client.get(f"/admin/roleplay-analytics/{scenario.pk}/csv/").content.decode()
    assert "'=HYPERLINK(1)" in content


def count_queries(client, url):
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


@pytest.mark.parametrize("suffix", ["", "csv/"])
def test_analytics_queries_do_not_grow_with_attempts(client, trainer, scenario, suffix):
    client.force_login(trainer)
    url = f"/admin/roleplay-analytics/{scenario.pk}/{suffix}"
    plays(scenario, (0,))
    small = count_queries(client, url)
    plays(scenario, (1, 0), (1, 1), (0,), (1, 0), (1, 1))
    assert count_queries(client, url) == small
