"""Writing the staff directory: create, change and deactivate people, each in one transaction.

Every write announces itself after commit (``signals.employee_created`` /
``signals.employee_changed``), so assignments can give a new hire their onboarding plan and
follow a change of department or job role. New accounts get an unusable password: HR invites the
person (``invitations``: a mail with a single-use link to set one), or the person uses "forgot
password?" on the sign-in page.
"""

from dataclasses import dataclass, field
from functools import partial

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import IntegrityError, transaction
from django.db.models.functions import Lower
from django.utils.translation import gettext as _

from lms import roles

from . import invitations, roster, signals
from .models import Department, EmployeeProfile, JobRole
from .roster import default_username

USER_FIELDS = ("username", "first_name", "last_name", "email")
PROFILE_FIELDS = (
    "employee_number",
    "department",
    "job_role",
    "line_manager",
    "hire_date",
    "preferred_language",
    "active",
)


def announce_created(profile):
    transaction.on_commit(
        partial(signals.employee_created.send, sender=EmployeeProfile, profile=profile)
    )


def announce_changed(profile, changed_fields):
    changed = frozenset(changed_fields)
    if changed:
        transaction.on_commit(
            partial(
                signals.employee_changed.send,
                sender=EmployeeProfile,
                profile=profile,
                changed_fields=changed,
            )
        )


def _create(
    *,
    employee_number,
    first_name,
    last_name,
    department,
    hire_date,
    email="",
    username=None,
    job_role=None,
    line_manager=None,
    preferred_language=None,
    active=True,
    user=None,
):
    User = get_user_model()
    if user is None:
        user = User(
            username=username or default_username(email=email, employee_number=employee_number)
        )
        user.set_unusable_password()
    user.first_name = first_name
    user.last_name = last_name
    user.email = email or ""
    user.is_active = bool(active)
    user.save()
    user.groups.add(Group.objects.get(name=roles.EMPLOYEES))
    return EmployeeProfile.objects.create(
        user=user,
        employee_number=employee_number,
        department=department,
        job_role=job_role,
        line_manager=line_manager,
        hire_date=hire_date,
        preferred_language=preferred_language or settings.LANGUAGE_CODE,
        active=bool(active),
    )


def create_employee(**fields):
    """Create a person: their account (unless ``user=``, an existing account, is given) in the
    Employees group, with an unusable password, and their profile. Keyword arguments:
    ``employee_number, first_name, last_name, department, hire_date`` (required), ``email,
    username, job_role, line_manager, preferred_language, active, user``. Returns the profile."""
    with transaction.atomic():
        profile = _create(**fields)
        announce_created(profile)
    return profile


def _differs(obj, field, value):
    if field in ("department", "job_role", "line_manager"):
        return getattr(obj, f"{field}_id") != (value.pk if value is not None else None)
    return getattr(obj, field) != value


def _update(profile, changes):
    unknown = set(changes) - set(USER_FIELDS) - set(PROFILE_FIELDS)
    if unknown:
        raise TypeError(f"update_employee() got unknown fields: {sorted(unknown)}")
    user = profile.user
    changed = set()
    for name, value in changes.items():
        target = user if name in USER_FIELDS else profile
        if name == "email":
            value = value or ""
        if _differs(target, name, value):
            setattr(target, name, value)
            changed.add(name)
    user_changed = [f for f in USER_FIELDS if f in changed]
    if "active" in changed:
        user.is_active = profile.active
        user_changed.append("is_active")
    if user_changed:
        user.save(update_fields=user_changed)
    profile_changed = [f for f in PROFILE_FIELDS if f in changed]
    if profile_changed:
        profile.save(update_fields=[*profile_changed, "updated_at"])
    return changed


def update_employee(profile, **changes):
    """Change a person: any of ``USER_FIELDS`` and ``PROFILE_FIELDS`` (model instances for
    department, job role and line manager). Returns the frozenset of fields that really changed
    (empty if none; then nothing is written or announced)."""
    with transaction.atomic():
        locked = (
            EmployeeProfile.objects.select_for_update().select_related("user").get(pk=profile.pk)
        )
        changed = _update(locked, changes)
        announce_changed(locked, changed)
    return frozenset(changed)


