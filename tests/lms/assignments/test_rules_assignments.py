"""The pure decisions: which rules apply to a person, due dates, what a plan changes."""

import datetime as dt

from lms.assignments import rules
from lms.assignments.rules import Held, Person, Rule

TODAY = dt.date(2026, 5, 10)
SALES, WAREHOUSE = 1, 2
CASHIER, STOREKEEPER = 10, 20


def person(department=SALES, job_role=None, hired=dt.date(2026, 5, 1), active=True):
    return Person(department_id=department, job_role_id=job_role, hire_date=hired, active=active)


EVERYONE = Rule(id=1, course_id=100, scope=rules.ALL, due_days=14)
SALES_RULE = Rule(id=2, course_id=200, scope=rules.DEPARTMENT, department_id=SALES)
STOCK_RULE = Rule(id=3, course_id=300, scope=rules.DEPARTMENT, department_id=WAREHOUSE)
TILL_RULE = Rule(id=4, course_id=400, scope=rules.JOB_ROLE, job_role_id=CASHIER, due_days=7)
ALL_RULES = [EVERYONE, SALES_RULE, STOCK_RULE, TILL_RULE]


def test_rules_for_matches_scope_only():
    assert rules.rules_for(person(SALES, CASHIER), ALL_RULES) == [EVERYONE, SALES_RULE, TILL_RULE]
    assert rules.rules_for(person(WAREHOUSE, STOREKEEPER), ALL_RULES) == [EVERYONE, STOCK_RULE]
    assert rules.rules_for(person(WAREHOUSE, None), [TILL_RULE]) == []


def test_inactive_rules_people_and_unknown_scopes_match_nobody():
    stopped = Rule(id=5, course_id=500, scope=rules.ALL, active=False)
    odd = Rule(id=6, course_id=600, scope="galaxy")
    empty_department = Rule(id=7, course_id=700, scope=rules.DEPARTMENT, department_id=None)
    assert rules.rules_for(person(), [stopped, odd, empty_department]) == []
    assert rules.rules_for(person(active=False), [EVERYONE]) == []


def test_due_from_hire_counts_from_the_hire_date():
    due = rules.due_date(EVERYONE, hire_date=dt.date(2026, 5, 1), assigned_on=TODAY)
    assert due == dt.date(2026, 5, 15)


def test_due_from_hire_already_past_gives_the_full_days_from_assignment():
    due = rules.due_date(EVERYONE, hire_date=dt.date(2020, 1, 1), assigned_on=TODAY)
    assert due == dt.date(2026, 5, 24)


def test_due_from_assignment_ignores_the_hire_date():
    rule = Rule(id=8, course_id=800, scope=rules.ALL, due_days=10, due_from=rules.ASSIGNMENT)
    assert rules.due_date(rule, hire_date=dt.date(2026, 5, 9), assigned_on=TODAY) == dt.date(
        2026, 5, 20
    )


def test_effective_due_is_the_earliest_known_date():
    assert rules.effective_due([None, dt.date(2026, 6, 1), dt.date(2026, 5, 20)]) == dt.date(
        2026, 5, 20
    )
    assert rules.effective_due([None]) is None
    assert rules.effective_due([]) is None


def test_plan_of_a_new_hire_starts_every_matching_rule():
    plan = rules.plan(person(SALES, CASHIER), ALL_RULES, [], TODAY)
    assert [(rule.id, due) for rule, due in plan.start] == [
        (1, dt.date(2026, 5, 15)),
        (2, dt.date(2026, 5, 31)),
        (4, dt.date(2026, 5, 17)),  # hire + 7 had passed: 7 days from today
    ]
    assert plan.end == [] and plan.change_due == []


def test_plan_after_a_move_ends_old_rules_starts_new_and_keeps_manual_ones():
    held = [
        Held(id=11, course_id=100, rule_id=1, due_date=dt.date(2026, 5, 15), assigned_on=TODAY),
        Held(id=12, course_id=200, rule_id=2, due_date=dt.date(2026, 5, 31), assigned_on=TODAY),
        Held(id=13, course_id=900, rule_id=None, due_date=None, assigned_on=TODAY),
    ]
    plan = rules.plan(person(WAREHOUSE), ALL_RULES, held, TODAY)
    assert [rule.id for rule, _due in plan.start] == [3]
    assert plan.end == [12]
    assert plan.change_due == []


def test_plan_moves_due_dates_when_the_hire_date_changes():
    held = [Held(id=11, course_id=100, rule_id=1, due_date=dt.date(2026, 5, 15), assigned_on=TODAY)]
    plan = rules.plan(person(hired=dt.date(2026, 5, 5)), [EVERYONE], held, TODAY)
    assert plan.change_due == [(11, dt.date(2026, 5, 19))]
    assert not plan.start and not plan.end


def test_plan_ends_an_assignment_whose_rule_now_names_another_course():
    changed = Rule(id=1, course_id=101, scope=rules.ALL, due_days=14)
    held = [Held(id=11, course_id=100, rule_id=1, due_date=dt.date(2026, 5, 15), assigned_on=TODAY)]
    plan = rules.plan(person(), [changed], held, TODAY)
    assert plan.end == [11]
    assert [(rule.course_id, due) for rule, due in plan.start] == [(101, dt.date(2026, 5, 15))]


def test_a_person_who_left_is_left_as_they_were():
    held = [Held(id=11, course_id=100, rule_id=1, due_date=dt.date(2026, 5, 15), assigned_on=TODAY)]
    assert not rules.plan(person(active=False), ALL_RULES, held, TODAY)
