"""Who must learn which standard, by when, and why.

An ``AssignmentRule`` says "this course, for all staff / a department / a job role, due N days
after hire (or after it reaches the person)". An ``Assignment`` is one reason why one person must
learn one course: a rule, or a manual assignment by HR or a line manager. A person may have
several reasons for the same course (a department rule and a job-role rule, or a rule and a
manual assignment); the course is required while at least one of them is active, and due on the
earliest of their due dates. Ending a reason never deletes it (``ended_at``, ``ended_by``): the
history of who required what, and when that stopped, is kept.

``lms.certification.CourseStatus`` stays the single table the dashboard and the board read; the
services here keep its ``required`` flag and due date in step through
``lms.certification.services.assign`` / ``unassign``.
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Exists, OuterRef, Q
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail.admin.panels import FieldPanel, FieldRowPanel

ASSIGN_TEAM_PERMISSION = "assignments.assign_team"
ASSIGN_ANYONE_PERMISSION = "assignments.assign_anyone"


def original_courses():
    """Only original course pages (the first of their translations) can be assigned."""
    from courses.models import CoursePage

    earlier = CoursePage.objects.filter(
        translation_key=OuterRef("translation_key"), pk__lt=OuterRef("pk")
    )
    return Q(~Exists(earlier))


class Scope(models.TextChoices):
    ALL = "all", _("All staff")
    DEPARTMENT = "department", _("Department")
    JOB_ROLE = "job_role", _("Job role")


class DueFrom(models.TextChoices):
    HIRE = "hire", _("Hire date")
    ASSIGNMENT = "assignment", _("Assignment date")


class AssignmentRule(models.Model):
    course = models.ForeignKey(
        "courses.CoursePage",
        verbose_name=_("course"),
        on_delete=models.CASCADE,
        related_name="assignment_rules",
        limit_choices_to=original_courses,
    )
    scope = models.CharField(
        _("who"),
        max_length=20,
        choices=Scope,
        default=Scope.ALL,
        help_text=_("All staff, one department, or one job role."),
    )
    department = models.ForeignKey(
        "staff.Department",
        verbose_name=_("department"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="assignment_rules",
        help_text=_("Required when the rule is for a department."),
    )
    job_role = models.ForeignKey(
        "staff.JobRole",
        verbose_name=_("job role"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="assignment_rules",
        help_text=_("Required when the rule is for a job role."),
    )
    due_days = models.PositiveIntegerField(
        _("due in (days)"), default=30, help_text=_("How many days the person has.")
    )
    due_from = models.CharField(
        _("counted from"),
        max_length=20,
        choices=DueFrom,
        default=DueFrom.HIRE,
        help_text=_(
            "Hire date: for onboarding. Someone hired before the rule reached them gets the "
            "full number of days from the day it did."
        ),
    )
    active = models.BooleanField(
        _("active"),
        default=True,
        help_text=_("Untick to stop the rule: the courses it required are no longer required."),
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("created by"),
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    panels = [
        FieldPanel("course"),
        FieldPanel("scope"),
        FieldRowPanel([FieldPanel("department"), FieldPanel("job_role")]),
        FieldRowPanel([FieldPanel("due_days"), FieldPanel("due_from")]),
        FieldPanel("active"),
    ]

    class Meta:
        verbose_name = _("assignment rule")
        verbose_name_plural = _("assignment rules")
        ordering = ["course__title", "scope", "pk"]
        permissions = [
            ("assign_team", _("Can assign courses to their own team")),
            ("assign_anyone", _("Can assign courses to anyone")),
        ]
        constraints = [
            models.CheckConstraint(
                condition=(
                    Q(scope="all", department__isnull=True, job_role__isnull=True)
                    | Q(scope="department", department__isnull=False, job_role__isnull=True)
                    | Q(scope="job_role", department__isnull=True, job_role__isnull=False)
                ),
                name="assignment_rule_scope_target",
            )
        ]

    def __str__(self):
        course = self.course.title if self.course_id else "—"
        return f"{course} · {self.scope_label} · {self.due_label}"

    @property
    def scope_label(self):
        if self.scope == Scope.DEPARTMENT and self.department_id:
            return _("department %(name)s") % {"name": self.department.name}
        if self.scope == Scope.JOB_ROLE and self.job_role_id:
            return _("job role %(name)s") % {"name": self.job_role.name}
        return str(Scope.ALL.label)

    scope_label.fget.short_description = _("who")

    @property
    def due_label(self):
        if self.due_from == DueFrom.ASSIGNMENT:
            text = ngettext(
                "due %(days)d day after assignment",
                "due %(days)d days after assignment",
                self.due_days,
            )
        else:
            text = ngettext(
                "due %(days)d day after hire", "due %(days)d days after hire", self.due_days
            )
        return text % {"days": self.due_days}

    due_label.fget.short_description = _("due")

    def clean(self):
        needs = {
            Scope.ALL: (),
            Scope.DEPARTMENT: ("department",),
            Scope.JOB_ROLE: ("job_role",),
        }.get(self.scope, ())
        messages = {
            "department": _("Choose the department this rule is for."),
            "job_role": _("Choose the job role this rule is for."),
        }
        errors = {}
        for name in ("department", "job_role"):
            given = getattr(self, f"{name}_id") is not None
            if name in needs and not given:
                errors[name] = messages[name]
            elif name not in needs and given:
                errors[name] = _("Leave this empty for the scope chosen.")
        if errors:
            raise ValidationError(errors)
        if self.course_id:
            from courses.services import original

            first = original(self.course)
            if first is not None and first.pk != self.course_id:
                self.course = first


class Source(models.TextChoices):
    RULE = "rule", _("Assignment rule")
    MANUAL = "manual", _("Assigned manually")


class Assignment(models.Model):
    """One reason why one person must learn one course. Ended, never deleted."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("person"),
        on_delete=models.CASCADE,
        related_name="assignments",
    )
    course = models.ForeignKey(
        "courses.CoursePage",
        verbose_name=_("course"),
        on_delete=models.CASCADE,
        related_name="assignments",
    )
    source = models.CharField(_("source"), max_length=10, choices=Source)
    rule = models.ForeignKey(
        AssignmentRule,
        verbose_name=_("rule"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="assignments",
    )
    # What the rule said when it assigned (kept readable after the rule is deleted).
    note = models.CharField(_("note"), max_length=300, blank=True)
    due_date = models.DateField(_("due date"), null=True, blank=True)
    assigned_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("assigned by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    assigned_at = models.DateTimeField(_("assigned at"))
    ended_at = models.DateTimeField(_("ended at"), null=True, blank=True)
    ended_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("ended by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    end_reason = models.CharField(_("why it ended"), max_length=300, blank=True)

    class Meta:
        verbose_name = _("assignment")
        verbose_name_plural = _("assignments")
        ordering = ["-assigned_at", "-pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["user", "course", "rule"],
                condition=Q(ended_at__isnull=True, source="rule"),
                name="one_active_assignment_per_rule",
            ),
            models.UniqueConstraint(
                fields=["user", "course"],
                condition=Q(ended_at__isnull=True, source="manual"),
                name="one_active_manual_assignment",
            ),
        ]
        indexes = [
            models.Index(fields=["user", "course"], name="assignment_user_course"),
            models.Index(fields=["rule", "ended_at"], name="assignment_rule_ended"),
        ]

    def __str__(self):
        return f"{self.user} · {self.course} · {self.get_source_display()}"

    @property
    def active(self):
        return self.ended_at is None
