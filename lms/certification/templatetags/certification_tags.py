import datetime as dt

from django import template
from django.utils import timezone

from courses.services import original

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
    course = original(page)
    status = (
        CourseStatus.objects.filter(user=user, course=course)
        .select_related("certification")
        .first()
    )
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
        "course": course,
    }
