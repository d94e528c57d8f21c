"""Certification records: one status row per person × course, certificates, and their history.

``CourseStatus`` is the single table the dashboard, HR board, exports and reminders read. It is
written by the services when something happens (a lesson, a quiz, a role-play, a publication, a
revocation) and by the daily job for moves that time makes (expiring, expired, overdue); nothing
recomputes it from attempts on a request.
"""

import secrets

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.db import models
from django.utils import formats, timezone
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting


class State(models.TextChoices):
    NOT_ASSIGNED = "not_assigned", _("Not assigned")
    ASSIGNED = "assigned", _("Assigned")
    IN_PROGRESS = "in_progress", _("In progress")
    CERTIFIED = "certified", _("Certified")
    EXPIRING = "expiring", _("Expiring")
    EXPIRED = "expired", _("Expired")
    RECERT_REQUIRED = "recert_required", _("Recertification required")
    REVOKED = "revoked", _("Revoked")


# A certificate counts in these states (expiring: renewal is open, but it is still valid).
HOLDING = (State.CERTIFIED, State.EXPIRING)


class CourseStatus(models.Model):
    """Where one person stands on one standard. One row per person and course."""

    # Not content: Wagtail's reference index would only slow every write down.
    wagtail_reference_index_ignore = True

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("person"),
        on_delete=models.CASCADE,
        related_name="course_statuses",
    )
    course = models.ForeignKey(
        "courses.CoursePage",
        verbose_name=_("course"),
        on_delete=models.CASCADE,
        related_name="statuses",
    )
    state = models.CharField(
        _("status"), max_length=20, choices=State, default=State.NOT_ASSIGNED, db_index=True
    )
    required = models.BooleanField(
        _("required"), default=False, help_text=_("Assigned to the person, not only chosen.")
    )
    due_date = models.DateField(_("due date"), null=True, blank=True)
    overdue = models.BooleanField(_("overdue"), default=False)
    assigned_at = models.DateTimeField(_("assigned at"), null=True, blank=True)
    started_at = models.DateTimeField(_("started at"), null=True, blank=True)
    certified_at = models.DateTimeField(_("certified at"), null=True, blank=True)
    expires_on = models.DateField(_("expires on"), null=True, blank=True)
    version = models.PositiveIntegerField(_("certified version"), null=True, blank=True)
    # A cycle is one run towards a certificate: the first, then each renewal or recertification.
    # Evidence for a renewal must be newer than the start of its cycle.
    cycle = models.PositiveIntegerField(_("cycle"), default=1)
    cycle_started_at = models.DateTimeField(_("cycle started at"), default=timezone.now)
    certification = models.ForeignKey(
        "Certification",
        verbose_name=_("current certificate"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    changed_at = models.DateTimeField(_("changed at"), default=timezone.now)

    class Meta:
        verbose_name = _("course status")
        verbose_name_plural = _("course statuses")
        constraints = [
            models.UniqueConstraint(fields=["user", "course"], name="one_status_per_course")
        ]
        indexes = [
            models.Index(fields=["course", "state"]),
            models.Index(fields=["state", "expires_on"]),
            models.Index(fields=["state", "due_date"]),
        ]

    def __str__(self):
        person = self.user.get_full_name() or self.user.get_username()
        return f"{person} · {self.course} · {self.get_state_display()}"

    @property
    def holds_certificate(self):
        return self.state in HOLDING


def new_code():
    """An unguessable certificate code: 80 random bits, grouped for reading aloud."""
    raw = secrets.token_hex(10).upper()
    return "-".join(raw[i : i + 5] for i in range(0, 20, 5))


class Certification(models.Model):
    """A certificate: issued once per person, course and cycle; never deleted, only revoked."""

    # Not content: Wagtail's reference index would only slow every write down.
    wagtail_reference_index_ignore = True

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("person"),
        on_delete=models.PROTECT,
        related_name="certifications",
    )
    course = models.ForeignKey(
        "courses.CoursePage",
        verbose_name=_("course"),
        on_delete=models.PROTECT,
        related_name="certifications",
    )
    cycle = models.PositiveIntegerField(_("cycle"))
    version = models.PositiveIntegerField(_("version of the standard"))
    code = models.CharField(_("certificate code"), max_length=32, unique=True, default=new_code)
    holder_name = models.CharField(_("holder's name"), max_length=300)
    course_title = models.CharField(_("standard"), max_length=255)
    issued_at = models.DateTimeField(_("issued at"), default=timezone.now)
    valid_until = models.DateField(_("valid until"), null=True, blank=True)
    evidence = models.JSONField(_("evidence"), default=dict, blank=True)
    renewal = models.BooleanField(_("renewal"), default=False)
    revoked_at = models.DateTimeField(_("revoked at"), null=True, blank=True)
    revoked_reason = models.TextField(_("reason for revocation"), blank=True)
    pdf = models.FileField(_("PDF"), upload_to="certificates/%Y/", blank=True)

    class Meta:
        verbose_name = _("certificate")
        verbose_name_plural = _("certificates")
        ordering = ["-issued_at"]
        constraints = [
            # Exactly once: however many final submissions race, one certificate per cycle.
            models.UniqueConstraint(
                fields=["user", "course", "cycle"], name="one_certificate_per_cycle"
            )
        ]
        permissions = [("revoke_certification", _("Can revoke and reinstate certificates"))]

    def __str__(self):
        return f"{self.code} · {self.holder_name} · {self.course_title}"


class CertificationEvent(models.Model):
    """One move of a person's status on a course. Append-only: never edited, never deleted."""

    # Not content: Wagtail's reference index would only slow every write down.
    wagtail_reference_index_ignore = True

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("person"),
        on_delete=models.CASCADE,
        related_name="certification_events",
    )
    course = models.ForeignKey(
        "courses.CoursePage",
        verbose_name=_("course"),
        on_delete=models.CASCADE,
        related_name="certification_events",
    )
    at = models.DateTimeField(_("when"), default=timezone.now, db_index=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Empty when the system made the move (a rule or the daily job)."),
    )
    from_state = models.CharField(_("from"), max_length=20, choices=State)
    to_state = models.CharField(_("to"), max_length=20, choices=State)
    reason = models.TextField(_("why"), blank=True)
    certification = models.ForeignKey(
        Certification,
        verbose_name=_("certificate"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="events",
    )

    class Meta:
        verbose_name = _("certification event")
        verbose_name_plural = _("certification events")
        ordering = ["-at", "-pk"]

    def __str__(self):
        person = self.user.get_full_name() or self.user.get_username()
        moment = formats.date_format(timezone.localtime(self.at), "SHORT_DATE_FORMAT")
        before = self.get_from_state_display() or "—"
        return f"{moment} {person}: {before} → {self.get_to_state_display()}"

    def save(self, *args, **kwargs):
        if self.pk is not None:
            raise PermissionDenied("Certification events are append-only.")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise PermissionDenied("Certification events are append-only.")


class AssessmentPass(models.Model):
    """That a person passed a quiz or a role-play, and when last: the evidence certification reads.

    Kept here because a quiz that keeps no attempts deletes its sitting on completion; the
    signal carries the result and this row keeps it.
    """

    class Kind(models.TextChoices):
        QUIZ = "quiz", _("Quiz")
        SCENARIO = "scenario", _("Role-play")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="assessment_passes"
    )
    kind = models.CharField(max_length=10, choices=Kind)
    # A quiz's pk, or a role-play's translation key (a pass in any language counts).
    ref = models.CharField(max_length=64)
    title = models.CharField(max_length=255)
    best_percent = models.PositiveSmallIntegerField(default=0)
    last_passed_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("passed assessment")
        verbose_name_plural = _("passed assessments")
        constraints = [
            models.UniqueConstraint(fields=["user", "kind", "ref"], name="one_pass_row_per_item")
        ]

    def __str__(self):
        return f"{self.user} ✓ {self.title}"


