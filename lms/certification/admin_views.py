"""HR in the Wagtail admin: certificates (revoke, reinstate) and the append-only audit trail."""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import FormView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy

from theme.admin_display import ReadableInspectView, yes_no_column

from . import services
from .models import Certification, CertificationEvent, CourseStatus

REVOKE_PERMISSION = "certification.revoke_certification"


class ReadOnlyPolicy(ModelPermissionPolicy):
    """Records written only by the services: nobody adds, edits or deletes them in the admin."""

    def user_has_permission(self, user, action):
        if action in ("add", "change", "delete"):
            return False
        return super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)

    def users_with_any_permission(self, actions, **kwargs):
        actions = [a for a in actions if a not in ("add", "change", "delete")]
        return super().users_with_any_permission(actions, **kwargs)


for _model in (Certification, CertificationEvent, CourseStatus):
    register_permission_policy(_model, ReadOnlyPolicy(_model), exact_class=True)


class ReasonForm(forms.Form):
    reason = forms.CharField(
        label=gettext_lazy("Reason"),
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=1000,
        help_text=gettext_lazy("Recorded in the audit trail, with your name and the time."),
    )


class RevocationView(WagtailAdminTemplateMixin, FormView):
    """Revoke (or reinstate) one certificate, with a reason."""

    form_class = ReasonForm
    template_name = "certification/admin/revoke.html"
    header_icon = "warning"
    reinstate = False

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(REVOKE_PERMISSION):
            raise PermissionDenied
        self.certification = get_object_or_404(
            Certification.objects.select_related("course", "user"), pk=kwargs["pk"]
        )
        return super().dispatch(request, *args, **kwargs)

    def get_page_title(self):
        return _("Reinstate a certificate") if self.reinstate else _("Revoke a certificate")

    def get_page_subtitle(self):
        return f"{self.certification.holder_name} · {self.certification.course_title}"

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            certification=self.certification, reinstate=self.reinstate, **kwargs
        )

    def form_valid(self, form):
        action = services.reinstate if self.reinstate else services.revoke
        try:
            action(self.certification, actor=self.request.user, reason=form.cleaned_data["reason"])
        except services.NotAllowed:
            form.add_error(
                None,
                _("This certificate is not revoked.")
                if self.reinstate
                else _("This certificate is already revoked."),
            )
            return self.form_invalid(form)
        messages.success(
            self.request,
            _("Certificate reinstated.") if self.reinstate else _("Certificate revoked."),
        )
        return redirect(reverse("certification_certificates:inspect", args=[self.certification.pk]))


def evidence_lines(evidence):
    """A certificate's evidence as a person reads it: lessons done, each test and its score."""
    lines = []
    lessons = evidence.get("lessons")
    if lessons:
        lines.append(
            _("Lessons completed: %(done)s of %(total)s")
            % {"done": lessons[0], "total": lessons[1]}
        )
    titles = evidence.get("titles", {})
    for kind, key, label in (
        ("quiz", "quizzes", _("Quiz")),
        ("scenario", "scenarios", _("Role-play")),
    ):
        for ref, percent in sorted(evidence.get(key, {}).items()):
            title = titles.get(f"{kind}:{ref}") or ref
            lines.append(
                _("%(kind)s «%(title)s»: %(percent)s %%")
                % {"kind": label, "title": title, "percent": percent}
            )
    return lines


class CertificateInspectView(ReadableInspectView):
    def get_evidence_display_value(self):
        lines = evidence_lines(self.object.evidence or {})
        if not lines:
            return _("No evidence recorded")
        return format_html(
            "<ul>{}</ul>", format_html_join("", "<li>{}</li>", ((line,) for line in lines))
        )


class CertificateViewSet(ModelViewSet):
    model = Certification
    url_prefix = "certification/certificates"
    url_namespace = "certification_certificates"
    icon = "success"
    menu_label = gettext_lazy("Certificates")
    list_display = ["holder_name", "course_title", "version", "issued_at", "valid_until", "code"]
    list_filter = ["course", "revoked_at", "renewal"]
    search_fields = ["holder_name", "course_title", "code"]
    inspect_view_enabled = True
    inspect_view_fields = [
        "holder_name",
        "course_title",
        "version",
        "code",
        "issued_at",
        "valid_until",
        "renewal",
        "evidence",
        "revoked_at",
        "revoked_reason",
    ]
    inspect_template_name = "certification/admin/certificate_inspect.html"
    inspect_view_class = CertificateInspectView
    copy_view_enabled = False
    form_fields = ["revoked_reason"]  # no edit view is reachable: ReadOnlyPolicy


class EventViewSet(ModelViewSet):
    model = CertificationEvent
    url_prefix = "certification/events"
    url_namespace = "certification_events"
    icon = "history"
    menu_label = gettext_lazy("Audit trail")
    list_display = ["at", "user", "course", "from_state", "to_state", "reason", "actor"]
    list_filter = ["to_state", "course", "at"]
    search_fields = ["user__username", "user__last_name", "reason"]
    inspect_view_enabled = True
    inspect_view_class = ReadableInspectView
    copy_view_enabled = False
    form_fields = ["reason"]  # no edit view is reachable: ReadOnlyPolicy


class StatusViewSet(ModelViewSet):
    model = CourseStatus
    url_prefix = "certification/statuses"
    url_namespace = "certification_statuses"
    icon = "list-ul"
    menu_label = gettext_lazy("Statuses")
    list_display = [
        "user",
        "course",
        "state",
        "due_date",
        yes_no_column(CourseStatus, "overdue"),
        "expires_on",
        "version",
    ]
    list_filter = ["state", "overdue", "course"]
    search_fields = ["user__username", "user__last_name"]
    inspect_view_enabled = True
    inspect_view_class = ReadableInspectView
    copy_view_enabled = False
    form_fields = ["due_date"]  # no edit view is reachable: ReadOnlyPolicy


class CertificationViewSetGroup(ViewSetGroup):
    menu_label = gettext_lazy("Certification")
    menu_icon = "success"
    menu_order = 270
    items = (CertificateViewSet, StatusViewSet, EventViewSet)
