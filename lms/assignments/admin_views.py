"""The assignments' admin: the rules (HR edits, trainers read) and "Assign a course" (HR to
anyone, line managers to their own team). Both join the Staff menu."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext_lazy, ngettext
from django.views.defaults import permission_denied
from django.views.generic import FormView
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.views.generic import CreateView, DeleteView, EditView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.viewsets.model import ModelViewSet

from theme.admin_display import ReadableInspectView, yes_no_column

from . import selectors, services
from .forms import AssignCourseForm
from .models import AssignmentRule


class ActorMixin:
    """The rule is applied once the save commits (``receivers``), in the editor's name."""

    def save_instance(self):
        self.form.instance._actor = self.request.user
        return super().save_instance()


class RuleCreateView(ActorMixin, CreateView):
    def save_instance(self):
        self.form.instance.created_by = self.request.user
        return super().save_instance()


class RuleEditView(ActorMixin, EditView):
    pass


class RuleDeleteView(DeleteView):
    def delete_action(self):
        self.object._actor = self.request.user
        super().delete_action()


class RuleFilterSet(WagtailFilterSet):
    class Meta:
        model = AssignmentRule
        fields = ["scope", "department", "job_role", "active"]


class AssignmentRuleViewSet(ModelViewSet):
    model = AssignmentRule
    url_prefix = "assignments/rules"
    url_namespace = "assignment_rules"
    icon = "list-ul"
    menu_label = gettext_lazy("Assignment rules")
    menu_hook = "register_staff_menu_item"
    menu_order = 400
    add_view_class = RuleCreateView
    edit_view_class = RuleEditView
    delete_view_class = RuleDeleteView
    list_display = ["course", "scope_label", "due_label", yes_no_column(AssignmentRule, "active")]
    filterset_class = RuleFilterSet
    search_fields = ["course__title", "department__name", "job_role__name"]
    search_backend_name = None
    inspect_view_enabled = True
    inspect_view_class = ReadableInspectView
    copy_view_enabled = False

    def get_queryset(self, request):
        return selectors.rules_listing()


class AssignCourseView(WagtailAdminTemplateMixin, FormView):
    template_name = "assignments/admin/assign.html"
    form_class = AssignCourseForm
    page_title = gettext_lazy("Assign a course")
    header_icon = "list-ul"
    breadcrumbs_items = []

    def dispatch(self, request, *args, **kwargs):
        if not selectors.may_assign(request.user):
            # A real 403: Wagtail would turn a raised PermissionDenied into a redirect.
            return permission_denied(request, PermissionDenied())
        return super().dispatch(request, *args, **kwargs)

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "viewer": self.request.user}

    def form_valid(self, form):
        data = form.cleaned_data
        result = services.assign_manually(
            data["recipients"], data["course"], due_date=data["due_date"], actor=self.request.user
        )
        assigned, already = len(result.assigned), len(result.already)
        summary = ngettext(
            "“%(course)s” assigned to %(count)d person.",
            "“%(course)s” assigned to %(count)d people.",
            assigned,
        ) % {"course": data["course"].title, "count": assigned}
        if already:
            summary += " " + ngettext(
                "%(count)d person already had it.", "%(count)d people already had it.", already
            ) % {"count": already}
        messages.success(self.request, summary)
        return redirect(reverse("assignments_admin:assign"))


assign_course = AssignCourseView.as_view()
