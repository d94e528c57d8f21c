"""The trainers' side of feedback in the Wagtail admin: "Suggestions".

Trainers list and filter suggestions, open one and write the answer and status; what the person
wrote (author, course, lesson, kind, text) is shown read-only. HR may look (the inspect view).
Nobody adds a suggestion here: they come from lessons (see ``permissions``).
"""

from django.contrib.auth.base_user import AbstractBaseUser
from django.utils.translation import gettext_lazy as _
from django_filters import ModelChoiceFilter
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.panels import FieldPanel, MultiFieldPanel, ObjectList
from wagtail.admin.ui.tables import Column
from wagtail.admin.views import generic
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.log_actions import log

from courses.models import CoursePage
from theme.admin_display import ReadableInspectView

from . import services
from .models import Suggestion


def person_name(user):
    full_name = user.get_full_name()
    return f"{full_name} ({user.get_username()})" if full_name else user.get_username()


def author_name(suggestion):
    """The list shows people by their name; the login only for someone without one."""
    return suggestion.author.get_full_name() or suggestion.author.get_username()


class ReadOnlyPanel(FieldPanel):
    """A field shown, never edited: choices by their label, people by their name."""

    def __init__(self, field_name, **kwargs):
        kwargs["read_only"] = True
        super().__init__(field_name, **kwargs)

    def format_value_for_display(self, value):
        if self.db_field.choices:
            return dict(self.db_field.flatchoices).get(value, value)
        if isinstance(value, AbstractBaseUser):
            return person_name(value)
        if value is None:
            return "—"
        return super().format_value_for_display(value)


class SuggestionFilterSet(WagtailFilterSet):
    course = ModelChoiceFilter(
        label=_("Course"),
        queryset=CoursePage.objects.filter(suggestions__isnull=False).distinct().order_by("title"),
    )

    class Meta:
        model = Suggestion
        fields = ["status", "kind", "course"]


class SuggestionIndexView(generic.IndexView):
    def get_base_queryset(self):
        return super().get_base_queryset().select_related("author", "course", "lesson")


class SuggestionEditView(generic.EditView):
    """Saving goes through ``services.answer``: it stamps who answered and when, and announces
    the answer; the read-only fields are not in the form, so a forged POST cannot change them."""

    page_title = _("Answer the suggestion")
    success_message = _("Answer to “%(object)s” saved.")

    def save_instance(self):
        suggestion = services.answer(
            self.object,
            self.request.user,
            self.form.cleaned_data["answer"],
            self.form.cleaned_data["status"],
        )
        log(instance=suggestion, action="wagtail.edit", user=self.request.user)
        return suggestion


class SuggestionViewSet(ModelViewSet):
    model = Suggestion
    icon = "comment"
    menu_label = _("Suggestions")
    menu_order = 270
    add_to_admin_menu = True
    index_view_class = SuggestionIndexView
    edit_view_class = SuggestionEditView
    copy_view_enabled = False
    inspect_view_enabled = True
    inspect_view_class = ReadableInspectView
    inspect_view_fields = [
        "author",
        "course",
        "lesson",
        "kind",
        "text",
        "created_at",
        "status",
        "answer",
        "answered_by",
        "answered_at",
    ]
    list_display = [
        "__str__",
        Column("author", label=_("author"), accessor=author_name, sort_key="author__last_name"),
        "course",
        "lesson",
        "kind",
        "status",
        "created_at",
    ]
    filterset_class = SuggestionFilterSet
    search_fields = ["text", "answer"]
    list_per_page = 50
    edit_handler = ObjectList(
        [
            MultiFieldPanel(
                [
                    ReadOnlyPanel("author"),
                    ReadOnlyPanel("course"),
                    ReadOnlyPanel("lesson"),
                    ReadOnlyPanel("kind"),
                    ReadOnlyPanel("created_at"),
                    ReadOnlyPanel("text"),
                ],
                heading=_("What the person wrote"),
            ),
            FieldPanel("status"),
            FieldPanel("answer"),
        ]
    )
