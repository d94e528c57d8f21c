"""A per-address rate limit for public look-ups (certificate verification), in the shared cache.

Used as a view decorator; past the limit the view is not run and a 429 page says when to come
back. The counter is in the default cache (Redis in production), so every app server counts
the same requests.
"""

import functools

from django.conf import settings
from django.core.cache import cache
from django.shortcuts import render


def rate_limited(scope, *, setting, default):
    """Allow ``limit`` requests per ``window`` seconds per client address to the decorated view,
    from ``settings.<setting>`` as ``(limit, window)``; past that, a 429 page (nothing is done).
    The counter lives in the default cache (Redis in production), shared by every app server."""

    def decorator(view):
        @functools.wraps(view)
        def wrapped(request, *args, **kwargs):
            limit, window = getattr(settings, setting, default)
            key = f"ratelimit:{scope}:{_client_address(request)}"
            if cache.add(key, 1, timeout=window):
                count = 1
            else:
                try:
                    count = cache.incr(key)
                except ValueError:  # expired between add() and incr()
                    cache.add(key, 1, timeout=window)
                    count = 1
            if count > limit:
                response = render(request, "429.html", {"retry_after": window}, status=429)
                response["Retry-After"] = str(window)
                return response
            return view(request, *args, **kwargs)

        return wrapped

    return decorator


def _client_address(request):
    from axes.helpers import get_client_ip_address

    return get_client_ip_address(request) or "unknown"
