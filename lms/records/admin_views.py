"""Content analytics for trainers in the Wagtail admin: which criteria of a standard are missed
most often, in observed practice and in role-plays. Counts only: no person is named."""

from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView
from wagtail.admin.auth import permission_required
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from . import selectors

REPORT_PERMISSION = "records.view_observation"


class CriteriaIndexView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "records/admin/criteria_index.html"
    page_title = gettext_lazy("Criteria most often missed")
    header_icon = "warning"
    breadcrumbs_items = []

    def get_context_data(self, **kwargs):
        return super().get_context_data(courses=selectors.courses_with_observations(), **kwargs)


class CriteriaReportView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "records/admin/criteria_report.html"
    header_icon = "warning"
    breadcrumbs_items = []

    def dispatch(self, request, *args, **kwargs):
        self.course = get_object_or_404(selectors.original_courses(), pk=kwargs["course_id"])
        return super().dispatch(request, *args, **kwargs)

    def get_page_title(self):
        return _("Criteria most often missed: %(title)s") % {"title": self.course.title}

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            course=self.course,
            stats=selectors.criteria_report(self.course),
            index_url=reverse("records_admin:criteria"),
            observe_url=reverse("records:observe"),
            **kwargs,
        )


criteria_index = permission_required(REPORT_PERMISSION)(CriteriaIndexView.as_view())
criteria_report = permission_required(REPORT_PERMISSION)(CriteriaReportView.as_view())
