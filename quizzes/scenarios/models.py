"""Role-play scenarios and the attempts people make at them.

``Scenario`` is a snippet with drafts, revisions, locking, preview and translations, so trainers
author it like a page: save drafts of a half-built dialogue, preview it, publish when the graph
is sound. Publishing refuses a broken graph (see ``Scenario.clean`` and ``Scenario.publish``).

``ScenarioAttempt`` is one play by one person; ``PathEntry`` one choice in it. The attempt keeps
a snapshot of the graph it was started on, so a trainer who republishes a scenario never breaks
(or re-scores) a play in progress, and the ideal path shown at the end is the one the person
actually faced.
"""

from django.conf import settings
from django.contrib.contenttypes.fields import GenericRelation
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, TabbedInterface
from wagtail.admin.panels import ObjectList as Tab
from wagtail.fields import StreamField
from wagtail.models import (
    DraftStateMixin,
    LockableMixin,
    PreviewableMixin,
    RevisionMixin,
    TranslatableMixin,
)
from wagtail.search import index

from . import engine
from .blocks import step_blocks, unique_reply_ids
from .forms import SLUG_TAKEN, GraphCheckPanel, ScenarioAdminForm


class SituationType(models.TextChoices):
    TYPICAL = "typical", _("Typical")
    COMPLEX = "complex", _("Complex")
    CONFLICT = "conflict", _("Conflict")


class Channel(models.TextChoices):
    IN_PERSON = "in_person", _("In person")
    PHONE = "phone", _("Phone")
    CHAT = "chat", _("E-mail or chat")


class Result(models.TextChoices):
    GOOD = "good", _("Good")
    NEUTRAL = "neutral", _("Neutral")
    BAD = "bad", _("Bad")


def graph_from_stream(steps, pass_score=0):
    """The engine's view of an authored StreamField of steps and endings."""
    found = []
    for block in steps:
        value = block.value
        if block.block_type == "ending":
            found.append(
                engine.Step(
                    key=value.get("key") or "",
                    text=value.get("text") or "",
                    ending=True,
                    result=value.get("result") or "",
                    image_id=_image_id(value.get("image")),
                )
            )
            continue
        choices = []
        for child in value["choices"].bound_blocks:
            reply = child.value
            choices.append(
                engine.Choice(
                    id=str(child.id),
                    reply=reply.get("reply") or "",
                    next=reply.get("next") or "",
                    feedback=reply.get("feedback") or "",
                    points=int(reply.get("points") or 0),
                    criterion=reply.get("criterion") or "",
                )
            )
        found.append(
            engine.Step(
                key=value.get("key") or "",
                text=value.get("text") or "",
                narration=value.get("speaker") == "narration",
                choices=tuple(choices),
                image_id=_image_id(value.get("image")),
            )
        )
    return engine.Graph(steps=tuple(found), pass_score=int(pass_score or 0))


def _image_id(image):
    return getattr(image, "pk", image) if image else None


