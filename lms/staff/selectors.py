"""Reading the staff directory, and who may see whom.

``may_view_person`` is the rule, a pure function over facts; ``can_view_person`` gathers the
facts from the database. Anything not explicitly allowed is refused (fail closed).
"""

from django.contrib.auth import get_user_model

from lms import roles

from .models import EmployeeProfile


def team_of(manager_user):
    """The active people whose line manager is ``manager_user`` (a queryset of users)."""
    User = get_user_model()
    if manager_user is None or not getattr(manager_user, "pk", None):
        return User.objects.none()
    return (
        User.objects.filter(
            profile__line_manager=manager_user, profile__active=True, is_active=True
        )
        .select_related("profile", "profile__department", "profile__job_role")
        .order_by("last_name", "first_name", "profile__employee_number")
    )


def is_line_manager(user):
    """Whether ``user`` manages at least one active person. Asked by several parts of one page
    (menu, view, template tags): answered once per user object, i.e. once per request."""
    if user is None or not getattr(user, "is_authenticated", False):
        return False
    known = getattr(user, "_manages_anyone", None)
    if known is None:
        known = EmployeeProfile.objects.filter(line_manager=user, active=True).exists()
        user._manages_anyone = known
    return known


def is_hr(user):
    if user is None or not getattr(user, "is_authenticated", False):
        return False
    return user.groups.filter(name=roles.HR).exists()


def may_view_person(*, authenticated, is_self, is_superuser, is_hr, manages_person):
    """The rule: oneself, one's line manager, HR and superusers; nobody else."""
    if not authenticated:
        return False
    return bool(is_self or is_superuser or is_hr or manages_person)


def can_view_person(viewer, person):
    """Whether ``viewer`` may see ``person``'s records. ``person`` is a user or a profile."""
    if isinstance(person, EmployeeProfile):
        person = person.user
    if person is None or viewer is None or not getattr(person, "pk", None):
        return False
    authenticated = bool(getattr(viewer, "is_authenticated", False)) and viewer.is_active
    if not authenticated:
        return False
    is_self = viewer.pk == person.pk
    manages = (
        not is_self
        and EmployeeProfile.objects.filter(user_id=person.pk, line_manager_id=viewer.pk).exists()
    )
    return may_view_person(
        authenticated=True,
        is_self=is_self,
        is_superuser=viewer.is_superuser,
        is_hr=is_hr(viewer),
        manages_person=manages,
    )


TEAM_CACHE_SECONDS = 120


def _team_key(user_id):
    return f"lms:staff:has-team:{user_id}"


def has_team(user):
    """``is_line_manager`` for every page's menu: kept in the shared cache for two minutes (and
    dropped when someone gets this person as line manager), so a page costs no query for it."""
    from django.core.cache import cache

    if user is None or not getattr(user, "is_authenticated", False):
        return False
    key = _team_key(user.pk)
    cached = cache.get(key)
    # The account's creation time tells a reused id (e.g. in a test database) from its owner.
    joined = user.date_joined.timestamp() if user.date_joined else 0
    value = cached[1] if cached and cached[0] == joined else None
    if value is None:
        value = is_line_manager(user)
        cache.set(key, (joined, value), TEAM_CACHE_SECONDS)
    return value


def forget_team(*user_ids):
    from django.core.cache import cache

    cache.delete_many([_team_key(pk) for pk in user_ids if pk])
