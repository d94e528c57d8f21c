"""Decisions about assignments: plain functions over small dataclasses, no database.

- ``matches`` / ``rules_for``: which rules apply to a person.
- ``due_date``: when a rule's course is due for a person.
- ``effective_due``: the due date of a course required for several reasons.
- ``plan``: what must change for one person, given the rules and what they hold now.
"""

import datetime as dt
from dataclasses import dataclass, field

ALL = "all"
DEPARTMENT = "department"
JOB_ROLE = "job_role"
HIRE = "hire"
ASSIGNMENT = "assignment"


@dataclass(frozen=True)
class Rule:
    id: int
    course_id: int
    scope: str
    department_id: int | None = None
    job_role_id: int | None = None
    due_days: int = 30
    due_from: str = HIRE
    active: bool = True


@dataclass(frozen=True)
class Person:
    department_id: int | None
    job_role_id: int | None
    hire_date: dt.date | None
    active: bool = True


@dataclass(frozen=True)
class Held:
    """An active assignment of a person, from a rule (``rule_id``) or manual (``None``)."""

    id: int
    course_id: int
    rule_id: int | None
    due_date: dt.date | None
    assigned_on: dt.date


@dataclass
class Plan:
    """What to do for one person: start (rule, due), change due (held id, due), end (held id)."""

    start: list = field(default_factory=list)
    change_due: list = field(default_factory=list)
    end: list = field(default_factory=list)

    def __bool__(self):
        return bool(self.start or self.change_due or self.end)


def matches(rule, person):
    """Whether ``rule`` applies to ``person``: active rule, active person, scope met."""
    if not rule.active or not person.active:
        return False
    if rule.scope == ALL:
        return True
    if rule.scope == DEPARTMENT:
        return rule.department_id is not None and rule.department_id == person.department_id
    if rule.scope == JOB_ROLE:
        return rule.job_role_id is not None and rule.job_role_id == person.job_role_id
    return False  # an unknown scope applies to nobody (fail closed)


def rules_for(person, rules):
    """The rules of ``rules`` that apply to ``person``, in the order given."""
    return [rule for rule in rules if matches(rule, person)]


def due_date(rule, *, hire_date, assigned_on):
    """When the rule's course is due.

    Counted from the assignment: ``assigned_on + N``. Counted from hire: ``hire_date + N`` —
    unless that day has already passed when the rule reaches the person (someone hired before
    the rule existed): then they get the full N days from ``assigned_on``, so that a new rule
    never makes anyone overdue on the day it appears.
    """
    days = dt.timedelta(days=rule.due_days)
    if rule.due_from == HIRE and hire_date is not None:
        from_hire = hire_date + days
        if from_hire >= assigned_on:
            return from_hire
    return assigned_on + days


def effective_due(due_dates):
    """A course required for several reasons is due on the earliest of their due dates."""
    dates = [d for d in due_dates if d is not None]
    return min(dates) if dates else None


def plan(person, rules, held, today):
    """What must change so that ``person`` holds exactly the rule assignments that apply.

    ``rules``: every active rule (``Rule``); ``held``: the person's active assignments
    (``Held``; manual ones are never ended here). A rule that applies and is not held starts,
    due per ``due_date`` from today; one held whose due date no longer follows from the rule
    (hire date or the rule's days changed) gets its new due date; a held rule assignment whose
    rule no longer applies (or names another course now) ends. A person who has left (inactive)
    is left as they were: their history stays as it was on their last day.
    """
    if not person.active:
        return Plan()
    applying = {rule.id: rule for rule in rules_for(person, rules)}
    result = Plan()
    held_rules = set()
    for item in held:
        if item.rule_id is None:
            continue
        rule = applying.get(item.rule_id)
        if rule is None or rule.course_id != item.course_id:
            result.end.append(item.id)
            continue
        held_rules.add(rule.id)
        due = due_date(rule, hire_date=person.hire_date, assigned_on=item.assigned_on)
        if due != item.due_date:
            result.change_due.append((item.id, due))
    for rule in applying.values():
        if rule.id not in held_rules:
            result.start.append(
                (rule, due_date(rule, hire_date=person.hire_date, assigned_on=today))
            )
    return result
