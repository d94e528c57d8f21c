"""Services: starting, choosing, finishing; path integrity and the finished signal."""

import pytest
from django.core.exceptions import ValidationError

from quizzes.scenarios import services
from quizzes.scenarios.models import AttemptStatus, PathEntry, Scenario, ScenarioAttempt
from quizzes.scenarios.signals import scenario_attempt_finished
from tests.quizzes.scenarios.factories import choice_id, make_scenario, play, scenario_data

pytestmark = pytest.mark.django_db


@pytest.fixture
def scenario(db):
    return make_scenario()


def test_start_creates_an_attempt_at_the_first_step(employee, scenario):
    attempt = services.start_attempt(employee, scenario)
    assert attempt.current_step == "s1"
    assert attempt.status == AttemptStatus.IN_PROGRESS
    assert attempt.max_score == 4
    assert attempt.pass_score == 3


def test_start_twice_gives_the_same_open_attempt(employee, scenario):
    first = services.start_attempt(employee, scenario)
    assert services.start_attempt(employee, scenario) == first
    assert ScenarioAttempt.objects.count() == 1


def test_restart_abandons_the_open_attempt(employee, scenario):
    first = services.start_attempt(employee, scenario)
    second = services.start_attempt(employee, scenario, restart=True)
    first.refresh_from_db()
    assert second != first
    assert first.status == AttemptStatus.ABANDONED


def test_a_draft_scenario_cannot_be_played(employee, scenario):
    scenario.live = False
    scenario.save()
    with pytest.raises(services.ScenarioNotPlayable):
        services.start_attempt(employee, scenario)


def test_the_best_path_scores_full_and_passes(employee, scenario):
    attempt = play(services.start_attempt(employee, scenario), 1, 0)
    assert attempt.status == AttemptStatus.FINISHED
    assert attempt.score == 4
    assert attempt.passed is True
    assert attempt.result == "good"
    assert attempt.ending_key == "end_good"
    assert attempt.finished_at is not None
    assert attempt.current_step == ""
    assert list(attempt.path.values_list("step_key", "points")) == [("s1", 2), ("s2", 2)]


def test_a_lukewarm_path_fails_below_the_pass_score(employee, scenario):
    attempt = play(services.start_attempt(employee, scenario), 1, 1)
    assert attempt.score == 2
    assert attempt.passed is False
    assert attempt.result == "neutral"


def test_negative_points_count(employee, scenario):
    attempt = play(services.start_attempt(employee, scenario), 0)
    assert attempt.score == -2
    assert attempt.passed is False
    assert attempt.result == "bad"


def test_a_choice_for_another_step_is_rejected(employee, scenario):
    attempt = services.start_attempt(employee, scenario)
    with pytest.raises(services.WrongStep):
        services.choose(attempt, "s2", choice_id(scenario, "s2", 0))
    assert not PathEntry.objects.exists()


def test_a_replayed_post_is_rejected_and_changes_nothing(employee, scenario):
    attempt = services.start_attempt(employee, scenario)
    good = choice_id(scenario, "s1", 1)
    services.choose(attempt, "s1", good)
    with pytest.raises(services.WrongStep):
        services.choose(attempt, "s1", good)
    with pytest.raises(services.WrongStep):
        services.choose(attempt, "s1", choice_id(scenario, "s1", 0))
    attempt.refresh_from_db()
    assert attempt.path.count() == 1
    assert attempt.score == 2
    assert attempt.current_step == "s2"


def test_a_choice_of_another_step_at_the_current_step_is_invalid(employee, scenario):
    attempt = services.start_attempt(employee, scenario)
    with pytest.raises(services.InvalidChoice):
        services.choose(attempt, "s1", choice_id(scenario, "s2", 0))
    with pytest.raises(services.InvalidChoice):
        services.choose(attempt, "s1", "forged")
    assert not PathEntry.objects.exists()


def test_nothing_is_accepted_after_the_end(employee, scenario):
    attempt = play(services.start_attempt(employee, scenario), 0)
    with pytest.raises(services.AttemptClosed):
        services.choose(attempt, "s1", choice_id(scenario, "s1", 1))
    assert attempt.path.count() == 1


def test_after_finishing_start_opens_a_new_attempt(employee, scenario):
    first = play(services.start_attempt(employee, scenario), 0)
    second = services.start_attempt(employee, scenario)
    assert second != first
    assert second.current_step == "s1"


def test_the_attempt_plays_the_graph_it_started_with(employee, scenario):
    attempt = services.start_attempt(employee, scenario)
    old_choice = choice_id(scenario, "s1", 1)
    # A trainer republishes with different points.
    raw = scenario.steps.raw_data
    raw[0]["value"]["choices"][1]["value"]["points"] = 1
    scenario.steps = raw
    scenario.pass_score = 1
    scenario.save_revision().publish()
    services.choose(attempt, "s1", old_choice)
    attempt.refresh_from_db()
    assert attempt.score == 2


def test_finishing_sends_the_signal_once_after_commit(
    employee, scenario, django_capture_on_commit_callbacks
):
    received = []

    def listener(sender, **kwargs):
        received.append(kwargs)

    scenario_attempt_finished.connect(listener)
    try:
        with django_capture_on_commit_callbacks(execute=True):
            attempt = services.start_attempt(employee, scenario)
            services.choose(attempt, "s1", choice_id(scenario, "s1", 1))
        assert received == []
        with django_capture_on_commit_callbacks(execute=True):
            services.choose(attempt, "s2", choice_id(scenario, "s2", 0))
    finally:
        scenario_attempt_finished.disconnect(listener)
    assert len(received) == 1
    event = received[0]
    assert event["user"] == employee
    assert event["scenario"] == scenario
    assert event["attempt"].passed is True
    assert event["criteria_met"] == ("respects-customer-time", "offers-compensation")
    assert event["criteria_missed"] == ()


def test_create_from_dict_is_idempotent_by_slug(db):
    first = make_scenario()
    again = make_scenario(title="Changed title")
    assert again == first
    assert Scenario.objects.count() == 1
    assert again.title == "Seven people waiting"
    assert first.live
    assert first.latest_revision is not None
    assert first.graph().start == "s1"
    assert first.situation_type == "conflict"
    assert first.persona_name == "Irina"


def test_create_from_dict_links_languages_as_translations(db):
    from wagtail.models import Locale

    german = Locale.objects.get_or_create(language_code="de")[0]
    ru = make_scenario()
    de = make_scenario(locale=german, title="Sieben Leute warten")
    assert de != ru
    assert de.translation_key == ru.translation_key
    assert choice_id(de, "s1", 1) == choice_id(ru, "s1", 1)


def test_create_from_dict_refuses_a_broken_graph(db):
    data = scenario_data(slug="broken")
    data["steps"]["s2"]["choices"][0]["next"] = "nowhere"
    with pytest.raises(ValidationError) as error:
        services.create_scenario_from_dict(data)
    assert error.value.messages == [
        "broken: Step “s2”, choice 1 (“Of course, the drink is on us while you…”) leads to "
        "“nowhere”, which does not exist.",
        "broken: Step “end_good” cannot be reached from the first step “s1”. Point a choice at "
        "it or delete it.",
    ]
    assert not Scenario.objects.exists()


def test_start_is_listed_first_whatever_the_dict_order(db):
    data = scenario_data(slug="order")
    data["steps"] = {"end_good": data["steps"].pop("end_good"), **data["steps"]}
    scenario = services.create_scenario_from_dict(data)
    assert scenario.graph().start == "s1"
