"""The roster import screen: upload a CSV or XLSX file, see every error or what would change,
then import for real. Only HR and superusers (``staff.import_roster``); anyone else gets 403.

And the invitation HR sends (again) from the staff directory (``staff.invite_employee``)."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from django.views.decorators.http import require_http_methods
from django.views.defaults import permission_denied
from django.views.generic import FormView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from . import invitations, roster, services
from .forms import RosterImportForm
from .models import IMPORT_ROSTER_PERMISSION, INVITE_PERMISSION, EmployeeProfile


class RosterImportView(WagtailAdminTemplateMixin, FormView):
    template_name = "staff/admin/import_roster.html"
    form_class = RosterImportForm
    page_title = gettext_lazy("Import roster")
    header_icon = "upload"
    breadcrumbs_items = []

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(IMPORT_ROSTER_PERMISSION):
            # A real 403: Wagtail would turn a raised PermissionDenied into a redirect.
            return permission_denied(request, PermissionDenied())
        return super().dispatch(request, *args, **kwargs)

    def form_valid(self, form):
        upload = form.cleaned_data["file"]
        dry_run = form.cleaned_data["dry_run"]
        try:
            raw = roster.read_roster(upload.read(), upload.name)
        except roster.RosterFileError as exc:
            report = services.RosterReport(
                dry_run=dry_run, errors=[roster.RowError(None, "", str(exc))]
            )
        else:
            report = services.import_roster(
                raw, dry_run=dry_run, invite=form.cleaned_data["send_invitations"]
            )
        if report.applied:
            messages.success(
                self.request,
                _(
                    "Roster imported: %(created)d created, %(updated)d updated, %(unchanged)d "
                    "unchanged."
                )
                % {
                    "created": report.created,
                    "updated": report.updated,
                    "unchanged": report.unchanged,
                },
            )
            if report.invited:
                messages.success(
                    self.request,
                    ngettext(
                        "An invitation to set a password was e-mailed to %(count)d new person.",
                        "An invitation to set a password was e-mailed to %(count)d new people.",
                        report.invited,
                    )
                    % {"count": report.invited},
                )
            if report.not_invitable:
                messages.warning(
                    self.request,
                    ngettext(
                        "%(count)d new person has no e-mail address and got no invitation.",
                        "%(count)d new people have no e-mail address and got no invitation.",
                        report.not_invitable,
                    )
                    % {"count": report.not_invitable},
                )
        return self.render_to_response(
            self.get_context_data(form=form, report=report, filename=upload.name)
        )


import_roster = RosterImportView.as_view()


@require_http_methods(["GET", "POST"])
def invite(request, pk):
    """Send (again) the invitation to set a password: a confirmation page, then a POST."""
    if not request.user.has_perm(INVITE_PERMISSION):
        return permission_denied(request, PermissionDenied())
    profile = get_object_or_404(EmployeeProfile.objects.select_related("user"), pk=pk)
    problem = invitations.why_not_invitable(profile.user)
    back = reverse("wagtailsnippets_staff_employeeprofile:list")
    if request.method == "POST":
        if problem:
            messages.error(request, problem)
        elif invitations.send_invitations([profile.user_id]):
            messages.success(
                request,
                _("The invitation was e-mailed to %(name)s (%(email)s).")
                % {"name": profile.user.get_full_name(), "email": profile.user.email},
            )
        else:
            messages.error(request, _("The invitation could not be sent. Try again later."))
        return redirect(back)
    return TemplateResponse(
        request,
        "staff/admin/invite.html",
        {"profile": profile, "problem": problem, "back": back},
    )