class Scenario(
    TranslatableMixin,
    DraftStateMixin,
    LockableMixin,
    RevisionMixin,
    PreviewableMixin,
    index.Indexed,
    models.Model,
):
    """A branching customer dialogue that an employee plays to practise a standard.

    The situations come from the standards themselves: typical, complex and conflict ones, in
    person, on the phone or in writing. Each reply is scored and tied to a criterion of the
    standard, so analytics can show where service "gets stuck".
    """

    title = models.CharField(_("title"), max_length=200)
    slug = models.SlugField(
        _("address"),
        max_length=80,
        allow_unicode=False,
        help_text=_("The role-play's own page is /roleplays/<address>/. Same in every language."),
    )
    situation_type = models.CharField(
        _("type of situation"),
        max_length=10,
        choices=SituationType,
        default=SituationType.TYPICAL,
    )
    channel = models.CharField(
        _("channel"), max_length=10, choices=Channel, default=Channel.IN_PERSON
    )
    briefing = models.TextField(
        _("briefing"),
        help_text=_("What the employee knows before the customer speaks: where, who, what for."),
    )
    persona_name = models.CharField(
        _("customer's name"), max_length=100, help_text=_("e.g. Irina, a regular customer")
    )
    persona_mood = models.CharField(
        _("customer's mood"), max_length=100, blank=True, help_text=_("e.g. in a hurry, upset")
    )
    persona_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("customer's picture"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    pass_score = models.IntegerField(
        _("pass score"),
        default=0,
        help_text=_("Points needed to pass. Publishing checks that the best path reaches it."),
    )
    standard = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("standard"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The course (standard) this role-play trains; its checklist has the criteria."),
    )
    steps = StreamField(
        step_blocks(),
        verbose_name=_("steps"),
        blank=True,
        help_text=_(
            "The first step is where the dialogue starts. Each reply names the key of the step "
            "that follows; endings close the dialogue. Drafts may be incomplete; publishing "
            "checks the whole graph."
        ),
    )

    _revisions = GenericRelation("wagtailcore.Revision", related_query_name="scenario")

    search_fields = [
        index.SearchField("title"),
        index.SearchField("briefing"),
        index.AutocompleteField("title"),
        index.FilterField("locale_id"),
        index.FilterField("live"),
    ]

    # The whole edit form as tabs (``edit_handler``, not a TabbedInterface inside ``panels``: a
    # tab set nested in the default object list gave the editor no tab targets and logged "Tabs
    # must be supplied with at least one panel target").
    edit_handler = TabbedInterface(
        [
            Tab(
                [
                    FieldPanel("title"),
                    FieldPanel("slug"),
                    FieldRowPanel([FieldPanel("situation_type"), FieldPanel("channel")]),
                    FieldPanel("briefing"),
                    MultiFieldPanel(
                        [
                            FieldPanel("persona_name"),
                            FieldPanel("persona_mood"),
                            FieldPanel("persona_image"),
                        ],
                        heading=_("Customer"),
                    ),
                    FieldRowPanel([FieldPanel("pass_score"), FieldPanel("standard")]),
                ],
                heading=_("Situation"),
            ),
            Tab(
                [GraphCheckPanel(heading=_("Check")), FieldPanel("steps")],
                heading=_("Dialogue"),
            ),
        ]
    )

    base_form_class = ScenarioAdminForm
    preview_modes = [("", _("Play")), ("map", _("Map of all steps"))]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("role-play")
        verbose_name_plural = _("role-plays")
        ordering = ["title"]
        constraints = [
            models.UniqueConstraint(fields=["slug", "locale"], name="scenario_slug_per_locale")
        ]

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        unique_reply_ids(self.steps)
        return super().save(*args, **kwargs)

    def get_absolute_url(self):
        with translation.override(self.locale.language_code):
            return reverse("scenarios:detail", args=[self.slug])

    @property
    def revisions(self):
        return self._revisions

    def slug_taken(self, slug=None):
        """Whether another role-play in this one's language has the address."""
        if not self.locale_id:
            return False
        return (
            Scenario.objects.filter(slug=slug or self.slug, locale_id=self.locale_id)
            .exclude(pk=self.pk)
            .exists()
        )

    def save_revision(self, *args, **kwargs):
        unique_reply_ids(self.steps)
        return super().save_revision(*args, **kwargs)

    # Graph -------------------------------------------------------------------------------------

    def graph(self):
        return graph_from_stream(self.steps, self.pass_score)

    def problems(self):
        return engine.validate(self.graph())

    def clean(self):
        super().clean()
        # A draft may be incomplete; the admin form sets this flag when saving a draft.
        if getattr(self, "_defer_graph_validation", False):
            return
        problems = self.problems()
        if problems:
            raise ValidationError([p.message for p in problems])

    def publish(self, revision, *args, **kwargs):
        """Refuse to publish a broken graph, however publishing is asked for (form, workflow,
        scheduled publishing, a revision's "publish" button)."""
        candidate = revision.as_object()
        problems = candidate.problems()
        if problems:
            raise ValidationError([p.message for p in problems])
        if candidate.slug_taken():
            # A draft saved before another role-play took the address: refuse, do not crash.
            raise ValidationError({"slug": SLUG_TAKEN})
        return super().publish(revision, *args, **kwargs)

    # Pages -------------------------------------------------------------------------------------

    def get_preview_template(self, request, mode_name):
        return "scenarios/scenario_preview.html"

    def get_preview_context(self, request, mode_name):
        context = super().get_preview_context(request, mode_name)
        graph = self.graph()
        problems = engine.validate(graph)
        context.update(
            {
                "scenario": self,
                "graph": graph,
                "problems": problems,
                "ideal": None if problems else engine.best_path(graph),
                "map_mode": mode_name == "map",
            }
        )
        return context


class AttemptStatus(models.TextChoices):
    IN_PROGRESS = "in_progress", _("In progress")
    FINISHED = "finished", _("Finished")
    ABANDONED = "abandoned", _("Abandoned")


class ScenarioAttempt(models.Model):
    """One play of a scenario by one person. At most one is in progress per person and scenario.

    The server decides everything: ``current_step`` is the only step a choice is accepted for,
    and the score is the sum of the points of the recorded path.
    """

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("person"),
        on_delete=models.CASCADE,
        related_name="scenario_attempts",
    )
    scenario = models.ForeignKey(
        Scenario, verbose_name=_("role-play"), on_delete=models.CASCADE, related_name="attempts"
    )
    status = models.CharField(
        _("status"), max_length=12, choices=AttemptStatus, default=AttemptStatus.IN_PROGRESS
    )
    graph = models.JSONField(_("scenario as played"), default=dict, editable=False)
    current_step = models.CharField(_("current step"), max_length=60, blank=True)
    score = models.IntegerField(_("score"), default=0)
    max_score = models.IntegerField(_("best possible score"), default=0)
    pass_score = models.IntegerField(_("pass score"), default=0)
    passed = models.BooleanField(_("passed"), null=True)
    ending_key = models.CharField(_("ending"), max_length=60, blank=True)
    result = models.CharField(_("result"), max_length=10, choices=Result, blank=True)
    started_at = models.DateTimeField(_("started at"), default=timezone.now)
    finished_at = models.DateTimeField(_("finished at"), null=True, blank=True)

    class Meta:
        verbose_name = _("role-play attempt")
        verbose_name_plural = _("role-play attempts")
        ordering = ["-started_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["user", "scenario"],
                condition=Q(status="in_progress"),
                name="one_open_scenario_attempt",
            )
        ]
        indexes = [models.Index(fields=["scenario", "status"])]

    def __str__(self):
        return f"{self.user} · {self.scenario}"

    def get_absolute_url(self):
        return reverse("scenarios:attempt", args=[self.pk])

    @property
    def is_open(self):
        return self.status == AttemptStatus.IN_PROGRESS

    def get_graph(self):
        if not hasattr(self, "_graph"):
            self._graph = engine.Graph.from_dict(self.graph)
        return self._graph


