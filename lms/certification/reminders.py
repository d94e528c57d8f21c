"""Reminder e-mails: due soon, overdue, expiring in 30 and 7 days, recertification required.

Each goes out once however often the job runs: a ``Reminder`` row, unique per status, kind and
the date it is about, is written in the same transaction that sends the mail (a failed send rolls
it back, to be tried on the next run). People are written to in their own language, and so are
their line managers. One reminder that cannot be sent (a bad address, the mail server down) is
logged and counted, and the others still go out.
"""

import logging

from django.conf import settings
from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.template.loader import render_to_string
from django.utils import timezone, translation

from . import rules
from .certificates import holder_language, site_root
from .models import HOLDING, CourseStatus, Reminder, State

logger = logging.getLogger(__name__)


def line_manager_of(user):
    profile = getattr(user, "profile", None)
    return getattr(profile, "line_manager", None)


def _candidates(today):
    """Status rows that may call for a reminder today: a bounded set, read in one query."""
    import datetime as dt

    soon = today + dt.timedelta(days=7)
    month = today + dt.timedelta(days=30)
    return (
        CourseStatus.objects.filter(
            Q(state__in=rules.ACTIVE, due_date__lte=soon)
            | Q(state=State.RECERT_REQUIRED)
            | Q(state__in=HOLDING, expires_on__gte=today, expires_on__lte=month)
        )
        .filter(user__is_active=True)
        .select_related("user", "course")
    )


def _send(status, kind, recipient, about_person):
    language = holder_language(recipient)
    with translation.override(language):
        context = {
            "status": status,
            "kind": kind,
            "person": status.user,
            "recipient": recipient,
            "about_person": about_person,
            "course_url": site_root() + status.course.url if status.course.url else site_root(),
        }
        subject = render_to_string("certification/email/reminder_subject.txt", context)
        body = render_to_string("certification/email/reminder.txt", context)
    send_mail(" ".join(subject.split()), body, settings.DEFAULT_FROM_EMAIL, [recipient.email])


def send_due_reminders(today=None, *, failures=None):
    """Send every reminder due today that has not gone out yet. Returns how many were sent.

    A reminder whose mail fails is not recorded (it is tried again on the next run), is logged,
    and is appended to ``failures`` (when given) as ``(status, kind, error)``; the rest go on."""
    today = today or timezone.localdate()
    rows = list(_candidates(today))
    if not rows:
        return 0
    sent_keys = set(
        Reminder.objects.filter(status__in=rows).values_list("status_id", "kind", "about")
    )
    sent = 0
    for status in rows:
        for due in rules.reminders_due(
            status.state, status.due_date, status.expires_on, status.cycle, today
        ):
            if (status.pk, due.kind, due.about) in sent_keys:
                continue
            people = [(status.user, False)]
            manager = line_manager_of(status.user)
            if manager is not None and manager.is_active:
                people.append((manager, True))
            people = [(p, about) for p, about in people if p.email]
            try:
                with transaction.atomic():
                    Reminder.objects.create(
                        status=status,
                        kind=due.kind,
                        about=due.about,
                        recipients=", ".join(p.email for p, _about in people),
                    )
                    for person, about_person in people:
                        _send(status, due.kind, person, about_person)
            except IntegrityError:  # another run sent it a moment ago
                continue
            except Exception as error:  # one bad mail must not stop the others
                logger.exception(
                    "Reminder %s for status %s could not be sent; retried on the next run.",
                    due.kind,
                    status.pk,
                )
                if failures is not None:
                    failures.append((status, due.kind, error))
                continue
            sent += 1
    return sent
