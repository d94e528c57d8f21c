"""Badges, completion rates and the leaderboard as pure rules."""

import datetime as dt

import pytest

from lms.records import rules
from lms.records.rules import BadgeFacts


def codes(facts):
    return [badge.code for badge in rules.earned_badges(facts)]


def test_nothing_earned_by_a_new_hire():
    assert codes(BadgeFacts(required_courses=3)) == []


def test_first_certificate():
    assert codes(BadgeFacts(certificates=1)) == [rules.FIRST_CERTIFICATE]


def test_onboarding_complete_needs_every_required_course_certified():
    assert rules.ONBOARDING_COMPLETE not in codes(
        BadgeFacts(certificates=2, required_courses=3, required_certified=2)
    )
    assert rules.ONBOARDING_COMPLETE in codes(
        BadgeFacts(certificates=3, required_courses=3, required_certified=3)
    )


def test_onboarding_is_not_complete_when_nothing_was_required():
    assert rules.ONBOARDING_COMPLETE not in codes(BadgeFacts(required_courses=0))


def test_conflict_mastered_by_passing_every_published_conflict_roleplay():
    facts = BadgeFacts(conflict_published=frozenset({"a", "b"}), conflict_passed=frozenset({"a"}))
    assert rules.CONFLICT_MASTERED not in codes(facts)
    facts = BadgeFacts(
        conflict_published=frozenset({"a", "b"}), conflict_passed=frozenset({"a", "b"})
    )
    assert rules.CONFLICT_MASTERED in codes(facts)


def test_conflict_mastered_by_passing_three_of_many():
    published = frozenset("abcdefg")
    assert rules.CONFLICT_MASTERED not in codes(
        BadgeFacts(conflict_published=published, conflict_passed=frozenset("ab"))
    )
    assert rules.CONFLICT_MASTERED in codes(
        BadgeFacts(conflict_published=published, conflict_passed=frozenset("abc"))
    )


def test_no_conflict_roleplays_published_earns_nothing():
    assert rules.CONFLICT_MASTERED not in codes(BadgeFacts())


@pytest.mark.parametrize("percent, earned", [(99, False), (100, True)])
def test_perfect_quiz(percent, earned):
    assert (rules.PERFECT_QUIZ in codes(BadgeFacts(best_quiz_percent=percent))) is earned


def test_badges_come_in_a_fixed_order():
    facts = BadgeFacts(
        certificates=1,
        required_courses=1,
        required_certified=1,
        conflict_published=frozenset({"a"}),
        conflict_passed=frozenset({"a"}),
        best_quiz_percent=100,
    )
    assert codes(facts) == list(rules.BADGES)


def test_completion_rate():
    assert rules.completion_rate(0, 0) is None
    assert rules.completion_rate(1, 3) == 33
    assert rules.completion_rate(2, 3) == 67


def test_leaderboard_ranks_by_rate_then_certified_then_name():
    rows = [
        rules.DepartmentRate(1, "Склад", 1, 4),
        rules.DepartmentRate(2, "Бухгалтерия", 2, 2),
        rules.DepartmentRate(3, "Call-центр", 4, 4),
        rules.DepartmentRate(4, "Пусто", 0, 0),
        rules.DepartmentRate(5, "Зал", 1, 4),
    ]
    assert [r.name for r in rules.leaderboard(rows)] == [
        "Call-центр",
        "Бухгалтерия",
        "Зал",
        "Склад",
    ]


def test_default_period_is_twelve_months_up_to_today():
    period = rules.default_period(dt.date(2026, 11, 23))
    assert (period.start, period.end) == (dt.date(2025, 11, 24), dt.date(2026, 11, 23))
    leap = rules.default_period(dt.date(2028, 2, 29))
    assert leap.start == dt.date(2027, 3, 1)


def test_observer_scope():
    scope = rules.observer_scope
    assert (
        scope(is_superuser=True, is_trainer=False, may_add=False, manages_anyone=False) == "anyone"
    )
    assert (
        scope(is_superuser=False, is_trainer=True, may_add=True, manages_anyone=False) == "anyone"
    )
    assert scope(is_superuser=False, is_trainer=False, may_add=True, manages_anyone=True) == "team"
    # Fail closed: a right without a team, or a team without the right, is nobody.
    assert scope(is_superuser=False, is_trainer=False, may_add=True, manages_anyone=False) is None
    assert scope(is_superuser=False, is_trainer=False, may_add=False, manages_anyone=True) is None


def test_most_missed_orders_by_share_not_met_then_roleplays():
    stats = [
        rules.CriterionStats("never", "Never observed"),
        rules.CriterionStats("half", "Half", observed=4, not_met=2),
        rules.CriterionStats("all", "All", observed=1, not_met=1),
        rules.CriterionStats("played", "Played", roleplay_choices=4, roleplay_broken=3),
        rules.CriterionStats("fine", "Fine", observed=5, not_met=0),
    ]
    assert [s.code for s in rules.most_missed(stats)] == ["all", "half", "fine", "played", "never"]
    assert stats[1].miss_rate == 50 and stats[0].miss_rate is None
