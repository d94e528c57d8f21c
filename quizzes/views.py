"""The quiz player: a quiz's page, starting, answering question by question, the result.

Views are thin: they find the objects the person may see (a sitting is only ever looked up
together with its owner, so somebody else's is a 404; a draft quiz is a 403 for people who may
not edit quizzes), call services and selectors, and redirect after every POST.
"""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.http import require_POST

from . import selectors, services
from .forms import AnswerForm
from .models import Question, Quiz, Sitting

RESULTS_SESSION_KEY = "quizzes:results"
RESULTS_KEPT_IN_SESSION = 5


def _visible_quiz(request, slug):
    quiz = get_object_or_404(Quiz, slug=slug)
    try:
        services.check_visible(request.user, quiz)
    except services.QuizUnavailable:
        raise PermissionDenied from None
    return quiz


def _own_sitting(request, quiz, pk):
    return get_object_or_404(
        Sitting.objects.select_related("quiz"), pk=pk, quiz=quiz, user=request.user
    )


def _remember_result(request, result):
    """Keep a finished attempt's result for its page: a quiz that does not keep attempts has
    deleted the sitting by now."""
    stored = dict(request.session.get(RESULTS_SESSION_KEY, {}))
    stored[str(result.sitting_id)] = result.as_dict()
    for key in sorted(stored, key=int)[:-RESULTS_KEPT_IN_SESSION]:
        del stored[key]
    request.session[RESULTS_SESSION_KEY] = stored


def _result_url(quiz, sitting_id, after=None):
    url = reverse("quizzes:result", args=[quiz.slug, sitting_id])
    return f"{url}?after={after}" if after else url


@login_required
def quiz_list(request):
    return render(
        request, "quizzes/quiz_list.html", {"quizzes": selectors.visible_quizzes(request.user)}
    )


@login_required
def quiz_detail(request, slug):
    quiz = _visible_quiz(request, slug)
    return render(
        request,
        "quizzes/quiz_detail.html",
        {"quiz": quiz, "overview": selectors.quiz_page(quiz, request.user)},
    )


@login_required
@require_POST
def start(request, slug):
    quiz = _visible_quiz(request, slug)
    try:
        sitting = services.start_sitting(request.user, quiz)
    except services.QuizError as refused:
        messages.error(request, refused.message)
        return redirect("quizzes:detail", slug=quiz.slug)
    return redirect("quizzes:take", slug=quiz.slug, pk=sitting.pk)


def _int_or_none(value):
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


@login_required
def take(request, slug, pk):
    quiz = _visible_quiz(request, slug)
    sitting = (
        Sitting.objects.select_related("quiz").filter(pk=pk, quiz=quiz, user=request.user).first()
    )
    if sitting is None:
        # A replayed last answer of a quiz that does not keep attempts: show its result.
        if str(pk) in request.session.get(RESULTS_SESSION_KEY, {}):
            return redirect(_result_url(quiz, pk))
        raise Http404
    if sitting.complete:
        return redirect(_result_url(quiz, sitting.pk))
    closed = services.close_if_expired(sitting)
    if closed is not None:
        _remember_result(request, closed)
        messages.error(request, services.TimeUp.message)
        return redirect(_result_url(quiz, sitting.pk))

    form = None
    if request.method == "POST":
        question_id = _int_or_none(request.POST.get("question"))
        if question_id not in sitting.question_ids:
            raise Http404
        question = get_object_or_404(Question.objects.prefetch_related("answers"), pk=question_id)
        form = AnswerForm(question, selectors.choices_of(sitting, question), data=request.POST)
        if form.is_valid():
            given = form.cleaned_data["answer"]
            if question.kind == Question.Kind.MULTIPLE_CHOICE:
                # The form offered tokens only, so each maps back to one of the answers shown.
                given = selectors.answer_ids(
                    sitting, question, given if isinstance(given, list) else [given]
                )
            try:
                outcome = services.submit_answer(sitting, question, given)
            except services.TimeUp as late:
                _remember_result(request, late.result)
                messages.error(request, late.message)
                return redirect(_result_url(quiz, sitting.pk))
            except services.SittingClosed:
                return redirect(_result_url(quiz, sitting.pk))
            except services.InvalidAnswer as invalid:
                form.add_error("answer", invalid.message)
            else:
                after = None if quiz.answers_at_end else question.pk
                if outcome.completed:
                    _remember_result(request, outcome.result)
                    return redirect(_result_url(quiz, sitting.pk, after))
                url = reverse("quizzes:take", args=[quiz.slug, sitting.pk])
                return redirect(f"{url}?after={after}" if after else url)

    page = selectors.question_page(sitting, after=_int_or_none(request.GET.get("after")))
    if form is None or form.question_obj.pk != getattr(page.question, "pk", None):
        form = AnswerForm(page.question, page.choices) if page.question else None
    return render(
        request,
        "quizzes/sitting_take.html",
        {"quiz": quiz, "page": page, "form": form},
        status=400 if request.method == "POST" else 200,
    )


@login_required
def result(request, slug, pk):
    quiz = _visible_quiz(request, slug)
    sitting = (
        Sitting.objects.filter(pk=pk, quiz=quiz, user=request.user, complete=True)
        .select_related("quiz")
        .first()
    )
    if sitting is not None:
        answers = list(sitting.answers.values_list("question_id", "response", "correct"))
        outcome = services.SittingResult(
            sitting_id=sitting.pk,
            quiz_id=quiz.pk,
            score=sitting.score,
            max_score=sitting.max_score,
            percent=sitting.percent or 0,
            passed=bool(sitting.passed),
            question_ids=tuple(sitting.question_ids),
            answers=tuple(answers),
            timed_out=bool(sitting.deadline and sitting.ended_at > sitting.deadline),
        )
    else:
        stored = request.session.get(RESULTS_SESSION_KEY, {}).get(str(pk))
        if stored is None or stored["quiz_id"] != quiz.pk:
            raise Http404
        outcome = services.SittingResult.from_dict(stored)

    # Every answer is reviewed on the result when the quiz shows answers at all (after each
    # question the person has seen them already; at the end they see them here).
    items = selectors.review(outcome.question_ids, outcome.answers) if quiz.show_answers else []
    awaiting = sum(1 for item in items if item.awaiting_mark)
    return render(
        request,
        "quizzes/sitting_result.html",
        {
            "quiz": quiz,
            "result": outcome,
            "review": items,
            "awaiting_marks": awaiting,
            "message": quiz.success_text if outcome.passed else quiz.fail_text,
            "may_retry": services.attempt_decision(request.user, quiz).allowed,
        },
    )
