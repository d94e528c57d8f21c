"""Decisions of the records room as plain functions over small dataclasses (no ORM here).

Who may record an observation of whom, the default appraisal period, which badges a person has
earned, completion rates and the order of the leaderboard, and which criteria are missed most.
"""

import datetime as dt
from dataclasses import dataclass, field

from django.utils.translation import gettext_lazy as _

# Observers ---------------------------------------------------------------------------------------

ANYONE = "anyone"
TEAM = "team"


def observer_scope(*, is_superuser, is_trainer, may_add, manages_anyone):
    """Whom a person may observe: ``ANYONE``, ``TEAM`` or ``None`` (nobody: refused).

    Line managers observe their own team; trainers observe anyone (they check how training
    carries into practice, across departments). HR does not record observations: HR judges
    the appraisal from the record, and evidence of practice comes from people who saw the work,
    so HR has no "add" right. Superusers may do everything.
    """
    if is_superuser:
        return ANYONE
    if not may_add:
        return None
    if is_trainer:
        return ANYONE
    if manages_anyone:
        return TEAM
    return None


def observation_date_problem(observed_on, today):
    """Why a date cannot be an observation's, or ``None``."""
    if observed_on is None:
        return _("Enter the date of the observation.")
    if observed_on > today:
        return _("The date cannot be in the future.")
    return None


# Appraisal period --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Period:
    start: dt.date
    end: dt.date

    def contains(self, day):
        return self.start <= day <= self.end


def default_period(today):
    """The last twelve months, today included."""
    try:
        year_ago = today.replace(year=today.year - 1)
    except ValueError:  # 29 February
        year_ago = today.replace(year=today.year - 1, day=28)
    return Period(year_ago + dt.timedelta(days=1), today)


# Dates a period may use: wide enough for any appraisal, far enough from the calendar's ends that
# "the day after the end" always exists.
EARLIEST = dt.date(1900, 1, 1)
LATEST = dt.date(2999, 12, 31)


def period_problem(start, end):
    for day in (start, end):
        if day and not EARLIEST <= day <= LATEST:
            return _("Choose dates between %(earliest)s and %(latest)s.") % {
                "earliest": EARLIEST.year,
                "latest": LATEST.year,
            }
    if start and end and start > end:
        return _("The start of the period must not be after its end.")
    return None


# Motivation --------------------------------------------------------------------------------------

FIRST_CERTIFICATE = "first_certificate"
ONBOARDING_COMPLETE = "onboarding_complete"
CONFLICT_MASTERED = "conflict_mastered"
PERFECT_QUIZ = "perfect_quiz"

CONFLICT_MASTERY_MINIMUM = 3


@dataclass(frozen=True)
class Badge:
    code: str
    title: str
    description: str


BADGES = {
    FIRST_CERTIFICATE: Badge(
        FIRST_CERTIFICATE, _("First certificate"), _("You earned your first certificate.")
    ),
    ONBOARDING_COMPLETE: Badge(
        ONBOARDING_COMPLETE,
        _("Onboarding complete"),
        _("Every course assigned to you is certified."),
    ),
    CONFLICT_MASTERED: Badge(
        CONFLICT_MASTERED,
        _("Conflict scenarios mastered"),
        _("You passed every conflict role-play, or at least three of them."),
    ),
    PERFECT_QUIZ: Badge(PERFECT_QUIZ, _("Perfect quiz"), _("You passed a quiz with 100 %.")),
}


@dataclass(frozen=True)
class BadgeFacts:
    certificates: int = 0
    required_courses: int = 0
    required_certified: int = 0
    # Translation keys of the conflict role-plays published now, and of those the person passed.
    conflict_published: frozenset = field(default_factory=frozenset)
    conflict_passed: frozenset = field(default_factory=frozenset)
    best_quiz_percent: int = 0


def earned_badges(facts):
    """The badges the facts earn, in the order of ``BADGES``."""
    earned = []
    if facts.certificates >= 1:
        earned.append(FIRST_CERTIFICATE)
    if facts.required_courses and facts.required_certified >= facts.required_courses:
        earned.append(ONBOARDING_COMPLETE)
    every_published = bool(facts.conflict_published) and facts.conflict_published <= (
        facts.conflict_passed
    )
    if every_published or len(facts.conflict_passed) >= CONFLICT_MASTERY_MINIMUM:
        earned.append(CONFLICT_MASTERED)
    if facts.best_quiz_percent >= 100:
        earned.append(PERFECT_QUIZ)
    return [BADGES[code] for code in earned]


def completion_rate(certified, required):
    """Whole percent of required courses certified, or ``None`` when nothing is required."""
    if not required:
        return None
    return round(certified * 100 / required)


@dataclass(frozen=True)
class DepartmentRate:
    department_id: int
    name: str
    certified: int
    required: int

    @property
    def rate(self):
        return completion_rate(self.certified, self.required)


def leaderboard(rows):
    """Departments with something required, best rate first (ties: more certified, then name)."""
    ranked = [r for r in rows if r.required]
    return sorted(ranked, key=lambda r: (-r.certified / r.required, -r.certified, r.name))


# Analytics ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class CriterionStats:
    code: str
    text: str
    observed: int = 0  # met + not met (not applicable does not count)
    not_met: int = 0
    roleplay_choices: int = 0  # choices tied to the criterion in finished role-plays
    roleplay_broken: int = 0  # of them, replies that break it (negative points)

    @property
    def miss_rate(self):
        return round(self.not_met * 100 / self.observed) if self.observed else None

    @property
    def roleplay_break_rate(self):
        if not self.roleplay_choices:
            return None
        return round(self.roleplay_broken * 100 / self.roleplay_choices)


def most_missed(stats):
    """Criteria ordered from the most often missed: share of "not met" in practice first, then
    the share of breaking replies in role-plays; criteria never observed come last."""

    def key(s):
        return (
            -(s.not_met / s.observed if s.observed else -1),
            -(s.roleplay_broken / s.roleplay_choices if s.roleplay_choices else -1),
            -s.not_met,
            s.code,
        )

    return sorted(stats, key=key)
