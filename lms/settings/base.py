"""Settings shared by every environment. No secrets and no DEBUG here: see dev.py and production.py.

Configuration comes only from environment variables (django-environ), so several stateless app
servers can run behind a load balancer with the same image.
"""

from pathlib import Path

import environ
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent.parent
VAR_DIR = BASE_DIR / "var"

env = environ.Env()

DEBUG = False
SECRET_KEY = env("DJANGO_SECRET_KEY", default="")
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["127.0.0.1", "localhost"])

INSTALLED_APPS = [
    # Ours, upper rooms first so their templates win over lower ones.
    "lms",
    "lms.feedback",
    "lms.staff",
    "lms.certification",
    "lms.records",
    "lms.assignments",
    "lms.reports",
    "courses",
    "quizzes",
    "quizzes.scenarios",
    "theme",
    # Wagtail.
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.settings",
    "wagtail.contrib.simple_translation",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail.locales",
    "wagtail",
    "modelcluster",
    "taggit",
    # Django.
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "axes",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "lms.security.AreaContentSecurityPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "lms.security.RejectNulBytesMiddleware",
    "lms.security.PrivateCacheMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last, as django-axes asks: it turns a lockout into the lockout page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "lms.urls"
WSGI_APPLICATION = "lms.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.csp",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.i18n",
                "wagtail.contrib.settings.context_processors.settings",
                "lms.context_processors.navigation",
            ],
        },
    },
]

# The embedded default is a SQLite file under var/; production sets DATABASE_URL (PostgreSQL).
DATABASES = {
    "default": env.db("DATABASE_URL", default=f"sqlite:///{VAR_DIR / 'db.sqlite3'}"),
}
DATABASES["default"].setdefault("ATOMIC_REQUESTS", False)
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
if "postgresql" in DATABASES["default"]["ENGINE"]:
    # Wagtail's search index uses PostgreSQL full-text search there.
    INSTALLED_APPS.append("django.contrib.postgres")

# A shared cache (Redis in production) so that several app servers agree.
CACHES = {"default": env.cache("CACHE_URL", default="locmemcache://lms")}

AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
# Links in mails: "forgot password?" works for 3 days, the invitation HR sends for 14 (each once).
PASSWORD_RESET_TIMEOUT = env.int("PASSWORD_RESET_TIMEOUT_SECONDS", default=3 * 24 * 3600)
LMS_INVITATION_TIMEOUT = env.int("INVITATION_TIMEOUT_SECONDS", default=14 * 24 * 3600)
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "lms:dashboard"
LOGOUT_REDIRECT_URL = "login"

# Lockout after repeated failed logins: 5 failures for one username from one address lock it
# for 15 minutes. Counting by the pair keeps one attacker from locking out a whole office NAT.
AXES_FAILURE_LIMIT = env.int("AXES_FAILURE_LIMIT", default=5)
AXES_COOLOFF_TIME = env.float("AXES_COOLOFF_HOURS", default=0.25)
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_LOCKOUT_TEMPLATE = "registration/lockout.html"
AXES_RESET_ON_SUCCESS = True
# A failure while locked does not restart the cool-off: otherwise anyone behind the same office
# address could keep a colleague locked out for ever by trying their username every few minutes.
AXES_RESET_COOL_OFF_ON_FAILURE_DURING_LOCKOUT = False
AXES_IPWARE_PROXY_COUNT = env.int("AXES_PROXY_COUNT", default=0)

