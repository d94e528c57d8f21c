import datetime as dt

from django import template
from django.utils import timezone

from .. import selectors
from ..models import HOLDING, Certification, CourseStatus, State

register = template.Library()


@register.inclusion_tag("certification/includes/course_certification.html", takes_context=True)
def course_certification(context, page):
    """The person's certificate and status on a course page's sidebar (two queries at most)."""
    request = context.get("request")
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {"status": None}
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
    return {
        "status": status,
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
    return {
        "certificates": list(
            Certification.objects.filter(user=user, issued_at__gte=since, revoked_at__isnull=True)
        )
    }
