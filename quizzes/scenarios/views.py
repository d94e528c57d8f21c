"""The player: each scenario's own page, and one page per attempt that takes one choice per POST.

Every POST answers with a redirect (POST-redirect-GET), so reloading or going back never sends a
choice twice; a stale form is refused by the service (``WrongStep``) and the person is shown
where they really are. The page works without JavaScript; ``player.js`` only turns it into a
chat: it sends the same form with ``X-Requested-With: fetch`` and gets, instead of the redirect,
the player itself rendered for the new state (HTML, never JSON), which it merges into the page.
The server stays the only judge. Views call services and selectors; they never compute a score.
"""

from urllib.parse import urlencode

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.cache import patch_vary_headers
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import get_language, get_language_info
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_POST

from . import selectors, services
from .models import ScenarioAttempt


def _safe_next(request, value):
    if value and url_has_allowed_host_and_scheme(
        value, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return value
    return ""


def _wants_fragment(request):
    """Asked for by player.js: answer a POST with the player's HTML instead of a redirect."""
    return request.headers.get("X-Requested-With") == "fetch" or request.GET.get("fragment") == "1"


def _attempt_url(attempt, next_url=""):
    url = attempt.get_absolute_url()
    return f"{url}?{urlencode({'next': next_url})}" if next_url else url


@login_required
def detail(request, slug):
    """The scenario's own page: briefing, customer, the person's recent results, start."""
    scenario = selectors.live_scenario(slug)
    if scenario is None:
        raise Http404
    attempts = selectors.recent_attempts(request.user, scenario)
    open_attempt = next((a for a in attempts if a.is_open and a.scenario_id == scenario.pk), None)
    language = scenario.locale.language_code
    return render(
        request,
        "scenarios/scenario_detail.html",
        {
            "scenario": scenario,
            "attempts": attempts,
            "open_attempt": open_attempt,
            # Only another language's version exists: say so plainly, in the page's language.
            "other_language": (
                get_language_info(language)["name_translated"] if language != get_language() else ""
            ),
        },
    )


@login_required
@require_POST
def start(request, slug):
    scenario = selectors.live_scenario(slug)
    if scenario is None:
        raise Http404
    next_url = _safe_next(request, request.POST.get("next"))
    try:
        attempt = services.start_attempt(
            request.user, scenario, restart=request.POST.get("restart") == "1"
        )
    except services.ScenarioNotPlayable:
        raise Http404 from None
    return redirect(_attempt_url(attempt, next_url))


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def attempt(request, pk):
    """One attempt: the dialogue so far and the current step, or the result at the end.

    Only the person who plays it can see it: anyone else gets "not found".
    """
    attempt = get_object_or_404(
        ScenarioAttempt.objects.select_related("scenario", "scenario__locale"),
        pk=pk,
        user=request.user,
    )
    if request.method == "POST":
        next_url = _safe_next(request, request.POST.get("next"))
        notice, level, status = "", messages.INFO, 200
        try:
            services.choose_by_token(
                attempt, request.POST.get("step", ""), request.POST.get("choice", "")
            )
        except services.WrongStep:
            notice = _("That step has already been answered. The dialogue continues from here.")
            status = 409
        except services.AttemptClosed:
            notice = _("This role-play is already over. You can play it again.")
            status = 409
        except services.InvalidChoice:
            notice, level, status = _("Choose one of the replies."), messages.ERROR, 400
        if _wants_fragment(request):
            # The same player include, for the state the server has now; a refused choice comes
            # back as it is, with the notice, and a status that says it was refused.
            attempt.refresh_from_db()
            response = render(
                request,
                "scenarios/includes/player.html",
                {
                    "view": selectors.attempt_view(attempt),
                    "scenario": attempt.scenario,
                    "attempt": attempt,
                    "next_url": next_url,
                    "notice": notice,
                    "notice_tag": messages.DEFAULT_TAGS[level],
                },
                status=status,
            )
            patch_vary_headers(response, ["X-Requested-With"])
            return response
        if notice:
            messages.add_message(request, level, notice)
        return redirect(_attempt_url(attempt, next_url))
    next_url = _safe_next(request, request.GET.get("next"))
    return render(
        request,
        "scenarios/attempt.html",
        {
            "view": selectors.attempt_view(attempt),
            "scenario": attempt.scenario,
            "attempt": attempt,
            "next_url": next_url,
        },
    )
