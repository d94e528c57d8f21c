"""The project's URLconf with the quiz player included, for tests (until lms includes it)."""

from django.conf.urls.i18n import i18n_patterns
from django.urls import NoReverseMatch, include, path, reverse

from lms import urls as project_urls

try:
    reverse("quizzes:index", urlconf="lms.urls")
except NoReverseMatch:
    urlpatterns = [
        *i18n_patterns(path("quizzes/", include("quizzes.urls")), prefix_default_language=False),
        *project_urls.urlpatterns,
    ]
else:
    urlpatterns = project_urls.urlpatterns