class StandardVersion(models.Model):
    """A material change of a standard: its new version number and what changed."""

    course = models.ForeignKey(
        "courses.CoursePage",
        verbose_name=_("course"),
        on_delete=models.CASCADE,
        related_name="versions",
    )
    number = models.PositiveIntegerField(_("version"))
    summary = models.TextField(_("what changed"))
    changed_lessons = models.JSONField(_("changed lessons"), default=list, blank=True)
    published_at = models.DateTimeField(_("published at"), default=timezone.now)
    published_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("published by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    revision_id = models.PositiveBigIntegerField(null=True, blank=True, unique=True)

    class Meta:
        verbose_name = _("version of a standard")
        verbose_name_plural = _("versions of standards")
        ordering = ["-number"]
        constraints = [
            models.UniqueConstraint(fields=["course", "number"], name="one_row_per_version")
        ]

    def __str__(self):
        return f"{self.course} v{self.number}"


class Reminder(models.Model):
    """A reminder e-mail that went out. Its key makes every reminder go out once."""

    class Kind(models.TextChoices):
        DUE_SOON = "due_soon", _("Due within 7 days")
        OVERDUE = "overdue", _("Overdue")
        EXPIRES_30 = "expires_30", _("Expires within 30 days")
        EXPIRES_7 = "expires_7", _("Expires within 7 days")
        RECERT = "recert", _("Recertification required")

    status = models.ForeignKey(CourseStatus, on_delete=models.CASCADE, related_name="reminders")
    kind = models.CharField(max_length=12, choices=Kind)
    # What the reminder was about (a due date, an expiry date, a cycle): a new date is news.
    about = models.CharField(max_length=40)
    sent_at = models.DateTimeField(default=timezone.now)
    recipients = models.TextField(blank=True)

    class Meta:
        verbose_name = _("reminder")
        verbose_name_plural = _("reminders")
        constraints = [
            models.UniqueConstraint(fields=["status", "kind", "about"], name="each_reminder_once")
        ]

    def __str__(self):
        return f"{self.get_kind_display()} · {self.about}"


@register_setting(icon="site")
class CompanySettings(BaseSiteSetting):
    """The company named on certificates (and its logo)."""

    company_name = models.CharField(_("company name"), max_length=200, blank=True)
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    signatory = models.CharField(
        _("signed by"),
        max_length=200,
        blank=True,
        help_text=_("Name and position printed under the signature line, e.g. 'Head of HR'."),
    )

    class Meta:
        verbose_name = _("company")
