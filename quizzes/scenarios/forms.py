"""The admin form of a scenario: drafts may hold an unfinished dialogue, publishing may not.

Wagtail relaxes validation when a draft is saved (``is_deferred_validation``); the graph check
follows it, so a trainer can save a half-built dialogue and come back. Publishing (and every other
path to ``Scenario.publish``) runs the full check of ``engine.validate``.
"""

from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import Panel


class ScenarioAdminForm(WagtailAdminModelForm):
    def clean(self):
        cleaned_data = super().clean()
        self.instance._defer_graph_validation = self.is_deferred_validation
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
