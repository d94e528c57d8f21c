"""Quizzes with django-quiz-app's data model, on Django 6.1 / Wagtail 8.

django-quiz-app (0.5.1) cannot be installed beside Wagtail 8, so its concepts live on here with
proper relations instead of comma-separated text: ``Category`` (+ ``SubCategory``), ``Question``
(one model, three kinds, instead of multi-table inheritance), ``Quiz`` (an ordered choice of
questions), ``Sitting`` (an attempt) with one ``SittingAnswer`` per answered question, and
``Progress`` per person and category. Rules live in ``grading.py``, changes in ``services.py``.
"""

from datetime import timedelta

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
    TabbedInterface,
)
from wagtail.models import Orderable
from wagtail.search import index


class Category(ClusterableModel):
    """A subject that questions and quizzes belong to; ``Progress`` is kept per category."""

    name = models.CharField(_("name"), max_length=250, unique=True)

    panels = [
        FieldPanel("name"),
        InlinePanel("sub_categories", label=_("Sub-categories")),
    ]

    class Meta:
        verbose_name = _("category")
        verbose_name_plural = _("categories")
        ordering = ["name"]

    def __str__(self):
        return self.name


class SubCategory(Orderable):
    """A finer subject inside a category, to group questions for authors."""

    category = ParentalKey(
        Category,
        verbose_name=_("category"),
        on_delete=models.CASCADE,
        related_name="sub_categories",
    )
    name = models.CharField(_("name"), max_length=250)

    panels = [FieldPanel("name")]

    class Meta(Orderable.Meta):
        verbose_name = _("sub-category")
        verbose_name_plural = _("sub-categories")

    def __str__(self):
        return f"{self.name} ({self.category})"


