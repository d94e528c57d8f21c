"""Read-only queries of certification records (a fixed number of queries each)."""

import uuid
from collections import defaultdict
from dataclasses import dataclass, field

from django.db.models import CharField, Value
from django.db.models.functions import Cast
from django.urls import reverse
from django.utils import timezone

from courses.models import CoursePage
from courses.selectors import in_language

from . import rules
from .models import AssessmentPass, Certification, CourseStatus, StandardVersion, State


def public_state(certification, today=None):
    return rules.certificate_state(
        certification.revoked_at is not None,
        certification.valid_until,
        certification.course.grace_days,
        today or timezone.localdate(),
    )


def certificates_of(user):
    """Every certificate of a person, newest first, with its state today."""
    rows = list(Certification.objects.filter(user=user).select_related("course__locale"))
    today = timezone.localdate()
    titled(rows)
    return [(cert, public_state(cert, today)) for cert in rows]


def titled(certificates):
    """Give each certificate ``shown_title`` (its standard's title in the active language where
    a translation exists, else the title it was issued with) and ``title_language`` (the name of
    that other language, or None). One query for all."""
    shown = in_language([cert.course for cert in certificates])
    for cert in certificates:
        found = shown.get(cert.course_id)
        if found is not None and found.other_language is None and found.course.pk != cert.course_id:
            cert.shown_title, cert.title_language = found.title, None
        else:
            cert.shown_title = cert.course_title
            cert.title_language = found.other_language if found is not None else None
    return certificates


def statuses_by_course(user):
    """The person's status rows keyed by original course id, with their course (one query)."""
    return {
        s.course_id: s
        for s in CourseStatus.objects.filter(user=user).select_related("certification", "course")
    }


def changes_to_recertify(user, statuses=None):
    """For each course where the person must recertify: what changed since their version.

    ``statuses``: the person's status rows if the caller has them (``statuses_by_course``), so
    that they are not read again."""
    if statuses is None:
        statuses = CourseStatus.objects.filter(user=user).select_related("course")
    statuses = [s for s in statuses if s.state == State.RECERT_REQUIRED]
    if not statuses:
        return []
    versions = StandardVersion.objects.filter(course__in=[s.course_id for s in statuses])
    by_course = {}
    for version in versions:
        by_course.setdefault(version.course_id, []).append(version)
    out = []
    for status in statuses:
        since = status.version or 0
        changes = [v for v in by_course.get(status.course_id, []) if v.number > since]
        out.append({"status": status, "changes": sorted(changes, key=lambda v: v.number)})
    return out


# What is left for the certificate ---------------------------------------------------------------

LESSONS, QUIZ, SCENARIO = "lessons", "quiz", "scenario"


@dataclass
class Requirement:
    """One thing the certificate asks for: all lessons, a quiz or a role-play."""

    kind: str
    title: str
    url: str
    done: bool


@dataclass
class Left:
    """What a course's certificate asks of the person now, each requirement done or not.

    ``held``: the person holds the certificate (nothing is left until renewal opens);
    ``open``: the person can work towards it now (not revoked, not held);
    ``next``: the first requirement not done (the one "next step")."""

    status: object
    requirements: list = field(default_factory=list)
    held: bool = False
    open: bool = False
    renewal: bool = False

    @property
    def left(self):
        return [r for r in self.requirements if not r.done]

    @property
    def next(self):
        return next(iter(self.left), None)

    @property
    def lessons_done(self):
        return all(r.done for r in self.requirements if r.kind == LESSONS)


@dataclass(frozen=True)
class _Item:
    """A quiz or role-play a policy names: enough to link to it and find its pass."""

    kind: str
    ref: str
    title: str
    slug: str


