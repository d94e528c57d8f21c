"""Service standards as Wagtail pages, and the records of who learns them.

``CourseIndexPage`` is the catalogue, ``CoursePage`` one standard, ``LessonPage`` its ordered
parts. ``Enrollment`` and ``LessonCompletion`` record learning. Progress is kept against the
*original* page of a course or lesson (the first of its translations), so a person who reads the
German translation progresses on the same course as one who reads the Russian original.
"""

from django import forms
from django.conf import settings
from django.contrib.auth.views import redirect_to_login
from django.db import models
from django.http import HttpResponseNotAllowed
from django.shortcuts import redirect
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, MultiFieldPanel, ObjectList, TabbedInterface
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page, TranslatableMixin
from wagtail.search import index
from wagtail.snippets.models import register_snippet

from theme.slugs import LatinSlugMixin

from .blocks import lesson_blocks


class Audience(TranslatableMixin, models.Model):
    """Who a standard is for: a department or job role that meets customers.

    Not only front-line staff: accountants, secretaries, warehouse staff and installers meet
    customers too. The staff directory maps departments and job roles onto audiences.
    """

    name = models.CharField(_("name"), max_length=120)
    slug = models.SlugField(
        _("identifier"),
        max_length=60,
        help_text=_("Used in catalogue links, e.g. ?audience=warehouse. Same in every language."),
    )

    panels = [FieldPanel("name"), FieldPanel("slug")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("audience")
        verbose_name_plural = _("audiences")
        ordering = ["name"]

    def __str__(self):
        return self.name


register_snippet(Audience)


class LoginRequiredPageMixin:
    """Standards are internal documents: only signed-in staff read them (previews excepted)."""

    def serve(self, request, *args, **kwargs):
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        return super().serve(request, *args, **kwargs)


class CourseIndexPage(LatinSlugMixin, Page):
    """The catalogue of standards for one language; the site's home page."""

    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["courses.CoursePage"]
    template = "courses/course_index_page.html"

    class Meta:
        verbose_name = _("course catalogue")
        verbose_name_plural = _("course catalogues")

    def get_context(self, request, *args, **kwargs):
        from .selectors import catalogue

        context = super().get_context(request, *args, **kwargs)
        context.update(catalogue(self, request.user, request.GET.get("audience", "")))
        return context


class CoursePage(LatinSlugMixin, LoginRequiredPageMixin, RoutablePageMixin, Page):
    """One service standard, taught as a course of lessons."""

    summary = models.TextField(
        _("summary"),
        max_length=600,
        help_text=_("Two or three sentences: what this standard changes for the customer."),
    )
    cover_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("cover image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    audiences = ParentalManyToManyField(
        Audience,
        verbose_name=_("audience"),
        blank=True,
        help_text=_("Departments and job roles this standard is for. Leave empty for everyone."),
    )
    estimated_minutes = models.PositiveSmallIntegerField(
        _("estimated minutes"),
        default=30,
        help_text=_("How long an employee needs for all lessons, practice included."),
    )
    self_enrol = models.BooleanField(
        _("open for self-enrolment"),
        default=True,
        help_text=_("Anyone may start this course. Untick for courses that are only assigned."),
    )
    takes_effect_on = models.DateField(
        _("takes effect on"),
        null=True,
        blank=True,
        help_text=_(
            "When the standard becomes binding. Staff are usually told one or two months "
            "ahead: publish (or schedule publishing) early and set this date."
        ),
    )
    body = StreamField(
        lesson_blocks(),
        verbose_name=_("overview"),
        blank=True,
        help_text=_("Optional overview shown above the list of lessons."),
    )

    # Certification policy: the data of the standard's rules. The management layer (lms) reads it
    # and decides; the original page of a course (the first of its translations) is authoritative.
    cert_all_lessons = models.BooleanField(
        _("all lessons completed"),
        default=True,
        help_text=_("Every lesson of the course must be marked complete."),
    )
    cert_quizzes = ParentalManyToManyField(
        "quizzes.Quiz",
        verbose_name=_("quizzes to pass"),
        blank=True,
        # Originals only: a pass of a language version counts for its original.
        limit_choices_to={"version_of__isnull": True},
        related_name="certifying_courses",
        help_text=_("Each must be passed at its own pass mark."),
    )
    cert_scenarios = ParentalManyToManyField(
        "scenarios.Scenario",
        verbose_name=_("role-plays to pass"),
        blank=True,
        related_name="certifying_courses",
        help_text=_("Each must be passed (in any language), e.g. at least one conflict situation."),
    )
    validity_months = models.PositiveSmallIntegerField(
        _("valid for (months)"),
        null=True,
        blank=True,
        help_text=_("Leave empty for a certificate that does not expire."),
    )
    renewal_window_days = models.PositiveSmallIntegerField(
        _("renewal opens (days before expiry)"),
        default=30,
        help_text=_("From then on the certificate is 'expiring' and the person may renew it."),
    )
    grace_days = models.PositiveSmallIntegerField(
        _("grace period (days)"),
        default=0,
        help_text=_("Days after the expiry date during which the certificate still counts."),
    )
    recert_quizzes = ParentalManyToManyField(
        "quizzes.Quiz",
        verbose_name=_("quizzes to redo for renewal"),
        blank=True,
        limit_choices_to={"version_of__isnull": True},
        related_name="recertifying_courses",
        help_text=_("Renewal and recertification: only these are taken again."),
    )
    recert_scenarios = ParentalManyToManyField(
        "scenarios.Scenario",
        verbose_name=_("role-plays to redo for renewal"),
        blank=True,
        related_name="recertifying_courses",
    )
    recert_due_days = models.PositiveSmallIntegerField(
        _("days to recertify after a material change"),
        default=30,
    )
    version = models.PositiveIntegerField(
        _("version"),
        default=1,
        editable=False,
        help_text=_("Goes up by one with every material change."),
    )
    material_change = models.BooleanField(
        _("this publication is a material change"),
        default=False,
        help_text=_(
            "Tick when the rules changed: the version goes up and everyone certified on the "
            "earlier version must recertify. Leave unticked for corrections of wording."
        ),
    )
    change_summary = models.TextField(
        _("what changed"),
        blank=True,
        max_length=1000,
        help_text=_("Shown to the people who must recertify. Required with a material change."),
    )

    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("body"),
        index.FilterField("locale_id"),
    ]
    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        MultiFieldPanel(
            [
                FieldPanel("audiences", widget=forms.CheckboxSelectMultiple),
                FieldPanel("estimated_minutes"),
                FieldPanel("self_enrol"),
                FieldPanel("takes_effect_on"),
            ],
            heading=_("Who and when"),
        ),
        FieldPanel("cover_image"),
        FieldPanel("body"),
    ]
    certification_panels = [
        MultiFieldPanel(
            [
                FieldPanel("cert_all_lessons"),
                FieldPanel("cert_quizzes", widget=forms.CheckboxSelectMultiple),
                FieldPanel("cert_scenarios", widget=forms.CheckboxSelectMultiple),
            ],
            heading=_("Requirements"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("validity_months"),
                FieldPanel("renewal_window_days"),
                FieldPanel("grace_days"),
                FieldPanel("recert_quizzes", widget=forms.CheckboxSelectMultiple),
                FieldPanel("recert_scenarios", widget=forms.CheckboxSelectMultiple),
                FieldPanel("recert_due_days"),
            ],
            heading=_("Validity and renewal"),
        ),
        MultiFieldPanel(
            [FieldPanel("material_change"), FieldPanel("change_summary")],
            heading=_("Material change"),
        ),
    ]
    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Content")),
            ObjectList(certification_panels, heading=_("Certification")),
            ObjectList(Page.promote_panels, heading=_("Promote")),
            ObjectList(Page.settings_panels, heading=_("Settings")),
        ]
    )
    parent_page_types = ["courses.CourseIndexPage"]
    subpage_types = ["courses.LessonPage"]
    template = "courses/course_page.html"

    class Meta:
        verbose_name = _("course (standard)")
        verbose_name_plural = _("courses (standards)")

    def clean(self):
        super().clean()
        from django.core.exceptions import ValidationError

        if self.material_change and not self.change_summary.strip():
            raise ValidationError(
                {"change_summary": _("Say in a sentence or two what changed for the staff.")}
            )

    @property
    def in_effect(self):
        return self.takes_effect_on is None or self.takes_effect_on <= timezone.localdate()

    def get_context(self, request, *args, **kwargs):
        from .selectors import course_outline

        context = super().get_context(request, *args, **kwargs)
        context["outline"] = course_outline(self, request.user)
        return context

    @path("enrol/", name="enrol")
    def enrol_view(self, request):
        from .services import EnrolmentClosed, enroll

        if request.method != "POST":
            return HttpResponseNotAllowed(["POST"])
        if not request.user.is_authenticated:
            return redirect_to_login(self.url)
        try:
            enroll(request.user, self)
        except EnrolmentClosed:
            from django.contrib import messages

            messages.error(request, _("This course is assigned by HR; it is not open to enrol."))
        return redirect(self.url)


