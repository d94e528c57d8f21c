"""The demo URLconf plus the role-play player, included as lms/app_urls.py will include it."""

from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path

from lms.urls import urlpatterns as site_urlpatterns

urlpatterns = [
    *i18n_patterns(
        path("roleplays/", include("quizzes.scenarios.urls")),
        prefix_default_language=False,
    ),
    *site_urlpatterns,
]
