"""Pages of the management layer that a signed-in person opens."""

from django.contrib.auth.decorators import login_required
from django.shortcuts import render
from wagtail.models import Locale

from courses.selectors import dashboard as course_rows
from lms.certification import selectors as certification

from .certification.models import HOLDING, State


@login_required
def dashboard(request):
    """ "My training": every course of the person with progress, status and certificates."""
    rows = course_rows(request.user, locale=Locale.get_active())
    statuses = certification.statuses_by_course(request.user)
    for row in rows:
        row["status"] = statuses.get(row["enrollment"].course_id)
    summary = {
        "total": len(rows),
        "completed": sum(1 for r in rows if r["state"] == "completed"),
        "in_progress": sum(1 for r in rows if r["state"] == "in_progress"),
        "certified": sum(1 for s in statuses.values() if s.state in HOLDING),
        "to_renew": sum(
            1 for s in statuses.values() if s.state in (State.EXPIRED, State.RECERT_REQUIRED)
        ),
    }
    return render(
        request,
        "lms/dashboard.html",
        {
            "rows": rows,
            "summary": summary,
            "recertify": certification.changes_to_recertify(request.user),
            "States": State,
        },
    )
