"""Services that move certification records, each in one transaction.

Every change of a person's state on a course goes through ``_move``, which writes the
append-only ``CertificationEvent``. The status row is locked (``select_for_update``) before a
decision is taken, and a certificate is unique per person, course and cycle, so concurrent final
submissions still give one certificate.
"""

import datetime as dt
from functools import partial

from django.db import IntegrityError, transaction
from django.db.models import F, Q, Value
from django.db.models.functions import Greatest
from django.utils import timezone
from django.utils.translation import gettext_noop

from courses.models import CoursePage, LessonCompletion, LessonPage
from courses.services import original

from . import rules
from .models import (
    HOLDING,
    AssessmentPass,
    Certification,
    CertificationEvent,
    CourseStatus,
    StandardVersion,
    State,
)


class NotAllowed(Exception):
    """The move is not possible from the state the record is in."""


# Policy and evidence -----------------------------------------------------------------------------


def policy_of(course):
    """The certification policy of a course, as a ``rules.Policy``.

    ``course`` is the original page (the one statuses and certificates point at), which holds
    the policy; callers already have it, so it is not looked up again.
    """

    def keys(scenarios):
        return frozenset(str(s.translation_key) for s in scenarios.all())

    return rules.Policy(
        all_lessons=course.cert_all_lessons,
        quizzes=frozenset(str(pk) for pk in course.cert_quizzes.values_list("pk", flat=True)),
        scenarios=keys(course.cert_scenarios),
        validity_months=course.validity_months,
        window_days=course.renewal_window_days,
        grace_days=course.grace_days,
        recert_quizzes=frozenset(
            str(pk) for pk in course.recert_quizzes.values_list("pk", flat=True)
        ),
        recert_scenarios=keys(course.recert_scenarios),
        recert_due_days=course.recert_due_days,
    )


def evidence_of(user, course, since=None):
    """What the person has done towards the course; passes only after ``since`` when given."""
    lessons = LessonPage.objects.live().child_of(course)
    passes = AssessmentPass.objects.filter(user=user)
    if since is not None:
        passes = passes.filter(last_passed_at__gte=since)
    by_kind = {AssessmentPass.Kind.QUIZ: {}, AssessmentPass.Kind.SCENARIO: {}}
    for row in passes:
        by_kind[row.kind][row.ref] = (row.best_percent, row.last_passed_at.isoformat(), row.title)
    return rules.Evidence(
        lessons_total=lessons.count(),
        lessons_done=LessonCompletion.objects.filter(user=user, lesson__in=lessons).count(),
        quizzes=by_kind[AssessmentPass.Kind.QUIZ],
        scenarios=by_kind[AssessmentPass.Kind.SCENARIO],
    )


# Status rows -------------------------------------------------------------------------------------


def _locked_status(user, course):
    """The person's status row on the course, created if missing, locked until commit."""
    try:
        with transaction.atomic():
            CourseStatus.objects.get_or_create(user=user, course=course)
    except IntegrityError:  # created by a concurrent request a moment ago
        pass
    return CourseStatus.objects.select_for_update().get(user=user, course=course)


def _move(status, to, *, actor=None, reason="", certification=None, now=None):
    """Set a new state and write its event. The caller saves the status row."""
    now = now or timezone.now()
    event = CertificationEvent(
        user_id=status.user_id,
        course_id=status.course_id,
        at=now,
        actor=actor,
        from_state=status.state,
        to_state=to,
        reason=reason,
        certification=certification,
    )
    # A new cycle opens when a held certificate needs renewing (expiring → expired stays in
    # the same cycle): the renewal must be earned with evidence newer than this moment.
    renewing = to in (State.EXPIRING, State.EXPIRED, State.RECERT_REQUIRED)
    if renewing and (
        status.state == State.CERTIFIED
        or (status.state == State.EXPIRING and to == State.RECERT_REQUIRED)
    ):
        status.cycle += 1
        status.cycle_started_at = now
    status.state = to
    status.changed_at = now
    return event


def status_of(user, course):
    """The status row (unsaved and not assigned when there is none)."""
    course = original(course)
    return CourseStatus.objects.filter(user=user, course=course).first() or CourseStatus(
        user=user, course=course
    )


def assign(user, course, *, due_date=None, actor=None, reason="", source="manual"):
    """Make a course required for a person, with a due date. Idempotent; returns the status.

    The one-person case of ``assign_many``: same enrolment, move and audit event.
    """
    course = original(course)
    assign_many([(user.pk, course.pk, due_date, reason, source)], actor=actor)
    return CourseStatus.objects.get(user=user, course=course)


