"""Site-wide small views."""

from django.http import HttpResponseRedirect
from django.templatetags.static import static
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_safe


@require_safe
@cache_control(max_age=86400, public=True)
def favicon(request):
    """Browsers ask for /favicon.ico whatever the page links: send them to the theme's icon.
    The static URL is looked up per request (hashed names exist only after collectstatic)."""
    return HttpResponseRedirect(static("theme/img/favicon.ico"))
