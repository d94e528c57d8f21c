"""Context for the site's base layout (``theme/base.html``), which knows no URL of ours.

``nav_items``: extra entries of the main menu, as ``{"label", "url", "current"}``. Evaluated only
when the menu is drawn; "My team" for a line manager costs no query (``staff.selectors.has_team``).
"""

from django.urls import reverse
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext as _

from lms.staff import selectors as staff


def menu_items(request):
    user = getattr(request, "user", None)
    items = []
    if staff.has_team(user):
        match = getattr(request, "resolver_match", None)
        items.append(
            {
                "label": _("My team"),
                "url": reverse("records:team"),
                "current": bool(match and match.view_name == "records:team"),
            }
        )
    return items


def navigation(request):
    return {"nav_items": SimpleLazyObject(lambda: menu_items(request))}
