"""Pages of the management layer that a signed-in person opens."""

from django.contrib.auth.decorators import login_required
from django.shortcuts import render
from wagtail.models import Locale

from courses.selectors import dashboard as course_rows


@login_required
def dashboard(request):
    """ "My training": every course of the person with progress and state."""
    rows = course_rows(request.user, locale=Locale.get_active())
    summary = {
        "total": len(rows),
        "completed": sum(1 for r in rows if r["state"] == "completed"),
        "in_progress": sum(1 for r in rows if r["state"] == "in_progress"),
    }
    return render(request, "lms/dashboard.html", {"rows": rows, "summary": summary})
