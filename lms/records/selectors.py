"""Read-only queries of the records room. Each runs a fixed number of SQL queries, however many
rows there are (pinned by tests)."""

import datetime as dt
from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.db.models import Count, Max, Min, Q
from django.utils import timezone
from wagtail.models import Locale

from courses.models import CoursePage, LessonPage
from lms import roles
from lms.certification import selectors as certification
from lms.certification.models import HOLDING, AssessmentPass, Certification, CourseStatus
from lms.feedback.models import Suggestion
from lms.staff import selectors as staff
from lms.staff.models import Department
from quizzes.models import Sitting
from quizzes.scenarios.models import (
    AttemptStatus,
    PathEntry,
    Scenario,
    ScenarioAttempt,
    SituationType,
)

from . import rules
from .models import Observation, ObservationResult, Result

# Criteria of a standard --------------------------------------------------------------------------


@dataclass(frozen=True)
class Criterion:
    code: str
    text: str
    group: str  # the title of the checklist it is in


def _criteria_in(body, seen, found):
    for block in body or []:
        if block.block_type != "checklist":
            continue
        for item in block.value["criteria"]:
            code = item["code"]
            if code and code not in seen:
                seen.add(code)
                found.append(Criterion(code, item["text"], block.value["title"]))


def criteria_of(course):
    """Every criterion of correct action of a course: its overview first, then its live lessons
    in order. A code met twice counts once (the first wording wins). One query (the lessons)."""
    if not isinstance(course, CoursePage):
        course = course.specific
    seen, found = set(), []
    _criteria_in(course.body, seen, found)
    for lesson in LessonPage.objects.live().child_of(course).order_by("path"):
        _criteria_in(lesson.body, seen, found)
    return found


def original_courses():
    """Live original courses (first of their translations), by title: one query."""
    firsts = CoursePage.objects.values("translation_key").annotate(first=Min("pk")).values("first")
    return CoursePage.objects.live().filter(pk__in=firsts).order_by("title")


def localized(course, locale=None):
    """The course in the reader's language where a live translation exists (one query)."""
    locale = locale or Locale.get_active()
    if course.locale_id == locale.pk:
        return course
    translated = (
        CoursePage.objects.live().filter(translation_key=course.translation_key, locale=locale)
    ).first()
    return translated or course


def localized_titles(pages, locale=None):
    """``{translation_key: title}`` of live translations of the pages in the reader's language
    (one query; none when there is nothing to look up)."""
    keys = {page.translation_key for page in pages}
    if not keys:
        return {}
    locale = locale or Locale.get_active()
    return dict(
        CoursePage.objects.live()
        .filter(translation_key__in=keys, locale=locale)
        .values_list("translation_key", "title")
    )


def _set_display_titles(rows, attribute="course"):
    """Give every row's course a ``display_title`` in the reader's language (one query)."""
    courses = [getattr(row, attribute) for row in rows]
    titles = localized_titles(courses)
    for course in courses:
        course.display_title = titles.get(course.translation_key, course.title)


# Who may observe whom ----------------------------------------------------------------------------


def active_people():
    User = get_user_model()
    return (
        User.objects.filter(is_active=True, profile__active=True)
        .select_related("profile", "profile__department")
        .order_by("last_name", "first_name", "profile__employee_number")
    )


def observation_scope(user):
    if not getattr(user, "is_authenticated", False) or not user.is_active:
        return None
    return rules.observer_scope(
        is_superuser=user.is_superuser,
        is_trainer=user.groups.filter(name=roles.TRAINERS).exists(),
        may_add=user.has_perm("records.add_observation"),
        manages_anyone=staff.is_line_manager(user),
    )


def observable_people(user):
    """The people ``user`` may observe (a queryset; empty when nobody)."""
    scope = observation_scope(user)
    if scope == rules.ANYONE:
        return active_people().exclude(pk=user.pk)
    if scope == rules.TEAM:
        return staff.team_of(user)
    return get_user_model().objects.none()


# The training record -----------------------------------------------------------------------------


