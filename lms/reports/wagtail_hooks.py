"""Registers the readiness board under the admin's Reports menu, for HR and line managers."""

from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from . import admin_views

admin_urlpatterns = [
    path("", admin_views.board, name="board"),
    path("export.csv", admin_views.export_csv, name="board_csv"),
    path("export.xlsx", admin_views.export_xlsx, name="board_xlsx"),
]


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [path("reports/readiness/", include((admin_urlpatterns, "reports_admin")))]


class BoardMenuItem(MenuItem):
    def is_shown(self, request):
        return admin_views.scope_of(request) is not None


@hooks.register("register_reports_menu_item")
def register_board_menu_item():
    return BoardMenuItem(
        _("Readiness board"), reverse("reports_admin:board"), icon_name="table", order=50
    )
