"""Request-wide security middleware of the project: CSP per area, private caching, NUL bytes.

- The site's Content Security Policy allows no inline script at all (our templates have none).
  Wagtail 8's own admin still renders a few inline scripts (inline panels, date pickers) that
  carry no nonce, so responses under the admin prefix get ``SECURE_CSP_ADMIN`` instead.
- Pages for a signed-in person are theirs alone: ``Cache-Control: private`` keeps shared caches
  and proxies from storing them.
- A NUL byte can never be part of real input; PostgreSQL refuses it in text, which would surface
  as a server error deep inside a search or a form. Such requests are refused at the door (400).
"""

from django.conf import settings
from django.core.exceptions import BadRequest
from django.middleware.csp import ContentSecurityPolicyMiddleware
from django.utils.cache import patch_cache_control
from django.utils.functional import cached_property
from django.utils.translation import gettext as _

_NUL = "\x00"


class AreaContentSecurityPolicyMiddleware(ContentSecurityPolicyMiddleware):
    """Django's CSP middleware, with the admin's own policy under the admin's URL prefix."""

    @cached_property
    def admin_prefix(self):
        from django.urls import reverse

        return reverse("wagtailadmin_home")

    def process_response(self, request, response):
        admin_policy = getattr(settings, "SECURE_CSP_ADMIN", None)
        if (
            admin_policy
            and not hasattr(response, "_csp_config")
            and request.path.startswith(self.admin_prefix)
        ):
            response._csp_config = admin_policy
        return super().process_response(request, response)


class PrivateCacheMiddleware:
    """``Cache-Control: private`` on every response to a signed-in person."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            patch_cache_control(response, private=True)
        return response


class RejectNulBytesMiddleware:
    """400 for a NUL byte in the path, the query or a urlencoded form (never a 500 later)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if _has_nul(request):
            raise BadRequest(_("The request contains a character that is not allowed (NUL)."))
        return self.get_response(request)


def _has_nul(request):
    query = request.META.get("QUERY_STRING", "")
    if _NUL in request.path or _NUL in query or "%00" in query:
        return True
    if request.method == "POST" and request.content_type == "application/x-www-form-urlencoded":
        return any(_NUL in key or _NUL in "".join(values) for key, values in request.POST.lists())
    return False