class LessonPage(LatinSlugMixin, LoginRequiredPageMixin, RoutablePageMixin, Page):
    """One lesson of a standard. Lessons are ordered as the course's children."""

    intro = models.TextField(
        _("introduction"),
        blank=True,
        max_length=600,
        help_text=_("One or two sentences shown under the title and in the course outline."),
    )
    body = StreamField(lesson_blocks(), verbose_name=_("content"))

    search_fields = [
        *Page.search_fields,
        index.SearchField("intro"),
        index.SearchField("body"),
        index.FilterField("locale_id"),
    ]
    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    parent_page_types = ["courses.CoursePage"]
    subpage_types = []
    template = "courses/lesson_page.html"

    class Meta:
        verbose_name = _("lesson")
        verbose_name_plural = _("lessons")

    def get_context(self, request, *args, **kwargs):
        from .selectors import lesson_context

        context = super().get_context(request, *args, **kwargs)
        context.update(lesson_context(self, request.user))
        return context

    @path("complete/", name="complete")
    def complete_view(self, request):
        from django.contrib import messages

        from .services import EnrolmentClosed, complete_lesson

        if request.method != "POST":
            return HttpResponseNotAllowed(["POST"])
        if not request.user.is_authenticated:
            return redirect_to_login(self.url)
        try:
            result = complete_lesson(request.user, self)
        except EnrolmentClosed:
            messages.error(request, _("This course is assigned by HR; it is not open to enrol."))
            return redirect(self.url)
        if result.course_completed:
            messages.success(request, _("All lessons read. Well done!"))
        elif result.next_lesson_url:
            return redirect(result.next_lesson_url)
        return redirect(result.course_url or self.url)