class PathEntry(models.Model):
    """One choice made in an attempt: at which step, which reply, what it earned, and when.

    The reply text and points are copied so the record reads the same after the scenario is
    edited. One entry per step and attempt: a replayed POST cannot add a second.
    """

    attempt = models.ForeignKey(
        ScenarioAttempt, verbose_name=_("attempt"), on_delete=models.CASCADE, related_name="path"
    )
    position = models.PositiveSmallIntegerField(_("position"))
    step_key = models.CharField(_("step"), max_length=60)
    choice_id = models.CharField(_("choice"), max_length=64)
    reply = models.TextField(_("reply"))
    points = models.IntegerField(_("points"))
    criterion = models.CharField(_("criterion"), max_length=60, blank=True)
    chosen_at = models.DateTimeField(_("chosen at"), default=timezone.now)

    class Meta:
        verbose_name = _("path entry")
        verbose_name_plural = _("path entries")
        ordering = ["attempt", "position"]
        constraints = [
            models.UniqueConstraint(fields=["attempt", "step_key"], name="path_step_once"),
            models.UniqueConstraint(fields=["attempt", "position"], name="path_position_once"),
        ]
        indexes = [models.Index(fields=["step_key", "choice_id"])]

    def __str__(self):
        return f"{self.step_key}: {self.reply[:40]}"
