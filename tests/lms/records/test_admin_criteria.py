"""Trainers' analytics: which criteria of a standard are missed most often."""

from django.urls import reverse

from quizzes.scenarios.models import PathEntry, ScenarioAttempt

from . import builders as b


def _report(client, course):
    return client.get(reverse("records_admin:criteria_report", args=[course.pk]))


def test_criteria_ranked_by_share_not_met_from_observations(
    client, trainer, manager, member, standard
):
    b.observation(
        manager,
        member,
        standard,
        3,
        results={"greets-customer": "met", "says-goodbye": "not_met", "offers-help": "na"},
    )
    b.observation(
        manager,
        member,
        standard,
        2,
        results={"greets-customer": "not_met", "says-goodbye": "not_met", "offers-help": "met"},
    )
    client.force_login(trainer)
    response = _report(client, standard)
    assert response.status_code == 200
    stats = {s.code: s for s in response.context["stats"]}
    assert [s.code for s in response.context["stats"]] == [
        "says-goodbye",
        "greets-customer",
        "offers-help",
    ]
    assert (stats["says-goodbye"].not_met, stats["says-goodbye"].observed) == (2, 2)
    assert (stats["greets-customer"].not_met, stats["greets-customer"].observed) == (1, 2)
    assert (stats["offers-help"].not_met, stats["offers-help"].observed) == (0, 1)
    html = response.content.decode()
    assert "2 / 2" in html
    assert member.get_full_name() not in html  # counts only, nobody named


def test_roleplay_replies_that_break_a_criterion_are_counted(client, trainer, member, standard):
    attempt = b.roleplay(member, 1)
    scenario = attempt.scenario
    scenario.standard = standard
    scenario.save()
    PathEntry.objects.create(
        attempt=attempt,
        position=0,
        step_key="s1",
        choice_id="x",
        reply="Ждите.",
        points=-2,
        criterion="greets-customer",
    )
    PathEntry.objects.create(
        attempt=attempt,
        position=1,
        step_key="s2",
        choice_id="y",
        reply="Здравствуйте!",
        points=2,
        criterion="offers-help",
    )
    open_attempt = ScenarioAttempt.objects.create(
        user=member, scenario=scenario, status="abandoned"
    )
    PathEntry.objects.create(
        attempt=open_attempt,
        position=0,
        step_key="s1",
        choice_id="x",
        reply="Ждите.",
        points=-2,
        criterion="offers-help",
    )
    client.force_login(trainer)
    stats = {s.code: s for s in _report(client, standard).context["stats"]}
    assert (
        stats["greets-customer"].roleplay_broken,
        stats["greets-customer"].roleplay_choices,
    ) == (1, 1)
    assert (stats["offers-help"].roleplay_broken, stats["offers-help"].roleplay_choices) == (0, 1)


def test_index_lists_standards_and_the_menu_links_it(client, trainer, manager, member, standard):
    b.observation(manager, member, standard, 1)
    client.force_login(trainer)
    response = client.get(reverse("records_admin:criteria"))
    assert response.status_code == 200
    assert reverse("records_admin:criteria_report", args=[standard.pk]) in response.content.decode()
    home = client.get(reverse("wagtailadmin_home")).content.decode()
    assert reverse("records_admin:criteria") in home


def test_people_without_the_right_are_refused(client, employee, standard):
    client.force_login(employee)
    response = _report(client, standard)
    assert response.status_code in (302, 403)
    assert "criteria-report" not in response.content.decode()
