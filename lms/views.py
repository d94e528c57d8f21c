"""Pages of the management layer that a signed-in person opens."""

from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.shortcuts import render
from django.urls import reverse
from wagtail.models import Locale

from courses.selectors import dashboard as course_rows
from lms.certification import selectors as certification
from lms.staff import selectors as staff

from .auth_forms import SignInForm
from .certification.models import HOLDING, State
from .certification.rules import ACTIVE


def due_shown(row):
    """The due date to show on a row: only while there is something to do by then."""
    status = row["status"]
    if status is not None:
        return status.due_date if status.state in ACTIVE else None
    return None if row["enrollment"].completed_at else row["enrollment"].due_date


@login_required
def dashboard(request):
    """ "My training": every course of the person with progress, status and certificates."""
    rows = course_rows(request.user, locale=Locale.get_active())
    statuses = certification.statuses_by_course(request.user)
    for row in rows:
        row["status"] = statuses.get(row["enrollment"].course_id)
    # What is left for each certificate the person works towards (a fixed number of queries).
    left = certification.left_for_certificates(
        request.user,
        [
            (row["enrollment"].course, row["status"], row["done"], row["total"], row["course"].url)
            for row in rows
            if row["status"] is not None
            and row["status"].state not in (State.CERTIFIED, State.REVOKED)
        ],
    )
    for row in rows:
        row["left"] = left.get(row["enrollment"].course_id)
        row["due"] = due_shown(row)
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
            "recertify": certification.changes_to_recertify(request.user, statuses.values()),
            "States": State,
        },
    )


class SignInView(auth_views.LoginView):
    """Sign in; without a ``next``, a line manager with a team lands on "My team", everyone else
    on "My training"."""

    redirect_authenticated_user = True
    authentication_form = SignInForm

    def get_default_redirect_url(self):
        if staff.is_line_manager(self.request.user):
            return reverse("records:team")
        return super().get_default_redirect_url()