def _day_bounds(period):
    """The period as aware datetimes: [start 00:00, day after end 00:00)."""
    tz = timezone.get_current_timezone()
    start = dt.datetime.combine(period.start, dt.time.min, tzinfo=tz)
    end = dt.datetime.combine(period.end + dt.timedelta(days=1), dt.time.min, tzinfo=tz)
    return start, end


def training_record(person, period):
    """Everything of ``person``'s training for an appraisal period. Nine queries (ten with
    courses to show in the reader's language).

    Certificates: every one held at some time in the period (issued by its end, valid after its
    start), with its state today; revoked ones are kept and marked.
    """
    start, end = _day_bounds(period)
    today = timezone.localdate()
    certificates = [
        (cert, certification.public_state(cert, today))
        for cert in Certification.objects.filter(user=person, issued_at__lt=end)
        .filter(Q(valid_until__isnull=True) | Q(valid_until__gte=period.start))
        .select_related("course")
        .order_by("-issued_at")
    ]
    statuses = list(
        CourseStatus.objects.filter(user=person)
        .exclude(state="not_assigned")
        .select_related("course")
        .order_by("course__title")
    )
    passes = list(
        AssessmentPass.objects.filter(
            user=person, last_passed_at__gte=start, last_passed_at__lt=end
        ).order_by("-last_passed_at")
    )
    sittings = list(
        Sitting.objects.filter(user=person, complete=True, ended_at__gte=start, ended_at__lt=end)
        .select_related("quiz")
        .order_by("-ended_at")
    )
    attempts = list(
        ScenarioAttempt.objects.filter(
            user=person,
            status=AttemptStatus.FINISHED,
            finished_at__gte=start,
            finished_at__lt=end,
        )
        .select_related("scenario")
        .order_by("-finished_at")
    )
    observations = list(
        Observation.objects.filter(
            person=person, observed_on__gte=period.start, observed_on__lte=period.end
        )
        .select_related("course", "observer")
        .prefetch_related("results")
    )
    suggestions = list(
        Suggestion.objects.filter(author=person, created_at__gte=start, created_at__lt=end)
        .select_related("course", "lesson")
        .order_by("-created_at")
    )
    _set_display_titles([*statuses, *observations, *suggestions])
    return {
        "certificates": certificates,
        "statuses": statuses,
        "passes": passes,
        "sittings": sittings,
        "attempts": attempts,
        "observations": observations,
        "suggestions": suggestions,
    }


def person_for_record(user_id):
    """The person with their directory entry (one query), or ``None``."""
    return (
        get_user_model()
        .objects.select_related("profile", "profile__department", "profile__job_role")
        .filter(pk=user_id)
        .first()
    )


# The manager's team ------------------------------------------------------------------------------


def team_rows(manager):
    """The manager's team, each with required / certified / overdue counts and the last
    observation. Three queries."""
    people = list(staff.team_of(manager))
    ids = [p.pk for p in people]
    counts = {
        row["user_id"]: row
        for row in CourseStatus.objects.filter(user_id__in=ids)
        .values("user_id")
        .annotate(
            n_required=Count("pk", filter=Q(required=True)),
            n_certified=Count("pk", filter=Q(required=True, state__in=HOLDING)),
            n_overdue=Count("pk", filter=Q(overdue=True)),
        )
    }
    last_seen = dict(
        Observation.objects.filter(person_id__in=ids)
        .values("person_id")
        .annotate(last=Max("observed_on"))
        .values_list("person_id", "last")
    )
    empty = {"n_required": 0, "n_certified": 0, "n_overdue": 0}
    rows = []
    for person in people:
        row = counts.get(person.pk, empty)
        rows.append(
            {
                "person": person,
                "required": row["n_required"],
                "certified": row["n_certified"],
                "overdue": row["n_overdue"],
                "rate": rules.completion_rate(row["n_certified"], row["n_required"]),
                "last_observed": last_seen.get(person.pk),
            }
        )
    return rows


# Motivation --------------------------------------------------------------------------------------


