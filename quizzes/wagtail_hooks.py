"""Registers the quizzes' admin: the viewsets, the marking queue and the quiz reports."""

from django.templatetags.static import static
from django.urls import include, path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.menus import MenuItem as ListingMenuItem
from wagtail.log_actions import LogFormatter

from . import admin_views, services
from .models import Quiz
from .viewsets import QuizzesViewSetGroup

admin_urlpatterns = [
    path("marking/", admin_views.marking_queue, name="marking"),
    path("marking/<int:pk>/", admin_views.mark, name="mark"),
    path("report/<int:pk>/", admin_views.quiz_report, name="report"),
]


@hooks.register("register_admin_viewset")
def register_viewsets():
    return QuizzesViewSetGroup()


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [path("quizzes/", include((admin_urlpatterns, "quizzes_admin")))]


class MarkingMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(admin_views.MARK_PERMISSION)


@hooks.register("register_admin_menu_item")
def register_marking_menu_item():
    return MarkingMenuItem(
        _("Essays to mark"), reverse("quizzes_admin:marking"), icon_name="edit", order=260
    )


@hooks.register("register_snippet_listing_buttons")
def quiz_report_button(snippet, user, next_url=None):
    if isinstance(snippet, Quiz) and user.has_perm(admin_views.REPORT_PERMISSION):
        yield ListingMenuItem(
            _("Report"),
            reverse("quizzes_admin:report", args=[snippet.pk]),
            icon_name="doc-full",
            priority=90,
        )


@hooks.register("register_log_actions")
def register_marking_log_action(actions):
    @actions.register_action(services.MARK_ACTION)
    class MarkEssayFormatter(LogFormatter):
        label = _("Mark an essay")

        def format_message(self, log_entry):
            data = log_entry.data or {}
            marks = {None: _("unmarked"), True: _("correct"), False: _("incorrect")}
            return _("Essay marked: %(old)s → %(new)s") % {
                "old": marks.get(data.get("old"), "?"),
                "new": marks.get(data.get("new"), "?"),
            }


@hooks.register("insert_editor_js")
def question_kind_js():
    """Shows only the question form's fields of the chosen kind (a static file: no inline JS)."""
    return format_html('<script src="{}" defer></script>', static("quizzes/js/question-kind.js"))
