"""`make demo PORT=…`: the address in QR codes, mails and the closing banner follows HOST/PORT."""

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.management import call_command
from django.test import override_settings

ROOT = Path(__file__).resolve().parents[2]


def dev_setting(name, **env):
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("DEMO_", "WAGTAILADMIN_"))}
    clean.update(env, DJANGO_SETTINGS_MODULE="lms.settings.dev")
    code = f"from django.conf import settings; print(settings.{name})"
    result = subprocess.run(  # noqa: S603 — our own interpreter with fixed arguments
        [sys.executable, "-c", code],
        cwd=ROOT,
        env=clean,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    return result.stdout.strip()


def test_dev_settings_derive_the_base_url_from_host_and_port():
    assert dev_setting("WAGTAILADMIN_BASE_URL") == "http://127.0.0.1:8000"
    assert dev_setting("WAGTAILADMIN_BASE_URL", DEMO_PORT="8123") == "http://127.0.0.1:8123"
    assert (
        dev_setting("WAGTAILADMIN_BASE_URL", DEMO_HOST="0.0.0.0", DEMO_PORT="9000")  # noqa: S104
        == "http://127.0.0.1:9000"
    )
    assert "demo.lan" in dev_setting("ALLOWED_HOSTS", DEMO_HOST="demo.lan")


def test_the_makefile_hands_host_and_port_to_the_demo():
    makefile = (ROOT / "Makefile").read_text()
    assert "export DEMO_HOST = $(HOST)" in makefile
    assert "export DEMO_PORT = $(PORT)" in makefile


@pytest.mark.django_db
@override_settings(WAGTAILADMIN_BASE_URL="http://127.0.0.1:8123")
def test_the_closing_banner_names_the_served_address():
    out = io.StringIO()
    call_command("load_demo_content", stdout=out)
    banner = out.getvalue().splitlines()[-1]
    assert banner == "Site: http://127.0.0.1:8123/   Admin: http://127.0.0.1:8123/admin/"
    # The demo company is filled in by the same command (Settings → Company).
    from lms.certification.models import CompanySettings

    company = CompanySettings.objects.get()
    assert company.company_name and company.signatory and company.logo_id