def badge_facts(user):
    """The facts the badge rules read. Four queries."""
    statuses = CourseStatus.objects.filter(user=user, required=True).aggregate(
        n_required=Count("pk"), n_certified=Count("pk", filter=Q(state__in=HOLDING))
    )
    certificates = Certification.objects.filter(user=user, revoked_at__isnull=True).count()
    passes = list(
        AssessmentPass.objects.filter(user=user).values_list("kind", "ref", "best_percent")
    )
    conflict = list(
        Scenario.objects.filter(situation_type=SituationType.CONFLICT).values_list(
            "translation_key", "live"
        )
    )
    all_conflict = {str(key) for key, _live in conflict}
    published = frozenset(str(key) for key, live in conflict if live)
    passed_roleplays = {ref for kind, ref, _p in passes if kind == AssessmentPass.Kind.SCENARIO}
    best_quiz = max((p for kind, _r, p in passes if kind == AssessmentPass.Kind.QUIZ), default=0)
    return rules.BadgeFacts(
        certificates=certificates,
        required_courses=statuses["n_required"],
        required_certified=statuses["n_certified"],
        conflict_published=published,
        conflict_passed=frozenset(passed_roleplays & all_conflict),
        best_quiz_percent=best_quiz,
    )


def department_rates():
    """Completion rate of every department: required statuses of its active people. One query."""
    rows = (
        CourseStatus.objects.filter(required=True, user__is_active=True, user__profile__active=True)
        .values("user__profile__department_id", "user__profile__department__name")
        .annotate(n_required=Count("pk"), n_certified=Count("pk", filter=Q(state__in=HOLDING)))
    )
    return [
        rules.DepartmentRate(
            department_id=row["user__profile__department_id"],
            name=row["user__profile__department__name"],
            certified=row["n_certified"],
            required=row["n_required"],
        )
        for row in rows
    ]


def motivation(user, *, show_leaderboard):
    """Badges, the person's department's rate, and (if shown) the leaderboard. Six queries."""
    facts = badge_facts(user)
    department = Department.objects.filter(employees__user=user).values_list("pk", "name").first()
    rates = department_rates()
    own = None
    if department is not None:
        own = next(
            (r for r in rates if r.department_id == department[0]),
            rules.DepartmentRate(department[0], department[1], 0, 0),
        )
    return {
        "badges": rules.earned_badges(facts),
        "all_badges": list(rules.BADGES.values()),
        "department": own,
        "leaderboard": rules.leaderboard(rates) if show_leaderboard else None,
    }


# Analytics ---------------------------------------------------------------------------------------


def criteria_report(course):
    """For an original course: each criterion with how often it was observed and not met, and
    how often role-play replies tied to it broke it. Four queries."""
    criteria = criteria_of(course)
    observed = {
        row["criterion_code"]: row
        for row in ObservationResult.objects.filter(observation__course=course)
        .values("criterion_code")
        .annotate(
            observed=Count("pk", filter=~Q(result=Result.NOT_APPLICABLE)),
            not_met=Count("pk", filter=Q(result=Result.NOT_MET)),
        )
    }
    played = {
        row["criterion"]: row
        for row in PathEntry.objects.filter(
            attempt__status=AttemptStatus.FINISHED,
            attempt__scenario__standard__translation_key=course.translation_key,
        )
        .exclude(criterion="")
        .values("criterion")
        .annotate(
            choices=Count("pk"),
            broken=Count("pk", filter=Q(points__lt=0)),
        )
    }
    texts = {c.code: c.text for c in criteria}
    # Criteria no longer in the standard but still in the record are reported too.
    last_texts = dict(
        ObservationResult.objects.filter(observation__course=course)
        .exclude(criterion_code__in=list(texts))
        .values_list("criterion_code", "criterion_text")
    )
    codes = list(texts) + [c for c in {*observed, *last_texts} if c not in texts]
    stats = [
        rules.CriterionStats(
            code=code,
            text=texts.get(code) or last_texts.get(code, code),
            observed=observed.get(code, {}).get("observed", 0),
            not_met=observed.get(code, {}).get("not_met", 0),
            roleplay_choices=played.get(code, {}).get("choices", 0),
            roleplay_broken=played.get(code, {}).get("broken", 0),
        )
        for code in codes
    ]
    return rules.most_missed(stats)


def courses_with_observations():
    """Original courses with their number of observations (one query)."""
    return original_courses().annotate(observation_count=Count("observations"))
