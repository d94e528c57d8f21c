"""Quiz and role-play tests check behaviour, not the language: they run in English.

Russian is the product's default (an unprefixed URL is always Russian), so these tests make
English the default for their duration: unprefixed pages, the admin (which falls back to the
default language when the user has chosen none) and messages built outside a request all speak
English. Tests about the languages themselves ask for ``russian_default`` instead; that the
Russian default really renders Russian, and /de/ German, is covered in test_views_language.py.
"""

from contextlib import contextmanager

import pytest
from django.urls import clear_url_caches
from django.utils import translation


@contextmanager
def default_language(settings, language):
    """Make ``language`` the default for one test and activate it.

    The URL resolver caches its reverse table per language, with the language prefix computed
    when the table is built; under another default that prefix differs (no "/en/" while English
    is the default), so the caches are cleared on the way in and again on the way out, lest
    later tests build links with the wrong prefix.
    """
    settings.LANGUAGE_CODE = language
    clear_url_caches()
    try:
        with translation.override(language):
            yield
    finally:
        clear_url_caches()


@pytest.fixture(autouse=True)
def english(request, settings):
    if "russian_default" in request.fixturenames:
        yield
        return
    with default_language(settings, "en"):
        yield


@pytest.fixture
def russian_default(settings):
    """The product's own setting: Russian unprefixed, German under /de/, English under /en/."""
    with default_language(settings, "ru"):
        yield
