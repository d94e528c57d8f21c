"""A way in for people the roster created: the invitation mail and "forgot password?".

People created by the roster import (or by HR in the admin) have an unusable password. HR invites
them: a mail, in the person's language, with a link to set their own password. The link is

- single-use: its token hashes the password, which changes when the person sets one;
- expiring: after ``LMS_INVITATION_TIMEOUT`` seconds (14 days by default).

"Forgot password?" on the site uses Django's views with ``PasswordResetForm`` below: unlike
Django's own form it also reaches invited people who have not set a password yet, and writes the
mail in the person's language. Neither flow says whether an address exists.
"""

import logging

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.forms import PasswordResetForm as DjangoPasswordResetForm
from django.contrib.auth.tokens import PasswordResetTokenGenerator
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.crypto import constant_time_compare
from django.utils.encoding import force_bytes
from django.utils.http import base36_to_int, urlsafe_base64_encode

logger = logging.getLogger(__name__)

DEFAULT_INVITATION_TIMEOUT = 14 * 24 * 3600


def invitation_timeout():
    return getattr(settings, "LMS_INVITATION_TIMEOUT", DEFAULT_INVITATION_TIMEOUT)


class InvitationTokenGenerator(PasswordResetTokenGenerator):
    """Django's reset token with a salt of its own (an invitation link is no reset link and back)
    and its own lifetime (``LMS_INVITATION_TIMEOUT``) instead of ``PASSWORD_RESET_TIMEOUT``."""

    key_salt = "lms.staff.invitations.InvitationTokenGenerator"

    def check_token(self, user, token):
        if not (user and token):
            return False
        try:
            ts_b36, _hash = token.split("-")
            ts = base36_to_int(ts_b36)
        except ValueError:
            return False
        if not any(
            constant_time_compare(self._make_token_with_timestamp(user, ts, secret), token)
            for secret in [self.secret, *self.secret_fallbacks]
        ):
            return False
        return (self._num_seconds(self._now()) - ts) <= invitation_timeout()


invitation_token_generator = InvitationTokenGenerator()


def language_of(user):
    """The person's language (their profile's), else the site's default."""
    profile = getattr(user, "profile", None)
    code = getattr(profile, "preferred_language", "") or settings.LANGUAGE_CODE
    return code if code in dict(settings.LANGUAGES) else settings.LANGUAGE_CODE


def may_be_invited(user):
    """An invitation goes to an active person with an e-mail who has no password yet."""
    return bool(user.is_active and user.email and not user.has_usable_password())


def why_not_invitable(user):
    """A sentence for HR when ``user`` cannot be invited, or ``""``."""
    from django.utils.translation import gettext as _

    if not user.is_active:
        return _("This person has left (inactive): no invitation is sent.")
    if not user.email:
        return _("This person has no e-mail address: add one to send an invitation.")
    if user.has_usable_password():
        return _(
            "This person has already set a password. They can use “Forgot password?” on the "
            "sign-in page."
        )
    return ""


def _absolute(path):
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def invitation_link(user):
    """The absolute link that lets ``user`` set a password, in their language's URL prefix."""
    uid = urlsafe_base64_encode(force_bytes(user.pk))
    token = invitation_token_generator.make_token(user)
    with translation.override(language_of(user)):
        path = reverse("invitation_confirm", kwargs={"uidb64": uid, "token": token})
    return _absolute(path)


def invitation_message(user):
    """The invitation mail for ``user``, rendered in their language."""
    with translation.override(language_of(user)):
        context = {
            "user": user,
            "name": user.get_full_name() or user.get_username(),
            "link": invitation_link(user),
            "sign_in": _absolute(reverse("login")),
            "days": invitation_timeout() // (24 * 3600),
            "site_name": settings.WAGTAIL_SITE_NAME,
        }
        subject = "".join(
            render_to_string("staff/email/invitation_subject.txt", context).splitlines()
        )
        body = render_to_string("staff/email/invitation.txt", context)
    return EmailMessage(subject, body, settings.DEFAULT_FROM_EMAIL, [user.email])


def send_invitations(user_ids):
    """Send an invitation to each of ``user_ids`` who may be invited; returns how many went.

    A mail that fails is logged and skipped: the people are imported either way, and HR can
    resend from the staff directory."""
    User = get_user_model()
    sent = 0
    for user in User.objects.filter(pk__in=list(user_ids)).select_related("profile"):
        if not may_be_invited(user):
            continue
        try:
            invitation_message(user).send()
        except Exception:
            logger.exception("Failed to send the invitation to user %s", user.pk)
            continue
        sent += 1
    return sent


class PasswordResetForm(DjangoPasswordResetForm):
    """Django's reset form that also reaches invited people without a password yet, and writes
    the mail in each person's language."""

    def get_users(self, email):
        User = get_user_model()
        email = (email or "").strip()
        if not email:
            return []
        return [
            user
            for user in User.objects.filter(email__iexact=email, is_active=True).select_related(
                "profile"
            )
            if user.email.casefold() == email.casefold()
        ]

    def send_mail(self, subject_template_name, email_template_name, context, *args, **kwargs):
        with translation.override(language_of(context["user"])):
            context = {**context, "site_name": settings.WAGTAIL_SITE_NAME}
            super().send_mail(subject_template_name, email_template_name, context, *args, **kwargs)
