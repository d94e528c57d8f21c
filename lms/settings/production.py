"""Production: everything that matters comes from the environment; secrets have no default.

Required: DJANGO_SECRET_KEY, DATABASE_URL, ALLOWED_HOSTS. Recommended: CACHE_URL (Redis, shared by
all app servers), MEDIA_STORAGE_BACKEND (S3-compatible storage), EMAIL_URL, DEFAULT_FROM_EMAIL.
"""

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import env


def _required(name):
    value = env(name, default="")
    if not value:
        raise ImproperlyConfigured(
            f"{name} must be set in the environment for production (see README, 'Production')."
        )
    return value


DEBUG = False
SECRET_KEY = _required("DJANGO_SECRET_KEY")
_required("DATABASE_URL")
DATABASES = {"default": env.db("DATABASE_URL")}
if (
    "django.contrib.postgres" not in INSTALLED_APPS
    and "postgresql" in DATABASES["default"]["ENGINE"]
):  # noqa: F405
    INSTALLED_APPS.append("django.contrib.postgres")  # noqa: F405
DATABASES["default"]["CONN_MAX_AGE"] = env.int("CONN_MAX_AGE", default=60)
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=[])
if not ALLOWED_HOSTS:
    raise ImproperlyConfigured("ALLOWED_HOSTS must be set in the environment for production.")
CSRF_TRUSTED_ORIGINS = env.list("CSRF_TRUSTED_ORIGINS", default=[])

# Sessions in the database (or the shared cache) keep app servers stateless. Without a shared
# cache (CACHE_URL) each server would cache sessions on its own: use the database alone then.
SESSION_ENGINE = env(
    "SESSION_ENGINE",
    default="django.contrib.sessions.backends.cached_db"
    if env("CACHE_URL", default="")
    else "django.contrib.sessions.backends.db",
)

# Media on S3-compatible storage (django-storages, from the "production" extra), shared by all
# app servers: MEDIA_STORAGE_BACKEND=storages.backends.s3.S3Storage and the bucket settings.
if "s3" in STORAGES["default"]["BACKEND"].lower():  # noqa: F405
    STORAGES["default"]["OPTIONS"] = {  # noqa: F405
        "bucket_name": _required("AWS_STORAGE_BUCKET_NAME"),
        "endpoint_url": env("AWS_S3_ENDPOINT_URL", default=None),
        "region_name": env("AWS_S3_REGION_NAME", default=None),
        "access_key": env("AWS_ACCESS_KEY_ID", default=None),
        "secret_key": env("AWS_SECRET_ACCESS_KEY", default=None),
        "default_acl": None,
        "querystring_auth": True,  # media (certificates, images) are not public
        "file_overwrite": False,
    }

STORAGES["staticfiles"] = {  # noqa: F405
    "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage",
}

SECURE_SSL_REDIRECT = env.bool("SECURE_SSL_REDIRECT", default=True)
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_HSTS_SECONDS = env.int("SECURE_HSTS_SECONDS", default=31536000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
# Preloading is a promise to browsers' built-in lists that is slow to take back: opt in with
# SECURE_HSTS_PRELOAD=true once every subdomain serves HTTPS.
SECURE_HSTS_PRELOAD = env.bool("SECURE_HSTS_PRELOAD", default=False)
if not SECURE_HSTS_PRELOAD:
    SILENCED_SYSTEM_CHECKS = [*globals().get("SILENCED_SYSTEM_CHECKS", []), "security.W021"]
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
LANGUAGE_COOKIE_SECURE = True
SESSION_COOKIE_SAMESITE = "Lax"

_email = env.email_url("EMAIL_URL", default="smtp://localhost:25")
MAILERS = {
    "default": {
        "BACKEND": _email.get("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend"),
        "OPTIONS": {
            "host": _email.get("EMAIL_HOST", "localhost"),
            "port": _email.get("EMAIL_PORT", 25),
            "username": _email.get("EMAIL_HOST_USER", ""),
            "password": _email.get("EMAIL_HOST_PASSWORD", ""),
            "use_tls": _email.get("EMAIL_USE_TLS", False),
            "use_ssl": _email.get("EMAIL_USE_SSL", False),
        },
    },
}
SERVER_EMAIL = env("SERVER_EMAIL", default=DEFAULT_FROM_EMAIL)  # noqa: F405
