"""A way in for roster-imported people: the invitation mail (on import and resent by HR), and
"forgot password?" on the site, in the person's language, single-use and expiring."""

import datetime as dt
import re

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils.translation import gettext, override

from lms.staff import invitations
from lms.staff.models import EmployeeProfile
from tests.lms.factories import UserFactory
from tests.lms.staff.factories import DepartmentFactory, EmployeeProfileFactory

pytestmark = pytest.mark.django_db

CSV = (
    "employee_number;first_name;last_name;email;department;hire_date;language\n"
    "100;Anna;Petrova;anna@example.com;sales;2024-01-15;de\n"
    "101;Boris;Sidorov;;sales;2024-01-15;ru\n"
)
LINK = re.compile(r"https?://\S+")


def upload(text=CSV):
    return SimpleUploadedFile("roster.csv", text.encode("utf-8"), content_type="text/csv")


@pytest.fixture
def sales(db):
    return DepartmentFactory(code="sales", name="Sales floor")


def link_path(message):
    url = LINK.findall(message.body)[0]
    return "/" + url.split("://", 1)[1].split("/", 1)[1]


def ru(msgid):
    with override("ru"):
        return gettext(msgid)


def imported(client, hr_officer, django_capture_on_commit_callbacks, **extra):
    client.force_login(hr_officer)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("staff_admin:import_roster"), {"file": upload(), **extra})
    client.logout()
    assert response.status_code == 200
    assert response.context["report"].applied
    return response


def test_the_import_form_offers_invitations_ticked(client, hr_officer):
    client.force_login(hr_officer)
    form = client.get(reverse("staff_admin:import_roster")).context["form"]
    assert form.fields["send_invitations"].initial is True


def test_import_invites_new_people_in_their_language_after_commit(
    client, hr_officer, sales, django_capture_on_commit_callbacks
):
    response = imported(
        client, hr_officer, django_capture_on_commit_callbacks, send_invitations="on"
    )
    assert len(mail.outbox) == 1  # Boris has no e-mail
    message = mail.outbox[0]
    assert message.to == ["anna@example.com"]
    assert "Passwort" in message.subject  # German, Anna's language
    assert "/de/accounts/welcome/" in message.body
    assert response.context["report"].invited == 1
    assert response.context["report"].not_invitable == 1


def test_import_without_the_box_sends_nothing(
    client, hr_officer, sales, django_capture_on_commit_callbacks
):
    imported(client, hr_officer, django_capture_on_commit_callbacks)
    assert mail.outbox == []


def test_invitation_link_sets_the_password_once(
    client, hr_officer, sales, django_capture_on_commit_callbacks
):
    imported(client, hr_officer, django_capture_on_commit_callbacks, send_invitations="on")
    path = link_path(mail.outbox[0])
    response = client.get(path, follow=True)
    assert response.status_code == 200 and response.context["validlink"]
    form_url = response.redirect_chain[-1][0]
    response = client.post(
        form_url, {"new_password1": "Gr33n-tea-at-noon", "new_password2": "Gr33n-tea-at-noon"}
    )
    assert response.status_code == 302
    anna = get_user_model().objects.get(email="anna@example.com")
    assert anna.check_password("Gr33n-tea-at-noon")
    signed_in = client.post(
        reverse("login"), {"username": anna.username, "password": "Gr33n-tea-at-noon"}
    )
    assert signed_in.status_code == 302
    client.logout()
    # Used once: the same link now shows a clear page, not a form and not a 500.
    response = client.get(path, follow=True)
    assert response.status_code == 200
    assert not response.context["validlink"]
    with override("de"):  # Anna's language: the link carries /de/
        assert gettext("This link no longer works") in response.content.decode()


def test_invitation_link_expires(settings, sales):
    profile = EmployeeProfileFactory(department=sales)
    profile.user.set_unusable_password()
    profile.user.save()
    token = invitations.invitation_token_generator.make_token(profile.user)
    assert invitations.invitation_token_generator.check_token(profile.user, token)
    later = invitations.InvitationTokenGenerator()
    later._now = lambda: dt.datetime.now() + dt.timedelta(days=15)
    assert not later.check_token(profile.user, token)
    settings.LMS_INVITATION_TIMEOUT = 30 * 24 * 3600
    assert later.check_token(profile.user, token)
    # An invitation token is no password-reset token.
    from django.contrib.auth.tokens import default_token_generator

    assert not default_token_generator.check_token(profile.user, token)


