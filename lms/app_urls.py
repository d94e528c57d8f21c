"""The plugin's URLconf: include it once in a Wagtail site (see README, "Add to a Wagtail site").

urlpatterns += i18n_patterns(path("", include("lms.app_urls")), path("", include(wagtail_urls)))

It gathers every room's learner URLs, each under its own namespace: ``lms`` (My training,
search), ``quizzes`` (the quiz player) and ``scenarios`` (the role-play player).
"""

from django.urls import include, path

from courses import views as course_views

from . import views

learner_patterns = [
    path("my/", views.dashboard, name="dashboard"),
    path("search/", course_views.search, name="search"),
]

urlpatterns = [
    path("", include((learner_patterns, "lms"))),
    path("quizzes/", include("quizzes.urls")),
    path("roleplays/", include("quizzes.scenarios.urls")),
    path("", include("lms.certification.urls")),
    path("", include("lms.feedback.urls")),  # feedback: suggestions on standards
    path("", include("lms.records.urls")),  # records: training record, team, observations
]
