"""Development and the embedded demo: DEBUG on, SQLite under var/, a throwaway secret."""

import environ

from .base import *  # noqa: F403
from .base import BASE_DIR, env

environ.Env.read_env(BASE_DIR / ".env")  # .env is read in development only

DEBUG = env.bool("DEBUG", default=True)
SECRET_KEY = env("DJANGO_SECRET_KEY", default="dev-only-not-secret-3b2f9c1d7e")  # noqa: S105


def demo_address(host):
    """The host part of the demo's address: a wildcard listen address becomes this machine,
    an IPv6 address gets its brackets."""
    host = (host or "127.0.0.1").strip("[]")
    if host in ("0.0.0.0", "::"):  # noqa: S104 — listening everywhere: this machine answers
        host = "127.0.0.1"
    return f"[{host}]" if ":" in host else host


def demo_base_url(host, port):
    """The address the demo is served at (`make demo HOST=… PORT=…`), for links made outside a
    request: QR codes on certificates, links in mails, the closing banner of the demo loader."""
    return f"http://{demo_address(host)}:{int(port or 8000)}"


DEMO_HOST = env("DEMO_HOST", default="127.0.0.1")
DEMO_PORT = env.int("DEMO_PORT", default=8000)
WAGTAILADMIN_BASE_URL = env("WAGTAILADMIN_BASE_URL", default=demo_base_url(DEMO_HOST, DEMO_PORT))
ALLOWED_HOSTS = env.list(
    "ALLOWED_HOSTS", default=sorted({"127.0.0.1", "localhost", "[::1]", demo_address(DEMO_HOST)})
)
