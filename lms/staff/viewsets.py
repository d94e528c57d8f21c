"""The staff directory's admin: departments, job roles and employees under one "Staff" menu."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.panels import ObjectList
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from theme.admin_display import yes_no_column

from .forms import EmployeeProfileForm
from .models import Department, EmployeeProfile, JobRole


class DepartmentViewSet(SnippetViewSet):
    model = Department
    icon = "group"
    menu_label = _("Departments")
    list_display = ["name", "code", "audience"]
    search_fields = ["name", "code"]
    search_backend_name = None


class JobRoleFilterSet(WagtailFilterSet):
    class Meta:
        model = JobRole
        fields = ["department"]


class JobRoleViewSet(SnippetViewSet):
    model = JobRole
    icon = "tag"
    menu_label = _("Job roles")
    list_display = ["name", "code", "department", "audience"]
    filterset_class = JobRoleFilterSet
    search_fields = ["name", "code"]
    search_backend_name = None


class EmployeeProfileFilterSet(WagtailFilterSet):
    class Meta:
        model = EmployeeProfile
        fields = ["department", "job_role", "active"]


class EmployeeProfileViewSet(SnippetViewSet):
    model = EmployeeProfile
    icon = "user"
    menu_label = _("Employees")
    list_display = [
        "__str__",
        "department",
        "job_role",
        "line_manager",
        "hire_date",
        yes_no_column(EmployeeProfile, "active"),
    ]
    filterset_class = EmployeeProfileFilterSet
    search_fields = [
        "employee_number",
        "user__first_name",
        "user__last_name",
        "user__username",
        "user__email",
    ]
    search_backend_name = None
    edit_handler = ObjectList(EmployeeProfile.panels, base_form_class=EmployeeProfileForm)

    def get_queryset(self, request):
        return EmployeeProfile.objects.select_related(
            "user", "department", "job_role", "line_manager"
        )


class StaffViewSetGroup(SnippetViewSetGroup):
    menu_label = _("Staff")
    menu_icon = "group"
    menu_order = 270
    # Other staff screens (the roster import, later assignments) join this menu through it.
    submenu_hook = "register_staff_menu_item"
    items = (EmployeeProfileViewSet, DepartmentViewSet, JobRoleViewSet)