class Question(index.Indexed, ClusterableModel):
    """One question, reusable in several quizzes (django-quiz-app's ``Question`` is many-to-many).

    Its kind decides how it is answered and graded: multiple choice (one answer, or *select all
    that apply* with all-or-nothing grading), true/false, or an essay a trainer marks.
    """

    class Kind(models.TextChoices):
        MULTIPLE_CHOICE = "multiple_choice", _("Multiple choice")
        TRUE_FALSE = "true_false", _("True or false")
        ESSAY = "essay", _("Essay")

    class AnswerOrder(models.TextChoices):
        NONE = "none", _("As entered")
        CONTENT = "content", _("Alphabetical")
        RANDOM = "random", _("Random")

    kind = models.CharField(_("kind"), max_length=20, choices=Kind, default=Kind.MULTIPLE_CHOICE)
    content = models.TextField(
        _("question"), max_length=1000, help_text=_("The question as the employee sees it.")
    )
    explanation = models.TextField(
        _("explanation"),
        max_length=2000,
        blank=True,
        help_text=_("Shown after the question has been answered: why the right answer is right."),
    )
    figure = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("figure"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    category = models.ForeignKey(
        Category,
        verbose_name=_("category"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="questions",
    )
    sub_category = models.ForeignKey(
        SubCategory,
        verbose_name=_("sub-category"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="questions",
    )
    answer_order = models.CharField(
        _("answer order"),
        max_length=10,
        choices=AnswerOrder,
        default=AnswerOrder.RANDOM,
        help_text=_(
            "Multiple choice: the order in which the answers are shown. Random (the default) "
            "shuffles them once for each attempt."
        ),
    )
    select_all = models.BooleanField(
        _("several answers are correct"),
        default=False,
        help_text=_(
            "Multiple choice: the employee ticks all answers that apply and scores only when "
            "exactly the correct ones are ticked."
        ),
    )
    true_false_correct = models.BooleanField(
        _("the statement is true"),
        default=False,
        help_text=_("True or false: tick if the statement is true, leave empty if it is false."),
    )

    search_fields = [
        index.SearchField("content"),
        index.AutocompleteField("content"),
        # The chooser filters by category and by quiz (the questions' ids) while searching.
        index.FilterField("category"),
        index.FilterField("id"),
    ]
    panels = [
        FieldPanel("kind"),
        FieldPanel("content"),
        FieldPanel("explanation"),
        FieldRowPanel([FieldPanel("category"), FieldPanel("sub_category")]),
        FieldPanel("figure"),
        MultiFieldPanel(
            [
                FieldPanel("answer_order"),
                FieldPanel("select_all"),
                InlinePanel("answers", label=_("Answers")),
            ],
            heading=_("Multiple choice"),
            attrs={"data-quiz-kind": Kind.MULTIPLE_CHOICE},
        ),
        MultiFieldPanel(
            [FieldPanel("true_false_correct")],
            heading=_("True or false"),
            attrs={"data-quiz-kind": Kind.TRUE_FALSE},
        ),
    ]

    class Meta:
        verbose_name = _("question")
        verbose_name_plural = _("questions")
        ordering = ["category__name", "pk"]

    def __str__(self):
        return self.content if len(self.content) <= 80 else self.content[:79] + "…"

    def clean(self):
        super().clean()
        if (
            self.sub_category_id
            and self.category_id
            and self.sub_category.category_id != self.category_id
        ):
            raise ValidationError(
                {"sub_category": _("Choose a sub-category of the question's category.")}
            )


class Answer(Orderable):
    """A possible answer of a multiple-choice question."""

    question = ParentalKey(
        Question, verbose_name=_("question"), on_delete=models.CASCADE, related_name="answers"
    )
    content = models.CharField(_("answer"), max_length=1000)
    correct = models.BooleanField(_("correct"), default=False)

    panels = [FieldPanel("content"), FieldPanel("correct")]

    class Meta(Orderable.Meta):
        verbose_name = _("answer")
        verbose_name_plural = _("answers")

    def __str__(self):
        return self.content


class Quiz(index.Indexed, ClusterableModel):
    """A quiz: an ordered choice of questions with django-quiz-app's options, plus the limits its
    users asked for (time limit, number of attempts, wait between attempts)."""

    title = models.CharField(_("title"), max_length=200)
    slug = models.SlugField(
        _("address"),
        max_length=60,
        unique=True,
        allow_unicode=False,
        help_text=_("The quiz's web address, e.g. greeting-basics."),
    )
    description = models.TextField(_("description"), blank=True)
    category = models.ForeignKey(
        Category,
        verbose_name=_("category"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="quizzes",
    )
    random_order = models.BooleanField(
        _("random order"),
        default=True,
        help_text=_("Shuffle the questions once for each attempt instead of keeping their order."),
    )
    max_questions = models.PositiveIntegerField(
        _("questions per attempt"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1)],
        help_text=_("Ask only this many questions (a random subset if random order is on)."),
    )
    answers_at_end = models.BooleanField(
        _("answers at the end"),
        default=False,
        help_text=_(
            "Show right answers and explanations only at the end, not after each question."
        ),
    )
    show_answers = models.BooleanField(
        _("show right answers"),
        default=True,
        help_text=_(
            "Show the person the right answers and explanations (after each question, or at the "
            "end with “answers at the end”) and a review of every answer on the result. Untick "
            "for an exam whose questions must stay unknown."
        ),
    )
    exam_paper = models.BooleanField(
        _("keep each attempt"),
        default=False,
        help_text=_(
            "Keep every finished attempt (needed for marking essays and for the attempts list). "
            "Otherwise only the category progress is kept."
        ),
    )
    single_attempt = models.BooleanField(
        _("single attempt"),
        default=False,
        help_text=_("Each person may finish this quiz only once. Keeps each attempt."),
    )
    pass_mark = models.PositiveSmallIntegerField(
        _("pass mark, %"),
        default=0,
        validators=[MaxValueValidator(100)],
        help_text=_("Percentage of correct answers needed to pass, 0–100."),
    )
    success_text = models.TextField(_("text when passed"), blank=True)
    fail_text = models.TextField(_("text when failed"), blank=True)
    draft = models.BooleanField(
        _("draft"),
        default=False,
        help_text=_("Drafts are hidden; only people who may edit quizzes can open them."),
    )
    time_limit_minutes = models.PositiveIntegerField(
        _("time limit, minutes"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1)],
        help_text=_("Answers after the limit are refused and the attempt is closed."),
    )
    max_attempts = models.PositiveIntegerField(
        _("attempts allowed"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1)],
        help_text=_("Leave empty for no limit. Keeps each attempt."),
    )
    attempt_wait_minutes = models.PositiveIntegerField(
        _("wait between attempts, minutes"),
        null=True,
        blank=True,
        help_text=_("Minimum time after finishing an attempt before the next. Keeps each attempt."),
    )

    version_of = models.ForeignKey(
        "self",
        verbose_name=_("language version of"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="language_versions",
        limit_choices_to={"version_of__isnull": True},
        help_text=_(
            "The same quiz in another language: a pass of this one counts wherever the "
            "original is required (e.g. for certification)."
        ),
    )

    search_fields = [index.SearchField("title"), index.AutocompleteField("title")]
    edit_handler = TabbedInterface(
        [
            ObjectList(
                [
                    FieldPanel("title"),
                    FieldPanel("slug"),
                    FieldPanel("description"),
                    FieldPanel("category"),
                    FieldPanel("version_of"),
                    FieldPanel("draft"),
                    InlinePanel("quiz_questions", label=_("Questions"), min_num=1),
                ],
                heading=_("Quiz"),
            ),
            ObjectList(
                [
                    FieldPanel("random_order"),
                    FieldPanel("max_questions"),
                    FieldPanel("answers_at_end"),
                    FieldPanel("show_answers"),
                    FieldPanel("pass_mark"),
                    FieldPanel("success_text"),
                    FieldPanel("fail_text"),
                ],
                heading=_("Grading"),
            ),
            ObjectList(
                [
                    FieldPanel("exam_paper"),
                    FieldPanel("single_attempt"),
                    FieldPanel("max_attempts"),
                    FieldPanel("attempt_wait_minutes"),
                    FieldPanel("time_limit_minutes"),
                ],
                heading=_("Attempts"),
            ),
        ]
    )

    class Meta:
        verbose_name = _("quiz")
        verbose_name_plural = _("quizzes")
        ordering = ["title"]
        constraints = [
            models.CheckConstraint(
                condition=Q(pass_mark__lte=100), name="quiz_pass_mark_at_most_100"
            )
        ]

    def __str__(self):
        return self.title

    @property
    def keeps_attempts(self):
        """Attempt limits need the attempts: they force exam_paper, as single_attempt always did."""
        return bool(self.single_attempt or self.max_attempts or self.attempt_wait_minutes)

    @property
    def time_limit(self):
        return timedelta(minutes=self.time_limit_minutes) if self.time_limit_minutes else None

    @property
    def attempt_wait(self):
        return timedelta(minutes=self.attempt_wait_minutes) if self.attempt_wait_minutes else None

    def clean(self):
        super().clean()
        if self.pass_mark is not None and self.pass_mark > 100:
            raise ValidationError({"pass_mark": _("The pass mark is a percentage: 0 to 100.")})
        if self.version_of_id and self.version_of_id == self.pk:
            raise ValidationError({"version_of": _("A quiz cannot be a version of itself.")})
        if self.version_of_id and self.version_of.version_of_id:
            raise ValidationError(
                {"version_of": _("Choose the original quiz, not another language version.")}
            )

    def save(self, *args, **kwargs):
        if self.pass_mark is not None and self.pass_mark > 100:
            raise ValidationError(_("The pass mark is a percentage: 0 to 100."))
        if self.keeps_attempts:
            self.exam_paper = True
        super().save(*args, **kwargs)


class QuizQuestion(Orderable):
    """A question's place in a quiz. Questions are shared: one may appear in several quizzes."""

    quiz = ParentalKey(
        Quiz, verbose_name=_("quiz"), on_delete=models.CASCADE, related_name="quiz_questions"
    )
    question = models.ForeignKey(
        Question, verbose_name=_("question"), on_delete=models.CASCADE, related_name="+"
    )

    panels = [FieldPanel("question")]

    class Meta(Orderable.Meta):
        verbose_name = _("question of a quiz")
        verbose_name_plural = _("questions of a quiz")
        constraints = [
            models.UniqueConstraint(fields=["quiz", "question"], name="quiz_question_once")
        ]


class Sitting(models.Model):
    """One attempt of one person at one quiz.

    ``question_ids`` is the order fixed when the attempt starts (shuffled once, then truncated);
    ``options`` the order of each multiple-choice question's answers and the random token each
    is sent as, fixed then too, so a page never carries an answer's id;
    answers are ``SittingAnswer`` rows, one per question at most, so the questions left and the
    incorrect ones follow from them. ``score`` is kept in step with the answers under a row lock.
    A sitting of a quiz that does not keep attempts is deleted when it is finished.
    """

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("person"),
        on_delete=models.CASCADE,
        related_name="quiz_sittings",
    )
    quiz = models.ForeignKey(
        Quiz, verbose_name=_("quiz"), on_delete=models.CASCADE, related_name="sittings"
    )
    question_ids = models.JSONField(_("question order"), default=list)
    options = models.JSONField(
        _("answer order"),
        default=dict,
        blank=True,
        help_text=_(
            "Per multiple-choice question, the answers in the order shown with the opaque token "
            "each is sent as: {question id: [[token, answer id], …]}; fixed when the attempt "
            "starts and never shown."
        ),
    )
    score = models.PositiveIntegerField(_("score"), default=0)
    complete = models.BooleanField(_("complete"), default=False)
    started_at = models.DateTimeField(_("started"))
    ended_at = models.DateTimeField(_("ended"), null=True, blank=True)
    deadline = models.DateTimeField(_("deadline"), null=True, blank=True)
    percent = models.PositiveSmallIntegerField(_("percent"), null=True, blank=True)
    passed = models.BooleanField(_("passed"), null=True, blank=True)

    class Meta:
        verbose_name = _("attempt")
        verbose_name_plural = _("attempts")
        ordering = ["-started_at", "-pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["user", "quiz"],
                condition=Q(complete=False),
                name="sitting_one_open_per_person_and_quiz",
            )
        ]
        indexes = [models.Index(fields=["quiz", "complete", "ended_at"])]

    def __str__(self):
        return f"{self.user} · {self.quiz}"

    @property
    def max_score(self):
        return len(self.question_ids)