def test_hr_resends_from_the_directory(client, hr_officer, sales):
    profile = EmployeeProfileFactory(department=sales, preferred_language="en")
    profile.user.set_unusable_password()
    profile.user.save()
    client.force_login(hr_officer)
    listing = client.get(reverse("wagtailsnippets_staff_employeeprofile:list"))
    url = reverse("staff_admin:invite", args=[profile.pk])
    assert url in listing.content.decode()
    assert client.get(url).status_code == 200
    assert mail.outbox == []  # a GET sends nothing
    response = client.post(url)
    assert response.status_code == 302
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == [profile.user.email]
    assert "/en/accounts/welcome/" in mail.outbox[0].body


def test_resend_refuses_someone_with_a_password(client, hr_officer, sales):
    profile = EmployeeProfileFactory(department=sales)  # the factory sets a password
    client.force_login(hr_officer)
    response = client.post(reverse("staff_admin:invite", args=[profile.pk]), follow=True)
    assert response.status_code == 200
    assert mail.outbox == []
    assert (
        ru(
            "This person has already set a password. They can use “Forgot password?” on the "
            "sign-in page."
        )
        in response.content.decode()
    )


def test_only_hr_resends(client, employee, trainer, sales):
    profile = EmployeeProfileFactory(department=sales)
    profile.user.set_unusable_password()
    profile.user.save()
    url = reverse("staff_admin:invite", args=[profile.pk])
    client.force_login(trainer)  # in the admin, but no HR
    assert client.post(url).status_code == 403
    assert client.get(url).status_code == 403
    listing = client.get(reverse("wagtailsnippets_staff_employeeprofile:list"))
    assert url not in listing.content.decode()
    client.force_login(employee)  # not even in the admin
    assert client.post(url).status_code in (302, 403)
    assert mail.outbox == []


def test_sign_in_page_links_to_forgot_password(client):
    html = client.get(reverse("login")).content.decode()
    assert reverse("password_reset") in html


def test_forgot_password_reaches_an_invited_person_in_their_language(client, sales):
    profile = EmployeeProfileFactory(department=sales, preferred_language="de")
    user = profile.user
    user.set_unusable_password()
    user.save()
    response = client.post(reverse("password_reset"), {"email": user.email.upper()})
    assert response.status_code == 302
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == [user.email]
    assert "/de/accounts/reset/" in message.body
    assert "Passwort" in message.subject
    path = link_path(message)
    response = client.get(path, follow=True)
    assert response.context["validlink"]
    response = client.post(
        response.redirect_chain[-1][0],
        {"new_password1": "Gr33n-tea-at-noon", "new_password2": "Gr33n-tea-at-noon"},
    )
    assert response.status_code == 302
    user.refresh_from_db()
    assert user.check_password("Gr33n-tea-at-noon")


def test_forgot_password_does_not_reveal_unknown_addresses(client, sales):
    inactive = EmployeeProfileFactory(department=sales, active=False)
    inactive.user.is_active = False
    inactive.user.save()
    known = client.post(reverse("password_reset"), {"email": "nobody@example.com"})
    left = client.post(reverse("password_reset"), {"email": inactive.user.email})
    assert known.status_code == left.status_code == 302
    assert known["Location"] == left["Location"] == reverse("password_reset_done")
    assert mail.outbox == []


def test_a_broken_link_is_a_clear_page(client):
    user = UserFactory()
    for path in (
        "/accounts/reset/MQ/bad-token/",
        reverse("password_reset_confirm", kwargs={"uidb64": "MQ", "token": "bad-token"}),
        reverse("invitation_confirm", kwargs={"uidb64": "zzzz", "token": "x"}),
        f"/accounts/welcome/{user.pk}/1-2/",
    ):
        response = client.get(path, follow=True)
        assert response.status_code == 200, path
        assert not response.context["validlink"]
        html = response.content.decode()
        assert 'role="alert"' in html and reverse("password_reset") in html


def test_employee_profile_count_is_unchanged_by_an_invitation(client, hr_officer, sales):
    profile = EmployeeProfileFactory(department=sales)
    profile.user.set_unusable_password()
    profile.user.save()
    client.force_login(hr_officer)
    client.post(reverse("staff_admin:invite", args=[profile.pk]))
    assert EmployeeProfile.objects.count() == 1
    profile.user.refresh_from_db()
    assert not profile.user.has_usable_password()
