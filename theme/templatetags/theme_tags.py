"""Template tags of the base layout: the language switcher."""

from django import template
from django.conf import settings
from django.urls import NoReverseMatch, reverse, translate_url
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import get_language, get_language_info, override

register = template.Library()


def _home_url(code):
    with override(code):
        try:
            return reverse("wagtail_serve", args=[""])
        except NoReverseMatch:
            return "/"


def _local_path(request):
    """The request's path and query as a path of this site: never ``//host/`` or ``/\\host``."""
    path = "/" + request.path.lstrip("/\\")
    query = request.META.get("QUERY_STRING", "")
    return f"{path}?{query}" if query else path


def _same_site_url(url):
    """``url`` if a browser would stay on this site following it, else None."""
    local = url.startswith("/") and not url.startswith(("//", "/\\"))
    return url if local and url_has_allowed_host_and_scheme(url, allowed_hosts=None) else None


@register.inclusion_tag("theme/includes/language_switcher.html", takes_context=True)
def language_switcher(context):
    """Links to this page in each language: the translation when one exists, else that home."""
    request = context.get("request")
    page = context.get("page")
    current = get_language()
    translations = {}
    is_page = page is not None and hasattr(page, "get_translations")
    if is_page:
        for translation in page.get_translations(inclusive=True).live().select_related("locale"):
            translations[translation.locale.language_code] = translation
    links = []
    for code, _name in settings.LANGUAGES:
        if code in translations:
            with override(code):
                url = translations[code].url
        elif is_page or request is None:
            url = _home_url(code)
        else:
            url = _same_site_url(translate_url(_local_path(request), code)) or _home_url(code)
        info = get_language_info(code)
        links.append(
            {"code": code, "name": info["name_local"], "url": url, "current": code == current}
        )
    return {"links": links}
