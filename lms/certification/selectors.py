"""Read-only queries of certification records (a fixed number of queries each)."""

from django.utils import timezone

from . import rules
from .models import Certification, CourseStatus, StandardVersion, State


def public_state(certification, today=None):
    return rules.certificate_state(
        certification.revoked_at is not None,
        certification.valid_until,
        certification.course.grace_days,
        today or timezone.localdate(),
    )


def certificates_of(user):
    """Every certificate of a person, newest first, with its state today."""
    rows = list(Certification.objects.filter(user=user).select_related("course"))
    today = timezone.localdate()
    return [(cert, public_state(cert, today)) for cert in rows]


def statuses_by_course(user):
    """The person's status rows keyed by original course id (one query)."""
    return {
        s.course_id: s
        for s in CourseStatus.objects.filter(user=user).select_related("certification")
    }


def changes_to_recertify(user):
    """For each course where the person must recertify: what changed since their version."""
    statuses = list(
        CourseStatus.objects.filter(user=user, state=State.RECERT_REQUIRED).select_related("course")
    )
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
