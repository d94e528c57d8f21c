"""Registers the assignments' admin under the Staff menu: rules and "Assign a course"."""

from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from . import admin_views, selectors

admin_urlpatterns = [
    path("assign/", admin_views.assign_course, name="assign"),
]


@hooks.register("register_admin_viewset")
def register_viewsets():
    return admin_views.AssignmentRuleViewSet()


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [path("assignments/", include((admin_urlpatterns, "assignments_admin")))]


class AssignCourseMenuItem(MenuItem):
    def is_shown(self, request):
        return selectors.may_assign(request.user)


@hooks.register("register_staff_menu_item")
def register_assign_menu_item():
    return AssignCourseMenuItem(
        _("Assign a course"), reverse("assignments_admin:assign"), icon_name="list-ul", order=410
    )