class SittingAnswer(models.Model):
    """A person's answer to one question of a sitting; the unique constraint makes it one only.

    ``response`` is a list of answer ids (multiple choice), a boolean (true/false) or the text
    (essay). An essay counts as incorrect until a trainer marks it (``marked_at``).
    """

    sitting = models.ForeignKey(
        Sitting, verbose_name=_("attempt"), on_delete=models.CASCADE, related_name="answers"
    )
    question = models.ForeignKey(
        Question, verbose_name=_("question"), on_delete=models.CASCADE, related_name="+"
    )
    response = models.JSONField(_("answer given"))
    correct = models.BooleanField(_("correct"), default=False)
    answered_at = models.DateTimeField(_("answered"))
    marked_at = models.DateTimeField(_("marked"), null=True, blank=True)
    marked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("marked by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        verbose_name = _("answer given")
        verbose_name_plural = _("answers given")
        ordering = ["answered_at", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["sitting", "question"], name="sitting_answer_once_per_question"
            )
        ]

    def __str__(self):
        return f"{self.sitting} · {self.question}"


class Progress(models.Model):
    """A person's running score in a category, over every quiz question answered in it."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("person"),
        on_delete=models.CASCADE,
        related_name="quiz_progress",
    )
    category = models.ForeignKey(
        Category, verbose_name=_("category"), on_delete=models.CASCADE, related_name="progress"
    )
    score = models.PositiveIntegerField(_("score"), default=0)
    possible = models.PositiveIntegerField(_("possible"), default=0)

    class Meta:
        verbose_name = _("progress")
        verbose_name_plural = _("progress")
        constraints = [
            models.UniqueConstraint(fields=["user", "category"], name="progress_once_per_category")
        ]

    def __str__(self):
        return f"{self.user} · {self.category}: {self.score}/{self.possible}"


class ImportRecord(models.Model):
    """Which row a record of an imported django-quiz-app database became, so that importing the
    same dump again creates nothing new."""

    source = models.CharField(_("source"), max_length=100)
    model = models.CharField(_("source model"), max_length=60)
    source_key = models.CharField(_("source key"), max_length=300)
    object_id = models.BigIntegerField(_("imported as"))
    imported_at = models.DateTimeField(_("imported"), auto_now_add=True)

    class Meta:
        verbose_name = _("imported record")
        verbose_name_plural = _("imported records")
        constraints = [
            models.UniqueConstraint(
                fields=["source", "model", "source_key"], name="import_record_once"
            )
        ]

    def __str__(self):
        return f"{self.source}:{self.model}:{self.source_key} → {self.object_id}"
