"""Template helpers of feedback: the suggestion form under a lesson, status badges."""

from django import template

from ..forms import SuggestionForm
from ..models import Suggestion

register = template.Library()

STATUS_BADGES = {
    Suggestion.Status.NEW: "badge-not_started",
    Suggestion.Status.UNDER_REVIEW: "badge-in_progress",
    Suggestion.Status.ACCEPTED: "badge-completed",
    Suggestion.Status.DECLINED: "badge-warning",
    Suggestion.Status.RESOLVED: "badge-completed",
}


@register.inclusion_tag("feedback/includes/suggestion_form.html", takes_context=True)
def suggestion_form(context, page):
    """The "suggest an improvement" disclosure for a lesson. A form that came back invalid
    (``suggestion_form`` in the context) is shown open, with the person's words and errors.
    Nothing is shown in previews or to anonymous visitors. Runs no SQL query."""
    request = context.get("request")
    user = context.get("user")
    shown = bool(
        page is not None
        and page.pk
        and user is not None
        and user.is_authenticated
        and not getattr(request, "is_preview", False)
    )
    form = context.get("suggestion_form")
    if not isinstance(form, SuggestionForm):
        form = SuggestionForm()
    return {
        "shown": shown,
        "page": page,
        "form": form,
        "csrf_token": context.get("csrf_token"),
        "request": request,
    }


@register.filter
def status_badge(status):
    return STATUS_BADGES.get(status, "badge-not_started")