def _policy_items(course_ids, quiz_field, scenario_field):
    """``course id -> ([quiz _Item], [role-play _Item])`` of two of the courses' policy lists,
    in one query (a union of the two link tables)."""
    if not course_ids:
        return {}
    text = CharField()

    def rows(field_name, target, ref):
        through = CoursePage._meta.get_field(field_name).remote_field.through
        return through.objects.filter(coursepage_id__in=course_ids).values_list(
            "pk",
            "coursepage_id",
            Value(target, output_field=text),
            ref,
            f"{target}__title",
            f"{target}__slug",
        )

    quizzes = rows(quiz_field, QUIZ, Cast("quiz_id", text))
    scenarios = rows(scenario_field, SCENARIO, Cast("scenario__translation_key", text))
    by_course = defaultdict(lambda: ([], []))
    for _pk, course_id, kind, ref, title, slug in sorted(
        quizzes.union(scenarios, all=True), key=lambda row: (row[2] != QUIZ, row[0])
    ):
        if kind == SCENARIO:
            ref = str(uuid.UUID(str(ref)))  # SQLite keeps the key without dashes
        by_course[course_id][kind == SCENARIO].append(_Item(kind, str(ref), title, slug))
    return by_course


def left_for_certificates(user, courses):
    """What is left for the certificate of each course, for ``user``.

    ``courses``: ``[(original course page, status or None, lessons done, lessons total, lessons
    url)]``; the caller already knows the lessons (the dashboard's rows, the course outline).
    Returns ``{course id: Left}``. A fixed number of queries whatever the number of courses: the
    policies' quizzes and role-plays (one; one more if a course is being renewed) and, when a
    policy names any, the person's passes (one)."""
    if not courses:
        return {}
    ids = [course.pk for course, *_rest in courses]
    renewing = {
        course.pk
        for course, status, *_rest in courses
        if status is not None and rules.is_renewal(status.state)
    }
    first = _policy_items(ids, "cert_quizzes", "cert_scenarios")
    redo = _policy_items(sorted(renewing), "recert_quizzes", "recert_scenarios")
    passes = {}
    if first or redo:
        passes = {
            (kind, ref): at
            for kind, ref, at in AssessmentPass.objects.filter(user=user).values_list(
                "kind", "ref", "last_passed_at"
            )
        }
    empty = ([], [])
    out = {}
    for course, status, done, total, lessons_url in courses:
        state = status.state if status is not None else State.NOT_ASSIGNED
        renewal = course.pk in renewing
        quizzes, scenarios = first.get(course.pk, empty)
        recert_quizzes, recert_scenarios = redo.get(course.pk, empty)
        policy = rules.Policy(
            all_lessons=course.cert_all_lessons,
            quizzes=frozenset(i.ref for i in quizzes),
            scenarios=frozenset(i.ref for i in scenarios),
            recert_quizzes=frozenset(i.ref for i in recert_quizzes),
            recert_scenarios=frozenset(i.ref for i in recert_scenarios),
        )
        lessons, quiz_refs, scenario_refs = rules.requirements(policy, renewal)
        since = status.cycle_started_at if renewal and status is not None else None

        def passed(item, _since=since):
            at = passes.get((item.kind, item.ref))
            return at is not None and (_since is None or at >= _since)

        items = []
        if lessons:
            items.append(Requirement(LESSONS, "", lessons_url, bool(total) and done >= total))
        seen = set()
        for item in (*recert_quizzes, *quizzes, *recert_scenarios, *scenarios):
            wanted = quiz_refs if item.kind == QUIZ else scenario_refs
            if item.ref not in wanted or (item.kind, item.ref) in seen:
                continue
            seen.add((item.kind, item.ref))
            view = "quizzes:detail" if item.kind == QUIZ else "scenarios:detail"
            url = reverse(view, args=[item.slug])
            items.append(Requirement(item.kind, item.title, url, passed(item)))
        out[course.pk] = Left(
            status=status,
            requirements=items,
            held=state == State.CERTIFIED,
            open=state not in (State.CERTIFIED, State.REVOKED),
            renewal=renewal,
        )
    return out
