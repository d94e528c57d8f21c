"""Sentences Wagtail builds from a model's verbose name, worded for our models.

Wagtail says "Add %(model_name)s", "Choose %(object)s" and "%(model_name)s '%(object)s' created."
with the verbose name in the nominative; Russian needs the accusative ("Добавить ролевую игру",
not "Добавить ролевая игра") and a gender ("Вопрос … создан", not "создана"). ``install`` gives
Wagtail our own labels for our models (by "app_label.model": theme imports no higher app) and
messages that read right whatever the gender. A view that sets its own message keeps it.
"""

from django.utils.text import capfirst
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, gettext_noop

# label_lower → (add, choose, choose another, edit this)
LABELS = {
    "courses.audience": (
        gettext_lazy("Add an audience"),
        gettext_lazy("Choose an audience"),
        gettext_lazy("Choose another audience"),
        gettext_lazy("Edit this audience"),
    ),
    "quizzes.category": (
        gettext_lazy("Add a category"),
        gettext_lazy("Choose a category"),
        gettext_lazy("Choose another category"),
        gettext_lazy("Edit this category"),
    ),
    "quizzes.question": (
        gettext_lazy("Add a question"),
        gettext_lazy("Choose a question"),
        gettext_lazy("Choose another question"),
        gettext_lazy("Edit this question"),
    ),
    "quizzes.quiz": (
        gettext_lazy("Add a quiz"),
        gettext_lazy("Choose a quiz"),
        gettext_lazy("Choose another quiz"),
        gettext_lazy("Edit this quiz"),
    ),
    "scenarios.scenario": (
        gettext_lazy("Add a role-play"),
        gettext_lazy("Choose a role-play"),
        gettext_lazy("Choose another role-play"),
        gettext_lazy("Edit this role-play"),
    ),
    "staff.department": (
        gettext_lazy("Add a department"),
        gettext_lazy("Choose a department"),
        gettext_lazy("Choose another department"),
        gettext_lazy("Edit this department"),
    ),
    "staff.jobrole": (
        gettext_lazy("Add a job role"),
        gettext_lazy("Choose a job role"),
        gettext_lazy("Choose another job role"),
        gettext_lazy("Edit this job role"),
    ),
    "staff.employeeprofile": (
        gettext_lazy("Add an employee"),
        gettext_lazy("Choose an employee"),
        gettext_lazy("Choose another employee"),
        gettext_lazy("Edit this employee"),
    ),
    "assignments.assignmentrule": (
        gettext_lazy("Add an assignment rule"),
        gettext_lazy("Choose an assignment rule"),
        gettext_lazy("Choose another assignment rule"),
        gettext_lazy("Edit this assignment rule"),
    ),
}
OUR_APPS = {
    "courses",
    "quizzes",
    "scenarios",
    "lms",
    "staff",
    "certification",
    "assignments",
    "reports",
    "records",
    "feedback",
}
# Messages of any gender: "Создано: вопрос «…».", "Gespeichert: Frage „…“."
CREATED = gettext_noop("Created: %(model_name)s “%(object)s”.")
UPDATED = gettext_noop("Saved: %(model_name)s “%(object)s”.")
DELETED = gettext_noop("Deleted: %(model_name)s “%(object)s”.")
PUBLISHED = gettext_noop("Published: %(model_name)s “%(object)s”.")
CREATED_PUBLISHED = gettext_noop("Created and published: %(model_name)s “%(object)s”.")

# Wagtail 8's own words its ru/de catalogues lack; our catalogues (before Wagtail's in
# INSTALLED_APPS) translate them.
WAGTAIL_GAPS = (
    gettext_noop("- Select an option -"),
    gettext_noop("View latest version"),
    gettext_noop("Actions (footer)"),
    gettext_noop("Breadcrumb"),
)


def ours(model):
    return model is not None and model._meta.app_label in OUR_APPS


def labels(model):
    return LABELS.get(model._meta.label_lower) if model is not None else None


def install():
    from django.utils.functional import cached_property
    from wagtail.admin.views import generic
    from wagtail.admin.views.generic.mixins import CreateEditViewOptionalFeaturesMixin
    from wagtail.snippets.widgets import AdminSnippetChooser

    wagtail_add_label = generic.IndexView.add_item_label.func

    def add_item_label(self):
        found = labels(self.model)
        return capfirst(found[0]) if found else wagtail_add_label(self)

    generic.IndexView.add_item_label = cached_property(add_item_label)
    generic.IndexView.add_item_label.__set_name__(generic.IndexView, "add_item_label")

    _reword(generic.CreateView, CREATED)
    _reword_saved(generic.EditView, UPDATED)
    _reword_saved(generic.DeleteView, DELETED)

    _reword_snippets(CreateEditViewOptionalFeaturesMixin)

    chooser_init = AdminSnippetChooser.__init__

    def __init__(self, model=None, **kwargs):
        chooser_init(self, model=model, **kwargs)
        found = labels(self.model)
        if found:
            self.choose_one_text = str(found[1])
            self.choose_another_text = str(found[2])
            self.link_to_chosen_text = str(found[3])

    AdminSnippetChooser.__init__ = __init__


def _message(template, model, instance):
    return _(template) % {"model_name": model._meta.verbose_name, "object": instance}


def _reword(view_class, template):
    wagtail_default = view_class.success_message
    wagtail_message = view_class.get_success_message

    def get_success_message(self, instance):
        if ours(self.model) and self.success_message is wagtail_default:
            return _message(template, self.model, instance)
        return wagtail_message(self, instance)

    view_class.get_success_message = get_success_message


def _reword_saved(view_class, template):
    wagtail_default = view_class.success_message
    wagtail_message = view_class.get_success_message

    def get_success_message(self):
        if ours(self.model) and self.success_message is wagtail_default:
            return _message(template, self.model, self.object)
        return wagtail_message(self)

    view_class.get_success_message = get_success_message


def _reword_snippets(mixin):
    """Snippets (with drafts, publishing, workflows): saved, created and published reworded;
    scheduling and workflow messages stay Wagtail's."""
    wagtail_message = mixin.get_success_message

    def get_success_message(self, instance=None):
        scheduled = getattr(instance or self.object, "go_live_at", None)
        if not ours(self.model) or self.action not in ("create", "edit", "publish") or scheduled:
            return wagtail_message(self, instance)
        creating = self.view_name == "create"
        if self.action == "publish":
            template = CREATED_PUBLISHED if creating else PUBLISHED
        else:
            template = CREATED if creating else UPDATED
        return _message(template, self.model, instance or self.object)

    mixin.get_success_message = get_success_message