class Enrollment(models.Model):
    """A person's place on a course: how they came to it, by when, and whether they finished."""

    class Source(models.TextChoices):
        SELF = "self", _("Self-enrolled")
        RULE = "rule", _("Assignment rule")
        MANUAL = "manual", _("Assigned manually")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("person"),
        on_delete=models.CASCADE,
        related_name="enrollments",
    )
    course = models.ForeignKey(
        CoursePage, verbose_name=_("course"), on_delete=models.CASCADE, related_name="enrollments"
    )
    enrolled_at = models.DateTimeField(_("enrolled at"), default=timezone.now)
    source = models.CharField(_("how"), max_length=10, choices=Source, default=Source.SELF)
    due_date = models.DateField(_("due date"), null=True, blank=True)
    completed_at = models.DateTimeField(_("completed at"), null=True, blank=True)

    class Meta:
        verbose_name = _("enrolment")
        verbose_name_plural = _("enrolments")
        constraints = [
            models.UniqueConstraint(fields=["user", "course"], name="enrollment_once_per_course")
        ]
        indexes = [models.Index(fields=["course", "completed_at"])]

    def __str__(self):
        return f"{self.user} → {self.course}"


class LessonCompletion(models.Model):
    """That a person finished a lesson. One row at most per person and lesson."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("person"),
        on_delete=models.CASCADE,
        related_name="lesson_completions",
    )
    lesson = models.ForeignKey(
        LessonPage, verbose_name=_("lesson"), on_delete=models.CASCADE, related_name="completions"
    )
    completed_at = models.DateTimeField(_("completed at"), default=timezone.now)

    class Meta:
        verbose_name = _("lesson completion")
        verbose_name_plural = _("lesson completions")
        constraints = [
            models.UniqueConstraint(fields=["user", "lesson"], name="lesson_completed_once")
        ]

    def __str__(self):
        return f"{self.user} ✓ {self.lesson}"
