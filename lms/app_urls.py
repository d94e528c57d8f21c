"""The plugin's URLconf: include it once in a Wagtail site (see README, "Add to a Wagtail site").

urlpatterns += i18n_patterns(path("", include("lms.app_urls")), path("", include(wagtail_urls)))
"""

from django.urls import path

from courses import views as course_views

from . import views

app_name = "lms"

urlpatterns = [
    path("my/", views.dashboard, name="dashboard"),
    path("search/", course_views.search, name="search"),
]