def deactivate(profile):
    """The person has left: profile and account inactive; every other row stays (history)."""
    update_employee(profile, active=False)
    profile.refresh_from_db()
    profile.user.refresh_from_db()
    return profile


def profile_saved_in_admin(profile, *, created, changed_fields):
    """Called by the admin's profile form after it saved: keep the account's ``is_active`` in
    step with the profile and announce the change (inside the form's transaction)."""
    user = profile.user
    if user.is_active != profile.active:
        user.is_active = profile.active
        user.save(update_fields=["is_active"])
    if created:
        user.groups.add(Group.objects.get(name=roles.EMPLOYEES))
        announce_created(profile)
    else:
        announce_changed(profile, set(changed_fields) & set(PROFILE_FIELDS))


# The roster import ---------------------------------------------------------------------------


@dataclass
class RosterReport:
    """What an import did (or, in a dry run, would do): the plan per row, or the errors."""

    dry_run: bool
    changes: list = field(default_factory=list)
    errors: list = field(default_factory=list)
    # New people who get an invitation once the import commits, and those who cannot (no e-mail).
    invited: int = 0
    not_invitable: int = 0

    @property
    def applied(self):
        return not self.dry_run and not self.errors

    def count(self, action):
        return sum(1 for change in self.changes if change.action == action)

    @property
    def created(self):
        return self.count(roster.PlannedChange.CREATED)

    @property
    def updated(self):
        return self.count(roster.PlannedChange.UPDATED)

    @property
    def unchanged(self):
        return self.count(roster.PlannedChange.UNCHANGED)


def _by_name(rows):
    names = {}
    for pk, name in rows:
        key = name.strip().lower()
        names[key] = None if key in names and names[key] != pk else pk
    return names


def load_directory(raw):
    """The snapshot of the database that validating ``raw`` (a ``RawRoster``) needs."""
    User = get_user_model()
    departments = list(Department.objects.values_list("pk", "code", "name"))
    job_roles = list(JobRole.objects.values_list("pk", "code", "name"))
    people = {}
    for profile in EmployeeProfile.objects.select_related("user", "line_manager__profile"):
        manager = profile.line_manager
        if manager is None:
            manager_key = None
        else:
            manager_profile = getattr(manager, "profile", None)
            manager_key = (
                manager_profile.employee_number if manager_profile else f"user:{manager.pk}"
            )
        people[profile.employee_number] = roster.ExistingPerson(
            employee_number=profile.employee_number,
            username=profile.user.username,
            first_name=profile.user.first_name,
            last_name=profile.user.last_name,
            email=profile.user.email,
            department_id=profile.department_id,
            job_role_id=profile.job_role_id,
            line_manager_key=manager_key,
            hire_date=profile.hire_date,
            language=profile.preferred_language,
            active=profile.active,
        )
    candidates = set()
    for row in raw.rows:
        number = str(row.values.get("employee_number", "")).strip()
        for login in (
            str(row.values.get("username", "")).strip(),
            roster.default_username(email=str(row.values.get("email", "")), employee_number=number),
        ):
            if login:
                candidates.add(login.lower())
    logins = {}
    for username, number in (
        User.objects.annotate(login=Lower("username"))
        .filter(login__in=candidates)
        .values_list("username", "profile__employee_number")
    ):
        logins[username.lower()] = number or ""
    return roster.Directory(
        departments_by_code={code.lower(): pk for pk, code, _name in departments},
        departments_by_name=_by_name((pk, name) for pk, _code, name in departments),
        job_roles_by_code={code.lower(): pk for pk, code, _name in job_roles},
        job_roles_by_name=_by_name((pk, name) for pk, _code, name in job_roles),
        people=people,
        logins=logins,
        languages=tuple(code for code, _name in settings.LANGUAGES),
        default_language=settings.LANGUAGE_CODE,
    )