def unassign(user, course, *, actor=None, reason=""):
    """The course is no longer required. History and certificates stay; work done stays."""
    course = original(course)
    with transaction.atomic():
        status = _locked_status(user, course)
        if not status.required:
            return status
        status.required = False
        status.due_date = None
        status.overdue = False
        if status.state == State.ASSIGNED:
            _move(
                status, State.NOT_ASSIGNED, actor=actor, reason=reason or gettext_noop("Unassigned")
            ).save()
        status.save()
    return status


def record_pass(user, kind, ref, title, percent, at=None):
    """Keep that a person passed a quiz or role-play (best score, last time)."""
    at = at or timezone.now()
    row, created = AssessmentPass.objects.get_or_create(
        user=user,
        kind=kind,
        ref=str(ref),
        defaults={"title": title[:255], "best_percent": percent, "last_passed_at": at},
    )
    if not created:
        # One UPDATE that compares in the database: concurrent passes never lose the best one
        # (a value read before the update could be stale by the time it is written).
        AssessmentPass.objects.filter(pk=row.pk).update(
            title=title[:255],
            best_percent=Greatest(F("best_percent"), Value(percent)),
            last_passed_at=Greatest(F("last_passed_at"), Value(at)),
        )
    return row


def progress(user, course):
    """Something was done towards the course: start it, and certify when the policy is met.

    Returns the new ``Certification`` or ``None``.
    """
    course = original(course)
    with transaction.atomic():
        status = _locked_status(user, course)
        if status.state in (State.NOT_ASSIGNED, State.ASSIGNED):
            status.started_at = status.started_at or timezone.now()
            _move(
                status, rules.state_after_progress(status.state), reason=gettext_noop("Started")
            ).save()
            status.save()
        return _certify_if_met(status, course)


def _certify_if_met(status, course):
    if status.state in (State.CERTIFIED, State.REVOKED):
        return None  # nothing to earn (expiring: the renewal window is open)
    renewal = rules.is_renewal(status.state)
    policy = policy_of(course)
    evidence = evidence_of(status.user, course, since=status.cycle_started_at if renewal else None)
    if not rules.verdict(policy, evidence, renewal=renewal).met:
        return None
    now = timezone.now()
    today = timezone.localdate(now)
    user = status.user
    certification = Certification.objects.create(
        user=user,
        course=course,
        cycle=status.cycle,
        version=course.version,
        holder_name=user.get_full_name() or user.get_username(),
        course_title=course.title,
        issued_at=now,
        valid_until=rules.valid_until(today, policy),
        renewal=renewal,
        evidence={
            "lessons": [evidence.lessons_done, evidence.lessons_total],
            "quizzes": {ref: v[0] for ref, v in evidence.quizzes.items()},
            "scenarios": {ref: v[0] for ref, v in evidence.scenarios.items()},
            "titles": {
                f"{kind}:{ref}": v[2]
                for kind, items in (("quiz", evidence.quizzes), ("scenario", evidence.scenarios))
                for ref, v in items.items()
            },
        },
    )
    to = rules.timed_state(State.CERTIFIED, today, certification.valid_until, policy)
    _move(
        status,
        State.CERTIFIED,
        reason=gettext_noop("Renewed") if renewal else gettext_noop("All requirements met"),
        certification=certification,
        now=now,
    ).save()
    status.certified_at = now
    status.expires_on = certification.valid_until
    status.version = certification.version
    status.certification = certification
    status.overdue = False
    status.due_date = None if not status.required else status.due_date
    if to != State.CERTIFIED:  # a validity shorter than the renewal window
        _move(status, to, reason=gettext_noop("Renewal window open"), now=now).save()
    status.save()
    from .tasks import render_certificate

    transaction.on_commit(partial(render_certificate.enqueue, certification.pk))
    return certification


# HR: revocation ---------------------------------------------------------------------------------


def revoke(certification, *, actor, reason):
    """Withdraw a certificate, with a reason. The status moves to 'revoked' if it was current."""
    if not reason or not reason.strip():
        raise NotAllowed("A reason is required.")
    with transaction.atomic():
        cert = Certification.objects.select_for_update().get(pk=certification.pk)
        if cert.revoked_at is not None:
            raise NotAllowed("This certificate is already revoked.")
        status = _locked_status(cert.user, cert.course)
        cert.revoked_at = timezone.now()
        cert.revoked_reason = reason.strip()
        cert.save(update_fields=["revoked_at", "revoked_reason"])
        if status.certification_id == cert.pk and status.state in HOLDING:
            _move(
                status, State.REVOKED, actor=actor, reason=reason.strip(), certification=cert
            ).save()
            status.save()
        else:
            CertificationEvent.objects.create(
                user=cert.user,
                course=cert.course,
                actor=actor,
                from_state=status.state,
                to_state=status.state,
                reason=reason.strip(),
                certification=cert,
            )
    return cert


