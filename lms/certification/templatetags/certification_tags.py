import datetime as dt

from django import template
from django.utils import timezone

from .. import selectors
from ..models import HOLDING, CourseStatus, State

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
