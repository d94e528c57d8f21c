"""Admin of role-plays: the snippet viewset, and the trainers' analytics with a CSV export.

The analytics are how the company finds the stages where service "gets stuck": for each step,
which replies people choose, how often they miss the best one, and which wrong reply is the most
common. Translations of a scenario are counted together.
"""

import csv

from django.http import HttpResponse
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView
from wagtail.admin.ui.tables import Column, UpdatedAtColumn
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.views.generic.permissions import PermissionCheckedMixin
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.snippets.views.snippets import SnippetViewSet

from . import selectors
from .models import Scenario

ANALYTICS_PERMISSIONS = ["add", "change", "view"]


class ScenarioAnalyticsMixin(PermissionCheckedMixin):
    permission_policy = ModelPermissionPolicy(Scenario)
    any_permission_required = ANALYTICS_PERMISSIONS

    def get_scenario(self):
        return get_object_or_404(Scenario.objects.select_related("locale"), pk=self.kwargs["pk"])


class ScenarioAnalyticsView(ScenarioAnalyticsMixin, WagtailAdminTemplateMixin, TemplateView):
    template_name = "scenarios/admin/analytics.html"
    header_icon = "table"

    def get(self, request, *args, **kwargs):
        self.scenario = self.get_scenario()
        return super().get(request, *args, **kwargs)

    def get_page_title(self):
        return _("Analytics")

    def get_page_subtitle(self):
        return self.scenario.title

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse("wagtailsnippets_scenarios_scenario:list"), "label": _("Role-plays")},
            {
                "url": reverse("wagtailsnippets_scenarios_scenario:edit", args=[self.scenario.pk]),
                "label": self.scenario.title,
            },
            {"url": "", "label": _("Analytics")},
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["report"] = selectors.scenario_report(self.scenario)
        context["csv_url"] = reverse("scenarios_admin:analytics_csv", args=[self.scenario.pk])
        return context


def _cell(value):
    """Text a spreadsheet will not run as a formula (trainer-written replies may start with =)."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


class ScenarioAnalyticsCSVView(ScenarioAnalyticsMixin, TemplateView):
    def get(self, request, *args, **kwargs):
        scenario = self.get_scenario()
        report = selectors.scenario_report(scenario)
        response = HttpResponse(content_type="text/csv; charset=utf-8")
        filename = f"roleplay-{slugify(scenario.slug)}-analytics.csv"
        response["Content-Disposition"] = f'attachment; filename="{filename}"'
        response.write("\ufeff")  # so spreadsheet programs read UTF-8 (Cyrillic) correctly
        writer = csv.writer(response)
        writer.writerow(
            [
                _("Step"),
                _("Customer's line"),
                _("Reply"),
                _("Points"),
                _("Best reply"),
                _("Criterion"),
                _("Times chosen"),
                _("Share of the step, %"),
                _("Chosen in attempts that failed"),
            ]
        )
        for step in report.steps:
            for stat in step.choices:
                writer.writerow(
                    [
                        _cell(step.step.key),
                        _cell(step.step.text),
                        _cell(stat.choice.reply),
                        stat.choice.points,
                        _("yes") if stat.best else _("no"),
                        _cell(stat.choice.criterion),
                        stat.count,
                        stat.share,
                        stat.by_failed,
                    ]
                )
        return response


class ScenarioViewSet(SnippetViewSet):
    model = Scenario
    icon = "group"
    menu_label = gettext_lazy("Role-plays")
    menu_order = 250
    add_to_admin_menu = True
    list_filter = ["situation_type", "channel", "live"]
    search_fields = ["title", "briefing"]
    copy_view_enabled = True

    list_display = [
        "title",
        Column("situation_type", label=gettext_lazy("Type"), accessor="get_situation_type_display"),
        Column("channel", label=gettext_lazy("Channel"), accessor="get_channel_display"),
        UpdatedAtColumn(),
    ]