def _write_roster(rows, plan):
    User = get_user_model()
    departments = Department.objects.in_bulk()
    job_roles = JobRole.objects.in_bulk()
    numbers = [row.employee_number for row in rows]
    profiles = {
        p.employee_number: p
        for p in EmployeeProfile.objects.select_for_update()
        .select_related("user")
        .filter(employee_number__in=numbers)
    }
    created, changed = [], {}
    for row, change in zip(rows, plan, strict=True):
        if change.action == roster.PlannedChange.CREATED:
            account = None
            if row.links_account:
                account = User.objects.get(username__iexact=row.resolved_username())
            profile = _create(
                employee_number=row.employee_number,
                first_name=row.first_name,
                last_name=row.last_name,
                email=row.email,
                username=row.resolved_username(),
                department=departments[row.department_id],
                job_role=job_roles.get(row.job_role_id),
                hire_date=row.hire_date,
                preferred_language=row.language or None,
                active=True if row.active is None else row.active,
                user=account,
            )
            profiles[row.employee_number] = profile
            created.append(profile)
        elif change.action == roster.PlannedChange.UPDATED:
            values = {
                "username": row.username,
                "first_name": row.first_name,
                "last_name": row.last_name,
                "email": row.email,
                "department": departments[row.department_id],
                "job_role": job_roles.get(row.job_role_id),
                "hire_date": row.hire_date,
                "preferred_language": row.language,
                "active": row.active,
            }
            profile = profiles[row.employee_number]
            fields = {f: values[f] for f in change.changed_fields if f != "line_manager"}
            changed[profile.pk] = (profile, set(_update(profile, fields)))
    # Second pass: managers may be people created above, in any row.
    for row, change in zip(rows, plan, strict=True):
        if "line_manager" not in row.columns:
            continue
        if change.action == roster.PlannedChange.UPDATED and "line_manager" not in (
            change.changed_fields
        ):
            continue
        if change.action == roster.PlannedChange.UNCHANGED:
            continue
        profile = profiles[row.employee_number]
        manager = None
        if row.line_manager:
            manager = profiles.get(row.line_manager) or EmployeeProfile.objects.select_related(
                "user"
            ).get(employee_number=row.line_manager)
            manager = manager.user
        if change.action == roster.PlannedChange.CREATED:
            if manager is not None:
                profile.line_manager = manager
                profile.save(update_fields=["line_manager", "updated_at"])
        else:
            changed[profile.pk][1].update(_update(profile, {"line_manager": manager}))
    for profile in created:
        announce_created(profile)
    for profile, fields in changed.values():
        announce_changed(profile, fields)
    return created


def _invite_after_commit(created, report):
    """Invite the new people who may be invited, once the import's transaction has committed."""
    invitable = [p.user_id for p in created if invitations.may_be_invited(p.user)]
    report.invited = len(invitable)
    report.not_invitable = sum(1 for p in created if p.user.is_active and not p.user.email)
    if invitable:
        transaction.on_commit(partial(invitations.send_invitations, invitable))


def import_roster(raw, *, dry_run=True, invite=False):
    """Validate every row of ``raw`` (a ``roster.RawRoster``); unless it is a dry run and if no
    row is wrong, create and update the people in one transaction. Returns a ``RosterReport``.

    New accounts get an unusable password. With ``invite``, each new person with an e-mail gets
    an invitation mail (a link to set their password) after the transaction commits; otherwise
    HR invites them later from the staff directory, or they use "forgot password?"."""
    report = RosterReport(dry_run=dry_run)
    if raw.errors:
        report.errors = list(raw.errors)
        return report
    try:
        with transaction.atomic():
            directory = load_directory(raw)
            validation = roster.validate_roster(raw, directory)
            if validation.errors:
                report.errors = validation.errors
                return report
            report.changes = roster.plan_roster(validation.rows, directory)
            if not dry_run:
                created = _write_roster(validation.rows, report.changes)
                if invite:
                    _invite_after_commit(created, report)
    except IntegrityError:
        report.changes = []
        report.invited = report.not_invitable = 0
        report.errors = [
            roster.RowError(
                None,
                "",
                _(
                    "Someone changed the staff directory at the same time. Nothing was imported; "
                    "try again."
                ),
            )
        ]
    return report