# Languages: Russian is the default (the standards are Russian); German and English ship too.
LANGUAGE_CODE = "ru"
LANGUAGES = [
    ("ru", _("Russian")),
    ("de", _("German")),
    ("en", _("English")),
]
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
LOCALE_PATHS = []
USE_I18N = True
TIME_ZONE = env("TIME_ZONE", default="Europe/Moscow")
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = env.path("STATIC_ROOT", default=VAR_DIR / "static")
MEDIA_URL = env("MEDIA_URL", default="/media/")
MEDIA_ROOT = env.path("MEDIA_ROOT", default=VAR_DIR / "media")
STORAGES = {
    # Media storage is configurable: the default keeps files on disk; production may point
    # MEDIA_STORAGE_BACKEND at an S3-compatible backend (django-storages) shared by all servers.
    "default": {
        "BACKEND": env(
            "MEDIA_STORAGE_BACKEND", default="django.core.files.storage.FileSystemStorage"
        )
    },
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

WAGTAIL_SITE_NAME = env("WAGTAIL_SITE_NAME", default="Standards LMS")
WAGTAILADMIN_BASE_URL = env("WAGTAILADMIN_BASE_URL", default="http://127.0.0.1:8000")
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
WAGTAIL_WORKFLOW_ENABLED = True
WAGTAILEMBEDS_RESPONSIVE_HTML = True
# Page addresses in Latin letters: the admin's slug field transliterates Cyrillic titles
# (/kak-vstrechat-gostya/, not /%D0%BA%D0%B0%D0%BA-…/); pages made in code do the same
# (theme.slugs.LatinSlugMixin).
WAGTAIL_ALLOW_UNICODE_SLUGS = False
# No Gravatar: our CSP allows images from this site only, so its avatars showed broken; Wagtail
# draws its own default avatar instead (and nothing about staff e-mails leaves the intranet).
WAGTAIL_GRAVATAR_PROVIDER_URL = None

DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# Content Security Policy (Django 6.1's own middleware, lms.security): everything is served by us
# and the site runs no inline script. Wagtail 8's admin still renders a few inline scripts without
# a nonce (inline panels, date pickers), so the admin alone gets SECURE_CSP_ADMIN below.
from django.utils.csp import CSP  # noqa: E402

SECURE_CSP = {
    "default-src": [CSP.SELF],
    "script-src": [CSP.SELF],
    "style-src": [CSP.SELF, CSP.UNSAFE_INLINE],
    "img-src": [CSP.SELF, "data:", "blob:"],
    "font-src": [CSP.SELF, "data:"],
    "connect-src": [CSP.SELF],
    "frame-src": [
        CSP.SELF,
        "https://www.youtube-nocookie.com",
        "https://www.youtube.com",
        "https://player.vimeo.com",
    ],
    "frame-ancestors": [CSP.SELF],
    "form-action": [CSP.SELF],
    "base-uri": [CSP.SELF],
    "object-src": [CSP.NONE],
}
SECURE_CSP_ADMIN = {**SECURE_CSP, "script-src": [CSP.SELF, CSP.UNSAFE_INLINE]}

# Public certificate verification: look-ups per client address and window (seconds).
VERIFY_RATE_LIMIT = (env.int("VERIFY_RATE_LIMIT", default=30), 60)

SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = False
X_FRAME_OPTIONS = "DENY"  # Wagtail's preview views opt into same-origin framing themselves

MAILERS = {
    "default": {
        "BACKEND": env("EMAIL_BACKEND", default="django.core.mail.backends.console.EmailBackend"),
    },
}
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL", default="lms@example.com")

# Background work through Django's tasks API. The immediate backend runs tasks in-process;
# production may configure a database-backed worker (django-tasks-db) without code changes.
TASKS = {
    "default": {"BACKEND": "django.tasks.backends.immediate.ImmediateBackend"},
    # Certificates' PDFs: a backend of their own, so a deployment can give them a worker.
    "certificates": {"BACKEND": "django.tasks.backends.immediate.ImmediateBackend"},
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env("LOG_LEVEL", default="INFO")},
    "loggers": {
        "axes": {"level": "WARNING"},
        "wagtail": {"level": "WARNING"},
        "django.tasks": {"level": "WARNING"},
        "fontTools": {"level": "WARNING"},
        "weasyprint": {"level": "WARNING"},
    },
}
