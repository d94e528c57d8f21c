"""The staff directory: who works where, in which job, under whom, since when.

Departments and job roles map onto the catalogue's audiences (``courses.Audience``), so the
standards meant for "warehouse" reach the warehouse. A person is never deleted to leave:
``services.deactivate`` keeps the profile and every training row (history).
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel

IMPORT_ROSTER_PERMISSION = "staff.import_roster"
INVITE_PERMISSION = "staff.invite_employee"


class Department(models.Model):
    name = models.CharField(_("name"), max_length=120)
    code = models.SlugField(
        _("code"),
        max_length=60,
        unique=True,
        help_text=_("A short unique code used in roster files, e.g. sales-floor."),
    )
    audience = models.ForeignKey(
        "courses.Audience",
        verbose_name=_("audience"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The catalogue audience whose standards this department must learn."),
    )

    panels = [FieldPanel("name"), FieldPanel("code"), FieldPanel("audience")]

    class Meta:
        verbose_name = _("department")
        verbose_name_plural = _("departments")
        ordering = ["name"]

    def __str__(self):
        return self.name


class JobRole(models.Model):
    name = models.CharField(_("name"), max_length=120)
    code = models.SlugField(
        _("code"),
        max_length=60,
        unique=True,
        help_text=_("A short unique code used in roster files, e.g. cashier."),
    )
    department = models.ForeignKey(
        Department,
        verbose_name=_("department"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="job_roles",
        help_text=_("Leave empty for a job found in several departments."),
    )
    audience = models.ForeignKey(
        "courses.Audience",
        verbose_name=_("audience"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The catalogue audience whose standards this job role must learn."),
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("code"),
        FieldPanel("department"),
        FieldPanel("audience"),
    ]

    class Meta:
        verbose_name = _("job role")
        verbose_name_plural = _("job roles")
        ordering = ["name"]

    def __str__(self):
        return self.name


class EmployeeProfile(models.Model):
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("account"),
        on_delete=models.CASCADE,
        related_name="profile",
    )
    employee_number = models.CharField(
        _("employee number"),
        max_length=40,
        unique=True,
        help_text=_("The number HR uses for this person; the roster import matches people by it."),
    )
    department = models.ForeignKey(
        Department,
        verbose_name=_("department"),
        on_delete=models.PROTECT,
        related_name="employees",
    )
    job_role = models.ForeignKey(
        JobRole,
        verbose_name=_("job role"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="employees",
    )
    line_manager = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("line manager"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="reports",
    )
    hire_date = models.DateField(_("hire date"))
    preferred_language = models.CharField(
        _("preferred language"),
        max_length=10,
        choices=settings.LANGUAGES,
        default=settings.LANGUAGE_CODE,
        help_text=_("Certificates, e-mails and exports for this person are in this language."),
    )
    active = models.BooleanField(
        _("active"),
        default=True,
        help_text=_("Untick when the person leaves: their account is disabled, history is kept."),
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    panels = [
        FieldPanel("user"),
        FieldPanel("employee_number"),
        FieldPanel("department"),
        FieldPanel("job_role"),
        FieldPanel("line_manager"),
        FieldPanel("hire_date"),
        FieldPanel("preferred_language"),
        FieldPanel("active"),
    ]

    class Meta:
        verbose_name = _("employee")
        verbose_name_plural = _("employees")
        ordering = ["user__last_name", "user__first_name", "employee_number"]
        permissions = [
            ("import_roster", _("Can import the staff roster")),
            ("invite_employee", _("Can send the invitation to set a password")),
        ]

    def __str__(self):
        name = self.user.get_full_name() or self.user.get_username()
        return f"{name} ({self.employee_number})"
