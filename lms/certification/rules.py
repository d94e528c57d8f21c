"""Certification decisions as plain Python: no ORM, no clock of their own (``today`` is passed).

The services load rows into these small dataclasses, ask, and write what the answer says.
"""

import calendar
import datetime as dt
from dataclasses import dataclass, field

from .models import HOLDING, State

ACTIVE = (State.ASSIGNED, State.IN_PROGRESS, State.RECERT_REQUIRED)


@dataclass(frozen=True)
class Policy:
    all_lessons: bool = True
    quizzes: frozenset = frozenset()  # quiz pks (as strings)
    scenarios: frozenset = frozenset()  # scenario translation keys (as strings)
    validity_months: int | None = None
    window_days: int = 30
    grace_days: int = 0
    recert_quizzes: frozenset = frozenset()
    recert_scenarios: frozenset = frozenset()
    recert_due_days: int = 30


@dataclass(frozen=True)
class Evidence:
    lessons_total: int = 0
    lessons_done: int = 0
    # ref -> (best percent, last passed at); only passes inside the current cycle for renewals.
    quizzes: dict = field(default_factory=dict)
    scenarios: dict = field(default_factory=dict)


@dataclass(frozen=True)
class Verdict:
    met: bool
    missing: tuple = ()


def requirements(policy, renewal):
    """What a cycle asks for: everything for a first certificate, the 'redo' list for a renewal.

    A renewal whose policy names nothing to redo asks for the full set again.
    """
    if renewal and (policy.recert_quizzes or policy.recert_scenarios):
        return False, policy.recert_quizzes, policy.recert_scenarios
    return policy.all_lessons, policy.quizzes, policy.scenarios


def verdict(policy, evidence, renewal=False):
    lessons, quizzes, scenarios = requirements(policy, renewal)
    missing = []
    if lessons and (evidence.lessons_total == 0 or evidence.lessons_done < evidence.lessons_total):
        missing.append(("lessons", ""))
    missing += [("quiz", ref) for ref in sorted(quizzes) if ref not in evidence.quizzes]
    missing += [("scenario", ref) for ref in sorted(scenarios) if ref not in evidence.scenarios]
    if not lessons and not quizzes and not scenarios:
        missing.append(("nothing_required", ""))
    return Verdict(met=not missing, missing=tuple(missing))


def add_months(day, months):
    """The same day ``months`` later, or the month's last day (31 Jan + 1 month = 28/29 Feb)."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def valid_until(issued_on, policy):
    if not policy.validity_months:
        return None
    return add_months(issued_on, policy.validity_months)


def timed_state(state, today, expires_on, policy):
    """The state time moves a certificate to, or ``state`` unchanged.

    Certified → expiring once the renewal window opens; certified or expiring → expired after the
    expiry date plus the grace period. Other states do not move with time.
    """
    if state not in HOLDING or expires_on is None:
        return state
    if today > expires_on + dt.timedelta(days=policy.grace_days):
        return State.EXPIRED
    if today >= expires_on - dt.timedelta(days=policy.window_days):
        return State.EXPIRING
    return State.CERTIFIED


def is_overdue(state, due_date, today):
    return state in ACTIVE and due_date is not None and due_date < today


def is_renewal(state):
    """A certificate towards which the person works now renews an earlier one."""
    return state in (State.EXPIRING, State.EXPIRED, State.RECERT_REQUIRED)


def state_after_progress(state):
    """A lesson, quiz or role-play done: not assigned or assigned moves to in progress."""
    if state in (State.NOT_ASSIGNED, State.ASSIGNED):
        return State.IN_PROGRESS
    return state


def needs_recertification(state, certified_version, new_version):
    return state in HOLDING and certified_version is not None and certified_version < new_version


@dataclass(frozen=True)
class ReminderDue:
    kind: str
    about: str


def reminders_due(state, due_date, expires_on, cycle, today):
    """Which reminders a status calls for today. The key ``about`` makes each go out once."""
    out = []
    if state in ACTIVE and due_date is not None:
        if due_date < today:
            out.append(ReminderDue("overdue", due_date.isoformat()))
        elif due_date <= today + dt.timedelta(days=7):
            out.append(ReminderDue("due_soon", due_date.isoformat()))
    if state == State.RECERT_REQUIRED:
        out.append(ReminderDue("recert", f"cycle-{cycle}"))
    if state in HOLDING and expires_on is not None and expires_on >= today:
        if expires_on <= today + dt.timedelta(days=7):
            out.append(ReminderDue("expires_7", expires_on.isoformat()))
        elif expires_on <= today + dt.timedelta(days=30):
            out.append(ReminderDue("expires_30", expires_on.isoformat()))
    return out


VALID, EXPIRED, REVOKED, UNKNOWN = "valid", "expired", "revoked", "unknown"


def certificate_state(revoked, valid_until, grace_days, today):
    """What the public verification page answers for a certificate that exists."""
    if revoked:
        return REVOKED
    if valid_until is not None and today > valid_until + dt.timedelta(days=grace_days):
        return EXPIRED
    return VALID


CODE_ALPHABET = frozenset("0123456789ABCDEF-")


def well_formed_code(code):
    """A code as issued: four groups of five hexadecimal digits. Checked before any query."""
    return (
        isinstance(code, str)
        and len(code) == 23
        and set(code) <= CODE_ALPHABET
        and [len(part) for part in code.split("-")] == [5, 5, 5, 5]
    )
