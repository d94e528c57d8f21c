"""Writing assignments, each public function in one transaction.

The decisions are in :mod:`.rules`; here rows are loaded, the rules asked, ``Assignment`` rows
written (ended, never deleted), and then ``_sync`` brings ``CourseStatus`` in step: a course is
required while a person has an active assignment of it, due on the earliest due date; the
moves themselves (and their audit events) are made by ``lms.certification.services``.

Cost: our own rows are read and written in a fixed number of queries whatever the number of
people. Each person whose status really changes costs one ``certification.services.assign`` (or
``unassign``) call — a handful of queries, since that service locks the person's status row and
writes its event one person at a time. People whose status is already right cost nothing more.
"""

from collections import defaultdict
from dataclasses import dataclass, field

from django.contrib.auth import get_user_model
from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_noop

from courses.models import CoursePage
from courses.services import original
from lms.certification import services as certification
from lms.certification.models import CourseStatus
from lms.staff.models import EmployeeProfile

from . import rules
from .models import Assignment, AssignmentRule, Scope, Source

REASON_RULE = gettext_noop("Assignment rule")
REASON_MANUAL = gettext_noop("Assigned manually")
REASON_NO_LONGER = gettext_noop("No assignment requires it any more")
END_NO_LONGER_APPLIES = gettext_noop("The rule no longer applies to this person")
END_RULE_STOPPED = gettext_noop("The rule was stopped or deleted")
END_UNASSIGNED = gettext_noop("Unassigned")


