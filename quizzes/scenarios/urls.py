"""URLs of the player. Include under i18n_patterns:
``path("roleplays/", include("quizzes.scenarios.urls"))``.
"""

from django.urls import path

from . import views

app_name = "scenarios"

urlpatterns = [
    path("play/<int:pk>/", views.attempt, name="attempt"),
    path("<slug:slug>/", views.detail, name="detail"),
    path("<slug:slug>/start/", views.start, name="start"),
]
