"""Reading assignments: who the viewer may assign to, a person's assignments, the rules."""

from django.contrib.auth import get_user_model

from lms.staff.models import Department
from lms.staff.selectors import team_of

from .models import ASSIGN_ANYONE_PERMISSION, ASSIGN_TEAM_PERMISSION, Assignment, AssignmentRule


def may_assign(user):
    """Whether ``user`` may open the "Assign a course" screen at all."""
    return bool(
        user is not None
        and getattr(user, "is_authenticated", False)
        and user.is_active
        and (user.has_perm(ASSIGN_ANYONE_PERMISSION) or user.has_perm(ASSIGN_TEAM_PERMISSION))
    )


def may_assign_anyone(user):
    return may_assign(user) and user.has_perm(ASSIGN_ANYONE_PERMISSION)


def assignable_people(viewer):
    """The active people ``viewer`` may assign courses to (a queryset of users): everyone for HR
    (``assign_anyone``), their own team for a line manager (``assign_team``), nobody otherwise."""
    User = get_user_model()
    if not may_assign(viewer):
        return User.objects.none()
    if viewer.has_perm(ASSIGN_ANYONE_PERMISSION):
        return (
            User.objects.filter(profile__active=True, is_active=True)
            .select_related("profile")
            .order_by("last_name", "first_name", "profile__employee_number")
        )
    return team_of(viewer)


def team_of_viewer(viewer):
    """The viewer's own team, when they may assign at all ("Everyone in my team")."""
    if not may_assign(viewer):
        return get_user_model().objects.none()
    return team_of(viewer)


def assignable_departments(viewer):
    """Whole departments may be chosen only by those who may assign to anyone."""
    if not may_assign_anyone(viewer):
        return Department.objects.none()
    return Department.objects.order_by("name")


def rules_listing():
    return AssignmentRule.objects.select_related("course", "department", "job_role", "created_by")


def assignments_of(user):
    """Every assignment of a person, active and ended (history), newest first."""
    return Assignment.objects.filter(user=user).select_related(
        "course", "rule", "assigned_by", "ended_by"
    )
