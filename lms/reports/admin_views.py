"""The readiness board in the Wagtail admin and its CSV / XLSX exports. Thin: the scope comes
from ``rules.board_scope``, the rows from ``selectors``, the files from ``exports``.

HR and superusers see everyone; a line manager only their own reports; anyone else gets a real
403 (Wagtail would turn a raised PermissionDenied into a redirect).
"""

from django.core.exceptions import PermissionDenied
from django.http import FileResponse, StreamingHttpResponse
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy
from django.views.defaults import permission_denied
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from lms.certification.models import State

from . import exports, rules, selectors
from .forms import BoardFilterForm
from .models import VIEW_BOARD, VIEW_TEAM_BOARD


def viewer_facts(user):
    return rules.Viewer(
        authenticated=bool(getattr(user, "is_authenticated", False)),
        active=bool(getattr(user, "is_active", False)),
        is_superuser=bool(getattr(user, "is_superuser", False)),
        may_view_all=user.has_perm(VIEW_BOARD),
        may_view_team=user.has_perm(VIEW_TEAM_BOARD),
    )


def scope_of(request):
    return rules.board_scope(viewer_facts(request.user))


def export_language(request):
    """The viewer's admin language if they chose one, else the request's language."""
    profile = getattr(request.user, "wagtail_userprofile", None)
    if profile is not None and profile.preferred_language:
        return profile.preferred_language
    return getattr(request, "LANGUAGE_CODE", None) or translation.get_language()


def _filters(request, scope):
    """The valid filters, or None: an invalid filter (e.g. another manager) shows nothing."""
    form = BoardFilterForm(request.GET or None, viewer=request.user, scope=scope)
    if not request.GET:
        return form, selectors.Filters()
    if form.is_valid():
        return form, form.filters()
    return form, None


class BoardView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "reports/admin/board.html"
    page_title = gettext_lazy("Readiness board")
    header_icon = "table"
    breadcrumbs_items = []

    def dispatch(self, request, *args, **kwargs):
        self.scope = scope_of(request)
        if self.scope is None:
            return permission_denied(request, PermissionDenied())
        return super().dispatch(request, *args, **kwargs)

    def get_page_subtitle(self):
        if self.scope == rules.TEAM:
            return gettext_lazy("My team")
        return gettext_lazy("All staff")

    def get_context_data(self, **kwargs):
        form, filters = _filters(self.request, self.scope)
        board = None
        if filters is not None:
            board = selectors.board(
                self.request.user,
                self.scope,
                filters,
                self.request.GET.get("page"),
                timezone.localdate(),
            )
        query = self.request.GET.copy()
        query.pop("page", None)
        legend = [
            (rules.Cell(value, False, None, None), label)
            for value, label in State.choices
            if value != State.NOT_ASSIGNED
        ]
        return super().get_context_data(
            form=form,
            board=board,
            scope=self.scope,
            query=query.urlencode(),
            legend=legend,
            expiry_windows=rules.EXPIRY_WINDOWS,
            csv_delimiter=rules.csv_delimiter(export_language(self.request)),
            **kwargs,
        )


board = BoardView.as_view()


def _export_rows(request, scope, language):
    _form, filters = _filters(request, scope)
    if filters is None:
        return iter(())  # an invalid filter (another manager, say) exports nothing
    return selectors.export_rows(request.user, scope, filters, language=language)


def _filename(extension):
    return f"readiness-{timezone.localdate():%Y-%m-%d}.{extension}"


def export_csv(request):
    """The filtered set (all pages), streamed as CSV while it is read from the database."""
    scope = scope_of(request)
    if scope is None:
        return permission_denied(request, PermissionDenied())
    language = export_language(request)
    with translation.override(language):
        labels = exports.labels()
    rows = _export_rows(request, scope, language)
    response = StreamingHttpResponse(
        (line.encode("utf-8") for line in exports.csv_lines(rows, labels)),
        content_type="text/csv; charset=utf-8",
    )
    response["Content-Disposition"] = f'attachment; filename="{_filename("csv")}"'
    response["Cache-Control"] = "private, no-store"
    return response


def export_xlsx(request):
    """The filtered set (all pages) as XLSX: built in a temporary file, then streamed."""
    scope = scope_of(request)
    if scope is None:
        return permission_denied(request, PermissionDenied())
    language = export_language(request)
    with translation.override(language):
        labels = exports.labels()
    rows = _export_rows(request, scope, language)
    response = FileResponse(
        exports.xlsx_file(rows, labels),
        as_attachment=True,
        filename=_filename("xlsx"),
        content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    )
    response["Cache-Control"] = "private, no-store"
    return response
