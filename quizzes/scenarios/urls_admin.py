"""Admin URLs of role-plays beyond the snippet views (registered by wagtail_hooks)."""

from django.urls import path

from .viewsets import ScenarioAnalyticsCSVView, ScenarioAnalyticsView

app_name = "scenarios_admin"

urlpatterns = [
    path("<int:pk>/", ScenarioAnalyticsView.as_view(), name="analytics"),
    path("<int:pk>/csv/", ScenarioAnalyticsCSVView.as_view(), name="analytics_csv"),
]
