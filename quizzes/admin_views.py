"""Admin views that are not a model's: the marking queue of essays and a quiz's report
(attempts with scores, and the share of people answering each question correctly)."""

from django.contrib import messages
from django.core.paginator import Paginator
from django.db.models import Count, Q
from django.http import HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST
from django.views.generic import TemplateView
from wagtail.admin.auth import permission_required
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from . import services
from .models import Question, Quiz, Sitting, SittingAnswer

MARK_PERMISSION = "quizzes.change_sittinganswer"
REPORT_PERMISSION = "quizzes.view_sitting"


def essays_awaiting_marks(marker):
    """Finished essays nobody has marked yet, oldest first; the marker's own are not offered."""
    return (
        SittingAnswer.objects.filter(
            question__kind=Question.Kind.ESSAY, marked_at__isnull=True, sitting__complete=True
        )
        .exclude(sitting__user=marker)
        .select_related("sitting__user", "sitting__quiz", "question")
        .order_by("answered_at", "pk")
    )


class MarkingQueueView(WagtailAdminTemplateMixin, TemplateView):
    """Essays waiting for a trainer, oldest first, each with the answer and one-click marks."""

    template_name = "quizzes/admin/marking_queue.html"
    page_title = gettext_lazy("Essays to mark")
    header_icon = "edit"
    breadcrumbs_items = []

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        paginator = Paginator(essays_awaiting_marks(self.request.user), 25)
        context["page_obj"] = paginator.get_page(self.request.GET.get("p"))
        context["recent"] = (
            SittingAnswer.objects.filter(
                question__kind=Question.Kind.ESSAY, marked_at__isnull=False
            )
            .exclude(sitting__user=self.request.user)
            .select_related("sitting__user", "sitting__quiz", "question", "marked_by")
            .order_by("-marked_at", "-pk")[:10]
        )
        return context


marking_queue = permission_required(MARK_PERMISSION)(MarkingQueueView.as_view())


@permission_required(MARK_PERMISSION)
@require_POST
def mark(request, pk):
    answer = get_object_or_404(SittingAnswer, pk=pk, question__kind=Question.Kind.ESSAY)
    correct = request.POST.get("correct") == "1"
    try:
        services.mark_essay(answer, correct=correct, marker=request.user)
    except services.QuizError as refused:
        messages.error(request, refused.message)
    else:
        person = answer.sitting.user.get_full_name() or answer.sitting.user.get_username()
        text = _("Marked correct: %(person)s.") if correct else _("Marked incorrect: %(person)s.")
        messages.success(request, text % {"person": person})
    return HttpResponseRedirect(safe_next(request))


def safe_next(request):
    """Where to go back after a mark: the posted ``next`` if it is a path on this site, else the
    marking queue. Odd values (``next=[]``, a foreign host, a scheme, control characters, several
    values) fall back rather than being resolved as a view name."""
    fallback = reverse("quizzes_admin:marking")
    values = request.POST.getlist("next")
    if len(values) != 1:
        return fallback
    next_url = values[0]
    if not next_url.startswith("/") or any(ord(c) < 32 or c == "\\" for c in next_url):
        return fallback
    if not url_has_allowed_host_and_scheme(
        next_url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return fallback
    return next_url


class QuizReportView(WagtailAdminTemplateMixin, TemplateView):
    """A quiz's finished attempts and, per question, how many answered it correctly."""

    template_name = "quizzes/admin/quiz_report.html"
    header_icon = "tasks"
    breadcrumbs_items = []

    def get_page_title(self):
        return _("Report: %(title)s") % {"title": self.quiz.title}

    def dispatch(self, request, *args, **kwargs):
        self.quiz = get_object_or_404(Quiz, pk=kwargs["pk"])
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        sittings = (
            Sitting.objects.filter(quiz=self.quiz, complete=True)
            .select_related("user")
            .order_by("-ended_at", "-pk")
        )
        paginator = Paginator(sittings, 50)
        stats = {
            row["question_id"]: row
            for row in SittingAnswer.objects.filter(sitting__quiz=self.quiz, sitting__complete=True)
            .values("question_id")
            .annotate(answered=Count("pk"), correct=Count("pk", filter=Q(correct=True)))
        }
        questions = []
        for link in self.quiz.quiz_questions.select_related("question").order_by("sort_order"):
            row = stats.get(link.question_id, {"answered": 0, "correct": 0})
            share = round(row["correct"] * 100 / row["answered"]) if row["answered"] else None
            questions.append(
                {
                    "question": link.question,
                    "answered": row["answered"],
                    "correct": row["correct"],
                    "share": share,
                }
            )
        context.update(
            quiz=self.quiz,
            page_obj=paginator.get_page(self.request.GET.get("p")),
            questions=questions,
            edit_url=reverse("wagtailsnippets_quizzes_quiz:edit", args=[self.quiz.pk]),
        )
        return context


quiz_report = permission_required(REPORT_PERMISSION)(QuizReportView.as_view())
