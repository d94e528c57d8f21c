"""Registers the staff directory's admin: the Staff menu and the roster import."""

from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.widgets import Button

from . import admin_views
from .models import IMPORT_ROSTER_PERMISSION, INVITE_PERMISSION, EmployeeProfile
from .viewsets import StaffViewSetGroup

admin_urlpatterns = [
    path("import/", admin_views.import_roster, name="import_roster"),
    path("invite/<int:pk>/", admin_views.invite, name="invite"),
]


@hooks.register("register_admin_viewset")
def register_viewsets():
    return StaffViewSetGroup()


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [path("staff/", include((admin_urlpatterns, "staff_admin")))]


class ImportRosterMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(IMPORT_ROSTER_PERMISSION)


@hooks.register("register_staff_menu_item")
def register_import_menu_item():
    return ImportRosterMenuItem(
        _("Import roster"), reverse("staff_admin:import_roster"), icon_name="upload", order=900
    )


@hooks.register("register_snippet_listing_buttons")
def invitation_button(snippet, user, next_url=None):
    """ "Send invitation" in each employee's menu of the directory (HR only)."""
    if not isinstance(snippet, EmployeeProfile) or not user.has_perm(INVITE_PERMISSION):
        return []
    return [
        Button(
            _("Send invitation"),
            reverse("staff_admin:invite", args=[snippet.pk]),
            icon_name="mail",
            priority=50,
        )
    ]
