"""Template helpers of the course pages."""

from django import template
from wagtail.embeds import embeds
from wagtail.embeds.exceptions import EmbedException

register = template.Library()

VIDEO_FILE_SUFFIXES = (".mp4", ".webm", ".ogv", ".m4v")


@register.filter
def is_video_file(url):
    return str(url).lower().split("?", 1)[0].endswith(VIDEO_FILE_SUFFIXES)


@register.simple_tag
def video_embed_html(url):
    """The provider's embed HTML, or "" when no provider knows the address (e.g. offline)."""
    try:
        return embeds.get_embed(url).html
    except EmbedException:
        return ""
