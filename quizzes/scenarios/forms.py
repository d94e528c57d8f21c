"""The admin form of a scenario: drafts may hold an unfinished dialogue, publishing may not.

Wagtail relaxes validation when a draft is saved (``is_deferred_validation``); the graph check
follows it, so a trainer can save a half-built dialogue and come back. Publishing (and every other
path to ``Scenario.publish``) runs the full check of ``engine.validate``.

Whatever the action (save draft, autosave, publish), the form also makes sure of what the database
would otherwise refuse with an error page: each reply of the scenario has its own id (see
``blocks.unique_reply_ids``), and the address is not taken by another role-play in the language.
"""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import Panel

from .blocks import unique_reply_ids

SLUG_TAKEN = _(
    "Another role-play in this language already has this address. Choose another address."
)


class ScenarioAdminForm(WagtailAdminModelForm):
    def clean(self):
        cleaned_data = super().clean()
        self.instance._defer_graph_validation = self.is_deferred_validation
        steps = cleaned_data.get("steps")
        if steps is not None:
            unique_reply_ids(steps)
        slug = cleaned_data.get("slug")
        if slug and self.instance.slug_taken(slug):
            self.add_error("slug", SLUG_TAKEN)
        return cleaned_data


class GraphCheckPanel(Panel):
    """Shows what keeps the saved dialogue from being published, above the steps."""

    class BoundPanel(Panel.BoundPanel):
        template_name = "scenarios/admin/graph_check_panel.html"

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            instance = self.instance
            context["saved"] = instance.pk is not None
            context["problems"] = instance.problems() if instance.pk else ()
            return context
