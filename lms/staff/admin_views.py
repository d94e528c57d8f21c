"""The roster import screen: upload a CSV or XLSX file, see every error or what would change,
then import for real. Only HR and superusers (``staff.import_roster``); anyone else gets 403."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.defaults import permission_denied
from django.views.generic import FormView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from . import roster, services
from .forms import RosterImportForm
from .models import IMPORT_ROSTER_PERMISSION


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
            report = services.import_roster(raw, dry_run=dry_run)
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
        return self.render_to_response(
            self.get_context_data(form=form, report=report, filename=upload.name)
        )


import_roster = RosterImportView.as_view()
