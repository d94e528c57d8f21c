"""Request-wide security: CSP per area, private caching for signed-in people, NUL bytes refused."""

import datetime

import pytest
from axes.models import AccessAttempt
from django.urls import reverse

from tests.lms.factories import PASSWORD


def _script_src(response):
    policy = response["Content-Security-Policy"]
    directive = next(d.strip() for d in policy.split(";") if d.strip().startswith("script-src"))
    return directive.split()[1:]


def test_site_pages_allow_no_inline_script(client, catalogue):
    response = client.get(reverse("login"))
    assert _script_src(response) == ["'self'"]


def test_admin_keeps_its_own_policy_for_wagtails_inline_scripts(client, trainer):
    client.force_login(trainer)
    response = client.get(reverse("wagtailadmin_home"))
    assert response.status_code == 200
    assert "'unsafe-inline'" in _script_src(response)


def test_pages_for_a_signed_in_person_are_private(client, employee, catalogue):
    client.force_login(employee)
    response = client.get(reverse("lms:dashboard"))
    assert response.status_code == 200
    assert "private" in response["Cache-Control"]


def test_anonymous_pages_are_not_marked_private(client, catalogue):
    response = client.get("/no-such-page/")
    assert "private" not in response.get("Cache-Control", "")


@pytest.mark.parametrize("query", ["q=%00", "q=a%00b", "%00=1"])
def test_nul_byte_in_site_search_is_a_clear_400(client, employee, catalogue, query):
    client.force_login(employee)
    response = client.get(reverse("lms:search"), QUERY_STRING=query)
    assert response.status_code == 400
    assert "NUL" in response.content.decode() or response.templates


def test_nul_byte_in_admin_api_search_is_a_clear_400(client, trainer):
    client.force_login(trainer)
    response = client.get("/admin/api/main/pages/", {"search": "a\x00"})
    assert response.status_code == 400


def test_nul_byte_in_a_posted_form_changes_nothing(client, employee):
    response = client.post(
        reverse("login"),
        "username=x%00&password=y",
        content_type="application/x-www-form-urlencoded",
    )
    assert response.status_code == 400
    # A multipart form reaches the form, whose fields refuse NUL with an error of their own.
    response = client.post(reverse("login"), {"username": "x\x00", "password": "y"})
    assert response.status_code == 200
    assert response.context["form"].errors
    assert not AccessAttempt.objects.exists()


def test_failures_while_locked_do_not_extend_the_lock(client, employee):
    for _ in range(5):
        client.post(reverse("login"), {"username": employee.username, "password": "wrong"})
    # Ten minutes into the 15-minute lock somebody tries again (a colleague on the same NAT) ...
    AccessAttempt.objects.update(attempt_time=_minutes_ago(10))
    client.post(reverse("login"), {"username": employee.username, "password": "wrong"})
    # ... six minutes later the original lock has run out: the owner signs in.
    AccessAttempt.objects.update(attempt_time=_minutes_ago(16))
    response = client.post(reverse("login"), {"username": employee.username, "password": PASSWORD})
    assert response.status_code == 302
    assert "_auth_user_id" in client.session


def _minutes_ago(minutes):
    from django.utils import timezone

    return timezone.now() - datetime.timedelta(minutes=minutes)