@dataclass
class Result:
    """What a service did: assignments started, due dates changed, assignments ended, and the
    people whose course status it moved (made required, or no longer required)."""

    started: int = 0
    changed: int = 0
    ended: int = 0
    required: int = 0
    released: int = 0

    def add(self, other):
        for name in ("started", "changed", "ended", "required", "released"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        return self


@dataclass
class ManualResult:
    """A manual assignment: who newly has the course, who had it required already."""

    assigned: list = field(default_factory=list)
    already: list = field(default_factory=list)


# Rows as the rules' dataclasses ------------------------------------------------------------------


def as_rule(rule):
    return rules.Rule(
        id=rule.pk,
        course_id=rule.course_id,
        scope=rule.scope,
        department_id=rule.department_id,
        job_role_id=rule.job_role_id,
        due_days=rule.due_days,
        due_from=rule.due_from,
        active=rule.active,
    )


def as_person(profile):
    return rules.Person(
        department_id=profile.department_id,
        job_role_id=profile.job_role_id,
        hire_date=profile.hire_date,
        active=profile.active,
    )


def as_held(assignment):
    return rules.Held(
        id=assignment.pk,
        course_id=assignment.course_id,
        rule_id=assignment.rule_id if assignment.source == Source.RULE else None,
        due_date=assignment.due_date,
        assigned_on=timezone.localdate(assignment.assigned_at),
    )


def _end(assignments, *, now, actor, reason):
    for assignment in assignments:
        assignment.ended_at = now
        assignment.ended_by = actor
        assignment.end_reason = reason
    Assignment.objects.bulk_update(
        assignments, ["ended_at", "ended_by", "end_reason"], batch_size=500
    )


# Keeping CourseStatus in step ---------------------------------------------------------------------


def _sync(pairs, *, actor=None):
    """Make each (user id, course id) pair's status required, due on the earliest active due date,
    while an active assignment exists; no longer required once none does. Returns a ``Result``
    with ``required`` and ``released`` counted."""
    result = Result()
    pairs = set(pairs)
    if not pairs:
        return result
    user_ids = {u for u, _c in pairs}
    course_ids = {c for _u, c in pairs}
    active = defaultdict(list)
    for user_id, course_id, due, source in Assignment.objects.filter(
        ended_at__isnull=True, user_id__in=user_ids, course_id__in=course_ids
    ).values_list("user_id", "course_id", "due_date", "source"):
        active[user_id, course_id].append((due, source))
    statuses = {
        (user_id, course_id): (required, due)
        for user_id, course_id, required, due in CourseStatus.objects.filter(
            user_id__in=user_ids, course_id__in=course_ids
        ).values_list("user_id", "course_id", "required", "due_date")
    }
    to_assign, to_release = [], []
    for pair in sorted(pairs):
        required, due = statuses.get(pair, (False, None))
        reasons = active.get(pair)
        if reasons:
            want = rules.effective_due(d for d, _s in reasons)
            if not required or due != want:
                manual = any(s == Source.MANUAL for _d, s in reasons)
                to_assign.append((pair, want, Source.MANUAL if manual else Source.RULE))
        elif required:
            to_release.append(pair)
    if not to_assign and not to_release:
        return result
    # Many at once (a rule for a whole department): a fixed number of queries per batch.
    certification.assign_many(
        [
            (
                user_id,
                course_id,
                due,
                REASON_MANUAL if source == Source.MANUAL else REASON_RULE,
                source,
            )
            for (user_id, course_id), due, source in to_assign
        ],
        actor=actor,
    )
    result.required += len(to_assign)
    if not to_release:
        return result
    users = get_user_model().objects.in_bulk({p[0] for p in to_release})
    courses = CoursePage.objects.in_bulk({p[1] for p in to_release})
    for user_id, course_id in to_release:
        certification.unassign(
            users[user_id], courses[course_id], actor=actor, reason=REASON_NO_LONGER
        )
        result.released += 1
    return result


# One person's plan --------------------------------------------------------------------------------


def plan_for(profile, *, actor=None):
    """Give ``profile`` every course the active rules require of them, with its due date; end
    the rule assignments that no longer apply (after a change of department, job role or hire
    date). Manual assignments are kept. A person who has left is left as they were."""
    with transaction.atomic():
        profile = EmployeeProfile.objects.select_for_update().get(pk=profile.pk)
        person = as_person(profile)
        result = Result()
        if not person.active:
            return result
        active_rules = {rule.pk: rule for rule in AssignmentRule.objects.filter(active=True)}
        held = list(
            Assignment.objects.filter(user_id=profile.user_id, ended_at__isnull=True).order_by("pk")
        )
        now = timezone.now()
        plan = rules.plan(
            person,
            [as_rule(rule) for rule in active_rules.values()],
            [as_held(a) for a in held],
            timezone.localdate(now),
        )
        by_id = {a.pk: a for a in held}
        touched = set()
        new = [
            Assignment(
                user_id=profile.user_id,
                course_id=rule.course_id,
                source=Source.RULE,
                rule_id=rule.id,
                note=str(active_rules[rule.id])[:300],
                due_date=due,
                assigned_by=actor,
                assigned_at=now,
            )
            for rule, due in plan.start
        ]
        Assignment.objects.bulk_create(new)
        changed = []
        for held_id, due in plan.change_due:
            by_id[held_id].due_date = due
            changed.append(by_id[held_id])
        Assignment.objects.bulk_update(changed, ["due_date"])
        ended = [by_id[held_id] for held_id in plan.end]
        _end(ended, now=now, actor=actor, reason=END_NO_LONGER_APPLIES)
        touched = {(a.user_id, a.course_id) for a in (*new, *changed, *ended)}
        result = _sync(touched, actor=actor)
        result.started, result.changed, result.ended = len(new), len(changed), len(ended)
    return result


# One rule for everyone ----------------------------------------------------------------------------


def _scope_filter(rule):
    if rule.scope == Scope.DEPARTMENT:
        return Q(department_id=rule.department_id)
    if rule.scope == Scope.JOB_ROLE:
        return Q(job_role_id=rule.job_role_id)
    if rule.scope == Scope.ALL:
        return Q()
    return Q(pk__in=[])


def apply_rule(rule, *, actor=None):
    """Apply one rule to everyone: start it for every active person it matches who lacks it,
    move due dates that changed, end it for whoever it no longer matches (or everyone, if the
    rule is inactive). Bounded queries for our rows; see the module's note on ``_sync``."""
    with transaction.atomic():
        rule = AssignmentRule.objects.select_for_update().filter(pk=rule.pk).first()
        if rule is None:
            return Result()
        if not rule.active:
            return _retire(rule, actor=actor)
        spec = as_rule(rule)
        people = {
            row[0]: rules.Person(*row[1:])
            for row in EmployeeProfile.objects.filter(_scope_filter(rule), active=True).values_list(
                "user_id", "department_id", "job_role_id", "hire_date", "active"
            )
        }
        held = defaultdict(list)
        for assignment in Assignment.objects.filter(
            rule=rule, source=Source.RULE, ended_at__isnull=True
        ).order_by("pk"):
            held[assignment.user_id].append(assignment)
        missing = set(held) - set(people)
        if missing:
            for row in EmployeeProfile.objects.filter(user_id__in=missing).values_list(
                "user_id", "department_id", "job_role_id", "hire_date", "active"
            ):
                people[row[0]] = rules.Person(*row[1:])
        now = timezone.now()
        today = timezone.localdate(now)
        note = None  # what the rule says, read only when someone gets it
        new, changed, ended = [], [], []
        for user_id, person in people.items():
            mine = {a.pk: a for a in held.get(user_id, ())}
            plan = rules.plan(person, [spec], [as_held(a) for a in mine.values()], today)
            for _rule, due in plan.start:
                note = note if note is not None else str(rule)[:300]
                new.append(
                    Assignment(
                        user_id=user_id,
                        course_id=rule.course_id,
                        source=Source.RULE,
                        rule=rule,
                        note=note,
                        due_date=due,
                        assigned_by=actor,
                        assigned_at=now,
                    )
                )
            for held_id, due in plan.change_due:
                mine[held_id].due_date = due
                changed.append(mine[held_id])
            ended.extend(mine[held_id] for held_id in plan.end)
        # Someone without a profile any more (account kept, profile removed) loses the rule.
        for user_id in set(held) - set(people):
            ended.extend(held[user_id])
        Assignment.objects.bulk_create(new, batch_size=500)
        Assignment.objects.bulk_update(changed, ["due_date"], batch_size=500)
        _end(ended, now=now, actor=actor, reason=END_NO_LONGER_APPLIES)
        touched = {(a.user_id, a.course_id) for a in (*new, *changed, *ended)}
        result = _sync(touched, actor=actor)
        result.started, result.changed, result.ended = len(new), len(changed), len(ended)
    return result


def _retire(rule, *, actor=None):
    ended = list(Assignment.objects.filter(rule=rule, ended_at__isnull=True))
    _end(ended, now=timezone.now(), actor=actor, reason=END_RULE_STOPPED)
    result = _sync({(a.user_id, a.course_id) for a in ended}, actor=actor)
    result.ended = len(ended)
    return result


def retire_rule(rule, *, actor=None):
    """The rule is stopped or about to be deleted: end its assignments (kept as history) and
    release the courses nothing else requires."""
    with transaction.atomic():
        return _retire(rule, actor=actor)


def apply_all_rules(*, actor=None):
    """Every rule, active or not (an inactive one with assignments left is retired)."""
    total = Result()
    pending = AssignmentRule.objects.filter(
        Q(active=True) | Q(assignments__ended_at__isnull=True, assignments__isnull=False)
    ).distinct()
    for rule in pending.order_by("pk"):
        total.add(apply_rule(rule, actor=actor))
    return total


# Manual assignments -------------------------------------------------------------------------------


def assign_manually(users, course, *, due_date, actor):
    """Assign ``course`` to ``users`` (an iterable of users, e.g. a team), due on ``due_date``.

    The caller has checked that ``actor`` may assign to each of them. Someone who already had
    the course required counts as ``already`` (and keeps the earlier due date if theirs was
    earlier); a manual reason is recorded for them anyway, so the course stays required if a
    rule stops applying. Returns a ``ManualResult``."""
    course = original(course)
    users = {user.pk: user for user in users}
    result = ManualResult()
    if not users:
        return result
    with transaction.atomic():
        now = timezone.now()
        had_manual = set(
            Assignment.objects.filter(
                course=course, source=Source.MANUAL, ended_at__isnull=True, user_id__in=users
            ).values_list("user_id", flat=True)
        )
        required = set(
            CourseStatus.objects.filter(
                course=course, user_id__in=users, required=True
            ).values_list("user_id", flat=True)
        )
        new = [
            Assignment(
                user_id=user_id,
                course=course,
                source=Source.MANUAL,
                due_date=due_date,
                assigned_by=actor,
                assigned_at=now,
            )
            for user_id in sorted(users)
            if user_id not in had_manual
        ]
        Assignment.objects.bulk_create(new, batch_size=500)
        _sync({(a.user_id, course.pk) for a in new}, actor=actor)
        for user_id in sorted(users):
            if user_id in required or user_id in had_manual:
                result.already.append(users[user_id])
            else:
                result.assigned.append(users[user_id])
    return result


def unassign(user, course, *, actor, reason=""):
    """End the manual assignment of ``course`` to ``user`` (kept as history). The course stays
    required if a rule still requires it. Returns whether a manual assignment was ended."""
    course = original(course)
    with transaction.atomic():
        ended = list(
            Assignment.objects.select_for_update().filter(
                user=user, course=course, source=Source.MANUAL, ended_at__isnull=True
            )
        )
        _end(ended, now=timezone.now(), actor=actor, reason=(reason or END_UNASSIGNED)[:300])
        _sync({(user.pk, course.pk)} if ended else set(), actor=actor)
    return bool(ended)