def reinstate(certification, *, actor, reason):
    """Undo a revocation: the certificate counts again (expired, if its time has passed)."""
    if not reason or not reason.strip():
        raise NotAllowed("A reason is required.")
    with transaction.atomic():
        cert = Certification.objects.select_for_update().get(pk=certification.pk)
        if cert.revoked_at is None:
            raise NotAllowed("This certificate is not revoked.")
        status = _locked_status(cert.user, cert.course)
        cert.revoked_at = None
        cert.save(update_fields=["revoked_at"])
        if status.state == State.REVOKED and status.certification_id == cert.pk:
            policy = policy_of(cert.course)
            to = rules.timed_state(State.CERTIFIED, timezone.localdate(), cert.valid_until, policy)
            if to == State.CERTIFIED and (cert.version < cert.course.version):
                to = State.RECERT_REQUIRED
            _move(status, to, actor=actor, reason=reason.strip(), certification=cert).save()
            status.save()
    return cert


# Trainers: material change -----------------------------------------------------------------------


def apply_material_change(course, *, summary, actor=None, revision_id=None, now=None):
    """A standard's rules changed: version + 1, holders of an older version must recertify.

    Idempotent per revision: publishing the same revision again changes nothing.
    Returns the new ``StandardVersion`` (or ``None`` if this revision was already applied).
    """
    course = original(course)
    now = now or timezone.now()
    with transaction.atomic():
        locked = CoursePage.objects.select_for_update().get(pk=course.pk)
        if revision_id and StandardVersion.objects.filter(revision_id=revision_id).exists():
            return None
        previous = StandardVersion.objects.filter(course=locked).first()
        since = previous.published_at if previous else locked.first_published_at
        changed = [
            {"id": lesson.pk, "title": lesson.title}
            for lesson in LessonPage.objects.child_of(locked).live().order_by("path")
            if since is None or (lesson.last_published_at and lesson.last_published_at > since)
        ]
        CoursePage.objects.filter(pk=locked.pk).update(version=F("version") + 1)
        locked.refresh_from_db(fields=["version"])
        version = StandardVersion.objects.create(
            course=locked,
            number=locked.version,
            summary=summary,
            changed_lessons=changed,
            published_at=now,
            published_by=actor,
            revision_id=revision_id,
        )
        due = timezone.localdate(now) + dt.timedelta(days=locked.recert_due_days)
        holders = list(
            CourseStatus.objects.select_for_update().filter(
                course=locked, state__in=HOLDING, version__lt=locked.version
            )
        )
        events = []
        for status in holders:
            events.append(
                _move(
                    status,
                    State.RECERT_REQUIRED,
                    actor=actor,
                    reason=summary,
                    certification=status.certification,
                    now=now,
                )
            )
            status.due_date = due
            status.overdue = False
        CourseStatus.objects.bulk_update(
            holders,
            ["state", "changed_at", "cycle", "cycle_started_at", "due_date", "overdue"],
            batch_size=500,
        )
        CertificationEvent.objects.bulk_create(events, batch_size=500)
    return version


# The daily job -----------------------------------------------------------------------------------


def run_time_moves(today=None):
    """Moves that time makes: expiring, expired, overdue. A fixed number of queries per course.

    Returns counts by kind of move.
    """
    today = today or timezone.localdate()
    counts = {"expiring": 0, "expired": 0, "overdue": 0}
    now = timezone.now()
    courses = CoursePage.objects.filter(
        pk__in=CourseStatus.objects.filter(state__in=HOLDING, expires_on__isnull=False).values(
            "course_id"
        )
    )
    for course in courses:
        policy = policy_of(course)
        with transaction.atomic():
            horizon = today + dt.timedelta(days=policy.window_days)
            rows = list(
                CourseStatus.objects.select_for_update(of=("self",))
                .filter(course=course, state__in=HOLDING, expires_on__lte=horizon)
                .select_related("certification")
            )
            moved, events = [], []
            for status in rows:
                to = rules.timed_state(status.state, today, status.expires_on, policy)
                if to == status.state:
                    continue
                events.append(
                    _move(
                        status,
                        to,
                        reason=gettext_noop("Expired")
                        if to == State.EXPIRED
                        else gettext_noop("Renewal window open"),
                        certification=status.certification,
                        now=now,
                    )
                )
                counts["expired" if to == State.EXPIRED else "expiring"] += 1
                moved.append(status)
            CourseStatus.objects.bulk_update(
                moved, ["state", "changed_at", "cycle", "cycle_started_at"], batch_size=500
            )
            CertificationEvent.objects.bulk_create(events, batch_size=500)
    with transaction.atomic():
        late = list(
            CourseStatus.objects.select_for_update().filter(
                state__in=rules.ACTIVE, due_date__lt=today, overdue=False
            )
        )
        events = [
            CertificationEvent(
                user_id=s.user_id,
                course_id=s.course_id,
                at=now,
                from_state=s.state,
                to_state=s.state,
                reason=gettext_noop("Overdue"),
            )
            for s in late
        ]
        for status in late:
            status.overdue = True
        CourseStatus.objects.bulk_update(late, ["overdue"], batch_size=500)
        CertificationEvent.objects.bulk_create(events, batch_size=500)
        counts["overdue"] = len(late)
        # A due date moved into the future (or work finished) clears the flag.
        CourseStatus.objects.filter(overdue=True).filter(
            ~Q(state__in=rules.ACTIVE) | Q(due_date__gte=today) | Q(due_date__isnull=True)
        ).update(overdue=False)
    return counts


