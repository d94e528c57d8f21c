"""The person's side of feedback: sending a suggestion from a lesson, and "My suggestions".

A suggestion is only ever looked up together with its author, so somebody else's is a 404.
"""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from wagtail.models import Locale, Page

from courses.models import LessonPage

from . import services
from .forms import SuggestionForm
from .models import Suggestion

PER_PAGE = 20


def _readable_lesson(request, lesson_id):
    """A live lesson the person may read: the same checks as opening the lesson page."""
    lesson = get_object_or_404(LessonPage.objects.live(), pk=lesson_id)
    for restriction in lesson.get_view_restrictions():
        if not restriction.accept_request(request):
            raise Http404
    return lesson


@login_required
@require_POST
def submit(request, lesson_id):
    lesson = _readable_lesson(request, lesson_id)
    form = SuggestionForm(request.POST)
    if form.is_valid():
        services.submit(request.user, lesson, form.cleaned_data["kind"], form.cleaned_data["text"])
        messages.success(
            request,
            _(
                "Thank you! Your suggestion has been sent to the trainers. "
                "Follow its status in “My suggestions”."
            ),
        )
        return redirect(lesson.get_url(request))
    # The lesson again, its form open with the person's words and what is wrong.
    messages.error(request, _("Your suggestion was not sent: please correct what is marked."))
    context = lesson.get_context(request)
    context["suggestion_form"] = form
    return TemplateResponse(request, lesson.get_template(request), context)


def _localized_pages(suggestions):
    """Courses and lessons in the reader's language where a translation exists: one query."""
    locale = Locale.get_active()
    keys = {s.course.translation_key for s in suggestions}
    keys |= {s.lesson.translation_key for s in suggestions if s.lesson_id}
    if not keys:
        return {}
    return {
        page.translation_key: page
        for page in Page.objects.live()
        .filter(translation_key__in=keys, locale=locale)
        .select_related("locale")
    }


def _rows(suggestions):
    localized = _localized_pages(suggestions)
    rows = []
    for suggestion in suggestions:
        lesson = suggestion.lesson
        rows.append(
            {
                "suggestion": suggestion,
                "course": localized.get(suggestion.course.translation_key, suggestion.course),
                "lesson": localized.get(lesson.translation_key, lesson) if lesson else None,
            }
        )
    return rows


def _own(request):
    return Suggestion.objects.filter(author=request.user).select_related(
        "course__locale", "lesson__locale"
    )


@login_required
def my_suggestions(request):
    page_obj = Paginator(_own(request), PER_PAGE).get_page(request.GET.get("page"))
    return TemplateResponse(
        request,
        "feedback/my_suggestions.html",
        {"page_obj": page_obj, "rows": _rows(list(page_obj))},
    )


@login_required
def suggestion_detail(request, pk):
    suggestion = get_object_or_404(_own(request), pk=pk)
    return TemplateResponse(
        request, "feedback/suggestion_detail.html", {"row": _rows([suggestion])[0]}
    )
