"""Observations of a person at work against a standard's criteria, and the motivation setting.

An observation ("mystery shopper", or the manager's check in practice) is evidence for the
training record: it keeps a snapshot of each criterion's wording, so it reads the same after the
standard is reworded. The criterion's stable code ties results to the standard's checklist and to
the role-plays' choices for analytics.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting


class Channel(models.TextChoices):
    IN_PERSON = "in_person", _("In person")
    PHONE = "phone", _("Phone")
    WRITTEN = "written", _("In writing (e-mail, chat, letter)")
    OTHER = "other", _("Other")


class Result(models.TextChoices):
    MET = "met", _("Met")
    NOT_MET = "not_met", _("Not met")
    NOT_APPLICABLE = "na", _("Not applicable")


class Observation(models.Model):
    # PROTECT: part of a person's training record; people leave by deactivation, not deletion.
    person = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("person observed"),
        on_delete=models.PROTECT,
        related_name="observations",
    )
    course = models.ForeignKey(
        "courses.CoursePage",
        verbose_name=_("standard"),
        on_delete=models.PROTECT,
        related_name="observations",
    )
    observer = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("observer"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="observations_made",
    )
    observed_on = models.DateField(_("observed on"), db_index=True)
    channel = models.CharField(_("channel"), max_length=12, choices=Channel)
    comment = models.TextField(_("overall comment"), blank=True, max_length=4000)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    class Meta:
        verbose_name = _("observation")
        verbose_name_plural = _("observations")
        ordering = ["-observed_on", "-pk"]
        indexes = [models.Index(fields=["person", "-observed_on"])]

    def __str__(self):
        return f"{self.person} · {self.course} · {self.observed_on}"


class ObservationResult(models.Model):
    observation = models.ForeignKey(
        Observation,
        verbose_name=_("observation"),
        on_delete=models.CASCADE,
        related_name="results",
    )
    criterion_code = models.CharField(_("criterion identifier"), max_length=60)
    criterion_text = models.CharField(_("criterion"), max_length=400)
    result = models.CharField(_("result"), max_length=8, choices=Result)
    comment = models.TextField(_("comment"), blank=True, max_length=2000)

    class Meta:
        verbose_name = _("observation result")
        verbose_name_plural = _("observation results")
        ordering = ["observation", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["observation", "criterion_code"], name="one_result_per_criterion"
            )
        ]
        indexes = [models.Index(fields=["criterion_code", "result"])]

    def __str__(self):
        return f"{self.criterion_code}: {self.get_result_display()}"


@register_setting(icon="pick")
class MotivationSettings(BaseSiteSetting):
    show_leaderboard = models.BooleanField(
        _("show the department leaderboard"),
        default=True,
        help_text=_(
            "Departments ranked by completion rate on every employee's dashboard. Untick to "
            "hide it, e.g. while a department is catching up after a reorganisation."
        ),
    )

    class Meta:
        verbose_name = _("motivation")