def clear_material_change_flag(page, revision=None):
    """Untick "material change" once applied, so the next edit does not repeat it.

    The flag lives in the page row and in the latest revision (which the editor opens).
    """
    CoursePage.objects.filter(pk=page.pk).update(material_change=False, change_summary="")
    latest = revision or page.latest_revision
    if latest is not None and latest.content.get("material_change"):
        latest.content["material_change"] = False
        latest.content["change_summary"] = ""
        latest.save(update_fields=["content"])


def assign_many(items, *, actor=None, batch_size=500):
    """``assign`` for many people at once: a fixed number of queries per batch of rows.

    ``items`` are ``(user_id, course_id, due_date, reason, source)`` with original course ids.
    Used when a rule reaches a whole department or the whole staff. Returns how many rows moved
    from not assigned to assigned (or in progress).
    """
    from courses.models import Enrollment

    items = list(items)
    now = timezone.now()
    today = timezone.localdate(now)
    moved = 0
    for start in range(0, len(items), batch_size):
        batch = {
            (u, c): (due, reason, source)
            for u, c, due, reason, source in items[start : start + batch_size]
        }
        user_ids = {u for u, _c in batch}
        course_ids = {c for _u, c in batch}
        with transaction.atomic():
            CourseStatus.objects.bulk_create(
                [
                    CourseStatus(user_id=u, course_id=c, cycle_started_at=now, changed_at=now)
                    for u, c in batch
                ],
                ignore_conflicts=True,
            )
            statuses = [
                s
                for s in CourseStatus.objects.select_for_update(of=("self",)).filter(
                    user_id__in=user_ids, course_id__in=course_ids
                )
                if (s.user_id, s.course_id) in batch
            ]
            enrolled = set(
                Enrollment.objects.filter(
                    user_id__in=user_ids, course_id__in=course_ids
                ).values_list("user_id", "course_id")
            )
            Enrollment.objects.bulk_create(
                [
                    Enrollment(
                        user_id=u,
                        course_id=c,
                        enrolled_at=now,
                        source=Enrollment.Source.RULE
                        if source == "rule"
                        else Enrollment.Source.MANUAL,
                        due_date=due,
                    )
                    for (u, c), (due, _reason, source) in batch.items()
                    if (u, c) not in enrolled
                ],
                ignore_conflicts=True,
            )
            course_paths = dict(
                CoursePage.objects.filter(pk__in=course_ids).values_list("path", "pk")
            )
            steplen = CoursePage.steplen
            started = {
                (user_id, course_paths.get(path[:-steplen]))
                for user_id, path in LessonCompletion.objects.filter(
                    user_id__in=user_ids, lesson__path__regex=_children_regex(course_paths)
                ).values_list("user_id", "lesson__path")
            }
            events = []
            for status in statuses:
                due, reason, _source = batch[status.user_id, status.course_id]
                status.required = True
                status.due_date = due
                status.assigned_at = status.assigned_at or now
                if status.state == State.NOT_ASSIGNED:
                    begun = (status.user_id, status.course_id) in started
                    if begun:
                        status.started_at = status.started_at or now
                    events.append(
                        _move(
                            status,
                            State.IN_PROGRESS if begun else State.ASSIGNED,
                            actor=actor,
                            reason=reason or gettext_noop("Assigned"),
                            now=now,
                        )
                    )
                    moved += 1
                status.overdue = rules.is_overdue(status.state, due, today)
            CourseStatus.objects.bulk_update(
                statuses,
                [
                    "required",
                    "due_date",
                    "overdue",
                    "assigned_at",
                    "started_at",
                    "state",
                    "changed_at",
                ],
                batch_size=batch_size,
            )
            CertificationEvent.objects.bulk_create(events, batch_size=batch_size)
    return moved


def _children_regex(course_paths):
    """A regular expression matching the tree paths of the courses' direct children (lessons)."""
    import re

    steplen = CoursePage.steplen
    alternatives = "|".join(re.escape(path) for path in course_paths) or "(?!)"
    return rf"^({alternatives}).{{{steplen}}}$"
