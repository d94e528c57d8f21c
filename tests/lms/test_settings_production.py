"""Production settings refuse to start without their secrets and pass `check --deploy`."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
GOOD_ENV = {
    "DJANGO_SETTINGS_MODULE": "lms.settings.production",
    "DJANGO_SECRET_KEY": "x" * 20 + "a-long-random-production-secret-for-tests-0123456789",
    "DATABASE_URL": "postgres://lms@127.0.0.1:5432/lms",
    "ALLOWED_HOSTS": "lms.example.com",
    "CACHE_URL": "redis://127.0.0.1:6379/0",
}


# Set by the browser tests for their own process; production never has it (async.E001).
TEST_ONLY_ENV = {"DJANGO_ALLOW_ASYNC_UNSAFE"}


def run_manage(*args, drop=()):
    env = {k: v for k, v in os.environ.items() if k not in GOOD_ENV.keys() | TEST_ONLY_ENV}
    env.update({k: v for k, v in GOOD_ENV.items() if k not in drop})
    return subprocess.run(  # noqa: S603 — our own manage.py with fixed arguments
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


@pytest.mark.parametrize("missing", ["DJANGO_SECRET_KEY", "DATABASE_URL", "ALLOWED_HOSTS"])
def test_production_fails_clearly_without(missing):
    result = run_manage("check", drop=(missing,))
    assert result.returncode != 0
    assert f"{missing} must be set" in result.stderr


def test_production_passes_check_deploy():
    result = run_manage("check", "--deploy", "--fail-level", "WARNING")
    assert result.returncode == 0, result.stderr
    assert "no issues" in result.stdout


def settings_value(expression, drop=(), extra=None):
    env = {k: v for k, v in os.environ.items() if k not in GOOD_ENV.keys() | TEST_ONLY_ENV}
    env.update({k: v for k, v in GOOD_ENV.items() if k not in drop})
    env.update(extra or {})
    code = f"from django.conf import settings; print({expression})"  # settings only, no apps
    return subprocess.run(  # noqa: S603 — our own interpreter with a fixed expression
        [sys.executable, "-c", code],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_sessions_live_in_the_database_without_a_shared_cache():
    with_cache = settings_value("settings.SESSION_ENGINE")
    without = settings_value("settings.SESSION_ENGINE", drop=("CACHE_URL",))
    assert with_cache.stdout.strip() == "django.contrib.sessions.backends.cached_db"
    assert without.stdout.strip() == "django.contrib.sessions.backends.db"


def test_s3_media_needs_a_bucket_and_reads_its_settings():
    s3 = {"MEDIA_STORAGE_BACKEND": "storages.backends.s3.S3Storage"}
    missing = settings_value("settings.STORAGES", extra=s3)
    assert missing.returncode != 0
    assert "AWS_STORAGE_BUCKET_NAME must be set" in missing.stderr
    ok = settings_value(
        "settings.STORAGES['default']['OPTIONS']['bucket_name']",
        extra={**s3, "AWS_STORAGE_BUCKET_NAME": "lms-media"},
    )
    assert ok.stdout.strip() == "lms-media", ok.stderr
