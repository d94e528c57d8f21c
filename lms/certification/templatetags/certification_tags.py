import datetime as dt

from django import template
from django.utils import timezone

from .. import rules, selectors
from ..models import HOLDING, Certification, CourseStatus, State

register = template.Library()


@register.inclusion_tag("certification/includes/course_certification.html", takes_context=True)
def course_certification(context, page):
    """The person's certificate and status on a course page's sidebar, and what is left for the
    certificate (one query for the status, three for what is left: a fixed number)."""
    request = context.get("request")
    user = getattr(request, "user", None)
    outline = context.get("outline")
    if user is None or not user.is_authenticated:
        return {"status": None, "outline": outline}
    # One query: the status of the course this page translates (statuses keep the original).
    status = (
        CourseStatus.objects.filter(user=user, course__translation_key=page.translation_key)
        .select_related("certification", "course")
        .first()
    )
    if status is not None and status.certification is not None:
        status.certification.course = status.course
    cert = status.certification if status else None
    fresh = bool(
        cert and status.state in HOLDING and timezone.now() - cert.issued_at < dt.timedelta(days=7)
    )
    left = None
    if (
        status is not None
        and outline is not None
        and status.state not in (State.CERTIFIED, State.REVOKED)
    ):
        next_lesson = outline.next_item
        lessons_url = next_lesson.page.url if next_lesson else page.url
        left = selectors.left_for_certificates(
            user, [(status.course, status, outline.done, outline.total, lessons_url)]
        ).get(status.course_id)
    return {
        "status": status,
        "left": left,
        "outline": outline,
        "holding": status is not None and status.state in HOLDING,
        "active": status is not None and status.state in rules.ACTIVE,
        "certification": cert,
        "state": selectors.public_state(cert) if cert else None,
        "fresh": fresh,
        "States": State,
    }


@register.inclusion_tag("certification/includes/just_certified.html", takes_context=True)
def just_certified(context, minutes=10):
    """Certificates the person earned in the last minutes: shown under the result that did it."""
    request = context.get("request")
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {"certificates": []}
    since = timezone.now() - dt.timedelta(minutes=minutes)
    certificates = Certification.objects.filter(
        user=user, issued_at__gte=since, revoked_at__isnull=True
    ).select_related("course__locale")
    return {"certificates": selectors.titled(list(certificates))}
