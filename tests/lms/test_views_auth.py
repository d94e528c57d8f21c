"""Sign in, sign out, password change, and the lockout after repeated failures."""

import pytest
from django.urls import reverse

from tests.lms.factories import PASSWORD


def test_login_page_has_labelled_fields(client, db):
    html = client.get(reverse("login")).content.decode()
    assert '<label for="id_username">' in html
    assert '<label for="id_password">' in html
    assert "csrfmiddlewaretoken" in html


def test_sign_in_leads_to_my_training(client, employee):
    response = client.post(reverse("login"), {"username": employee.username, "password": PASSWORD})
    assert response.status_code == 302
    assert response["Location"] == reverse("lms:dashboard")


def test_lockout_after_five_failures_even_with_the_right_password(client, employee):
    for _ in range(5):
        response = client.post(
            reverse("login"), {"username": employee.username, "password": "wrong"}
        )
    response = client.post(reverse("login"), {"username": employee.username, "password": PASSWORD})
    assert response.status_code == 429
    assert "15" in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_four_failures_do_not_lock(client, employee):
    for _ in range(4):
        client.post(reverse("login"), {"username": employee.username, "password": "wrong"})
    response = client.post(reverse("login"), {"username": employee.username, "password": PASSWORD})
    assert response.status_code == 302


def test_lockout_of_one_person_does_not_lock_another(client, employee, trainer):
    for _ in range(6):
        client.post(reverse("login"), {"username": employee.username, "password": "wrong"})
    response = client.post(reverse("login"), {"username": trainer.username, "password": PASSWORD})
    assert response.status_code == 302


def test_logout_is_a_post(client, employee):
    client.force_login(employee)
    response = client.post(reverse("logout"))
    assert response.status_code == 302
    assert "_auth_user_id" not in client.session


def test_password_change(client, employee):
    client.force_login(employee)
    assert client.get(reverse("password_change")).status_code == 200
    response = client.post(
        reverse("password_change"),
        {
            "old_password": PASSWORD,
            "new_password1": "a much better passphrase 42",
            "new_password2": "a much better passphrase 42",
        },
    )
    assert response.status_code == 302
    employee.refresh_from_db()
    assert employee.check_password("a much better passphrase 42")


def test_password_change_shows_errors(client, employee):
    client.force_login(employee)
    response = client.post(
        reverse("password_change"),
        {"old_password": "nope", "new_password1": "x", "new_password2": "y"},
    )
    assert response.status_code == 200
    assert 'aria-invalid="true"' in response.content.decode()


@pytest.mark.parametrize("prefix", ["", "/de", "/en"])
def test_pages_in_each_language(client, catalogue, prefix):
    response = client.get(f"{prefix}/accounts/login/")
    assert response.status_code == 200
    lang = prefix.strip("/") or "ru"
    assert f'<html lang="{lang}">' in response.content.decode()


@pytest.mark.parametrize("username", ["u" * 151, "u" * 300, "ю" * 1000])
def test_an_overlong_username_is_a_form_error_and_records_nothing(client, db, username):
    """Anonymous input longer than any login: a form error, never a database error in the
    lockout table (its username column holds 255 characters)."""
    from axes.models import AccessAttempt, AccessFailureLog

    response = client.post(reverse("login"), {"username": username, "password": "whatever"})
    assert response.status_code == 200
    assert response.context["form"].errors
    assert not AccessAttempt.objects.exists()
    assert not AccessFailureLog.objects.exists()
