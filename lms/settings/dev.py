"""Development and the embedded demo: DEBUG on, SQLite under var/, a throwaway secret."""

import environ

from .base import *  # noqa: F403
from .base import BASE_DIR, env

environ.Env.read_env(BASE_DIR / ".env")  # .env is read in development only

DEBUG = env.bool("DEBUG", default=True)
SECRET_KEY = env("DJANGO_SECRET_KEY", default="dev-only-not-secret-3b2f9c1d7e")  # noqa: S105
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["127.0.0.1", "localhost", "[::1]"])
