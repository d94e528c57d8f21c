"""The certification rules, as plain functions (no database)."""

import datetime as dt

from lms.certification import rules
from lms.certification.models import State, new_code

POLICY = rules.Policy(
    all_lessons=True,
    quizzes=frozenset({"1"}),
    scenarios=frozenset({"k"}),
    validity_months=12,
    window_days=30,
    grace_days=5,
    recert_quizzes=frozenset({"1"}),
)
D = dt.date(2026, 3, 1)


def test_verdict_names_what_is_missing():
    evidence = rules.Evidence(lessons_total=3, lessons_done=2, quizzes={"1": (80, "", "")})
    verdict = rules.verdict(POLICY, evidence)
    assert not verdict.met
    assert verdict.missing == (("lessons", ""), ("scenario", "k"))


def test_verdict_met_when_everything_done():
    evidence = rules.Evidence(3, 3, {"1": (80, "", "")}, {"k": (100, "", "")})
    assert rules.verdict(POLICY, evidence).met


def test_renewal_asks_only_for_the_redo_list():
    evidence = rules.Evidence(3, 0, {"1": (80, "", "")}, {})
    assert not rules.verdict(POLICY, evidence).met
    assert rules.verdict(POLICY, evidence, renewal=True).met


def test_a_policy_that_asks_nothing_never_certifies():
    empty = rules.Policy(all_lessons=False)
    assert not rules.verdict(empty, rules.Evidence(0, 0)).met


def test_course_without_lessons_does_not_meet_all_lessons():
    policy = rules.Policy(all_lessons=True)
    assert not rules.verdict(policy, rules.Evidence(0, 0)).met


def test_add_months_keeps_the_day_or_takes_the_months_last():
    assert rules.add_months(dt.date(2026, 1, 31), 1) == dt.date(2026, 2, 28)
    assert rules.add_months(dt.date(2027, 12, 31), 2) == dt.date(2028, 2, 29)
    assert rules.add_months(dt.date(2026, 5, 10), 12) == dt.date(2027, 5, 10)


def test_valid_until_none_without_validity():
    assert rules.valid_until(D, rules.Policy(validity_months=None)) is None
    assert rules.valid_until(D, POLICY) == dt.date(2027, 3, 1)


def test_timed_state_moves_through_window_and_grace():
    expires = dt.date(2026, 6, 30)
    assert rules.timed_state(State.CERTIFIED, dt.date(2026, 5, 30), expires, POLICY) == (
        State.CERTIFIED
    )
    assert rules.timed_state(State.CERTIFIED, dt.date(2026, 5, 31), expires, POLICY) == (
        State.EXPIRING
    )
    assert rules.timed_state(State.EXPIRING, dt.date(2026, 7, 5), expires, POLICY) == (
        State.EXPIRING
    )
    assert rules.timed_state(State.EXPIRING, dt.date(2026, 7, 6), expires, POLICY) == (
        State.EXPIRED
    )
    assert rules.timed_state(State.REVOKED, dt.date(2030, 1, 1), expires, POLICY) == State.REVOKED
    assert rules.timed_state(State.CERTIFIED, dt.date(2030, 1, 1), None, POLICY) == (
        State.CERTIFIED
    )


def test_overdue_only_for_work_still_to_do():
    assert rules.is_overdue(State.ASSIGNED, D, D + dt.timedelta(days=1))
    assert not rules.is_overdue(State.ASSIGNED, D, D)
    assert not rules.is_overdue(State.CERTIFIED, D, D + dt.timedelta(days=9))
    assert not rules.is_overdue(State.IN_PROGRESS, None, D)


def test_reminders_due():
    kinds = lambda *a: [r.kind for r in rules.reminders_due(*a)]  # noqa: E731
    assert kinds(State.ASSIGNED, D + dt.timedelta(days=7), None, 1, D) == ["due_soon"]
    assert kinds(State.ASSIGNED, D + dt.timedelta(days=8), None, 1, D) == []
    assert kinds(State.IN_PROGRESS, D - dt.timedelta(days=1), None, 1, D) == ["overdue"]
    assert kinds(State.CERTIFIED, None, D + dt.timedelta(days=30), 1, D) == ["expires_30"]
    assert kinds(State.EXPIRING, None, D + dt.timedelta(days=7), 1, D) == ["expires_7"]
    assert kinds(State.CERTIFIED, None, D + dt.timedelta(days=31), 1, D) == []
    assert kinds(State.RECERT_REQUIRED, None, None, 3, D) == ["recert"]
    # The key changes with what the reminder is about, so a new date is a new reminder.
    first = rules.reminders_due(State.ASSIGNED, D, None, 1, D)[0]
    later = rules.reminders_due(State.ASSIGNED, D + dt.timedelta(days=3), None, 1, D)[0]
    assert first.about != later.about


def test_certificate_state():
    assert rules.certificate_state(False, None, 0, D) == rules.VALID
    assert rules.certificate_state(False, D, 0, D) == rules.VALID
    assert rules.certificate_state(False, D, 0, D + dt.timedelta(days=1)) == rules.EXPIRED
    assert rules.certificate_state(False, D, 3, D + dt.timedelta(days=3)) == rules.VALID
    assert rules.certificate_state(True, None, 0, D) == rules.REVOKED


def test_codes_are_well_formed_and_distinct():
    codes = {new_code() for _ in range(200)}
    assert len(codes) == 200
    assert all(rules.well_formed_code(code) for code in codes)
    code = next(iter(codes))
    assert not rules.well_formed_code(code[:-1])
    assert not rules.well_formed_code(code.lower() + "Z")
    assert not rules.well_formed_code("'; DROP TABLE--")
