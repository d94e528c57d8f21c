"""Registers the trainers' "Suggestions" in the Wagtail admin."""

from wagtail import hooks

from .viewsets import SuggestionViewSet


@hooks.register("register_admin_viewset")
def register_viewset():
    return SuggestionViewSet("suggestions")
