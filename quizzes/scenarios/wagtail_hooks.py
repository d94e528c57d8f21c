"""Registers the role-play admin: the snippet viewset, analytics URLs and the listing button."""

from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.widgets import Button
from wagtail.snippets.models import register_snippet

from .models import Scenario
from .viewsets import ANALYTICS_PERMISSIONS, ScenarioViewSet

register_snippet(ScenarioViewSet)


@hooks.register("register_admin_urls")
def register_analytics_urls():
    return [path("roleplay-analytics/", include("quizzes.scenarios.urls_admin"))]


@hooks.register("register_snippet_listing_buttons")
def analytics_button(snippet, user, next_url=None):
    if isinstance(snippet, Scenario) and any(
        user.has_perm(f"scenarios.{action}_scenario") for action in ANALYTICS_PERMISSIONS
    ):
        yield Button(
            _("Analytics"),
            reverse("scenarios_admin:analytics", args=[snippet.pk]),
            icon_name="table",
            priority=50,
        )
