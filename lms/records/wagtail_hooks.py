"""Registers the records room's admin: the "criteria most often missed" report in the menu."""

from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from . import admin_views

admin_urlpatterns = [
    path("criteria/", admin_views.criteria_index, name="criteria"),
    path("criteria/<int:course_id>/", admin_views.criteria_report, name="criteria_report"),
]


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [path("records/", include((admin_urlpatterns, "records_admin")))]


class CriteriaMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(admin_views.REPORT_PERMISSION)


@hooks.register("register_admin_menu_item")
def register_criteria_menu_item():
    return CriteriaMenuItem(
        _("Criteria missed"), reverse("records_admin:criteria"), icon_name="warning", order=265
    )
