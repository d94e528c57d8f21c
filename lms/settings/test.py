"""Tests: fast hashing, in-memory e-mail and cache. DATABASE_URL picks PostgreSQL when set."""

from .base import *  # noqa: F403

SECRET_KEY = "test-only-not-secret"  # noqa: S105
DEBUG = False
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
MAILERS = {"default": {"BACKEND": "django.core.mail.backends.locmem.EmailBackend"}}
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
ALLOWED_HOSTS = ["*"]
WAGTAILADMIN_BASE_URL = "http://testserver"
WHITENOISE_USE_FINDERS = True
# Certificates' PDFs are queued, not rendered, on issue: tests that need a PDF render it directly
# (Wagtail's search indexing stays on the immediate default backend).
TASKS = {
    **TASKS,  # noqa: F405
    "certificates": {"BACKEND": "django.tasks.backends.dummy.DummyBackend"},
}
# Public verification is rate-limited (30 look-ups a minute per address by default); tests that
# look up many codes from one client would trip it. Its own test sets a small limit.
VERIFY_RATE_LIMIT = (10_000, 60)
