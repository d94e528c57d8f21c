"""Template helpers of the records room: the motivation panel on the dashboard, the link to the
line manager's team, and badge classes for results."""

from django import template

from lms.staff import selectors as staff

from .. import selectors
from ..models import MotivationSettings, Result

register = template.Library()

RESULT_BADGES = {
    Result.MET: "badge-certified",
    Result.NOT_MET: "badge-revoked",
    Result.NOT_APPLICABLE: "badge-not_started",
}


@register.inclusion_tag("records/includes/motivation_panel.html", takes_context=True)
def motivation_panel(context):
    """Badges, the department's completion rate and the leaderboard for the signed-in person.
    A fixed number of queries (the setting's, and six of ``selectors.motivation``)."""
    request = context.get("request")
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {"shown": False}
    settings = MotivationSettings.for_request(request)
    return {
        "shown": True,
        **selectors.motivation(user, show_leaderboard=settings.show_leaderboard),
    }


@register.inclusion_tag("records/includes/team_link.html", takes_context=True)
def team_link(context):
    """ " · My team" for line managers; nothing for anyone else."""
    request = context.get("request")
    user = getattr(request, "user", None)
    return {"shown": staff.is_line_manager(user)}


@register.filter
def result_badge(result):
    return RESULT_BADGES.get(result, "badge-not_started")
