"""Run daily (or hourly) from cron: close quiz attempts whose time ran out (their results count),
time-based status moves, then reminder e-mails. Safe to run repeatedly."""

import datetime as dt

from django.core.management.base import BaseCommand, CommandError

from lms.certification.jobs import run_daily


class Command(BaseCommand):
    help = (
        "Move certificates to expiring/expired, flag overdue assignments, and send reminders "
        "(each reminder once, however often this runs)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--date", help="Act as if today were this date (YYYY-MM-DD).")
        parser.add_argument("--no-mail", action="store_true", help="Only move statuses.")

    def handle(self, *args, date=None, no_mail=False, **options):
        today = None
        if date:
            try:
                today = dt.date.fromisoformat(date)
            except ValueError as exc:
                raise CommandError(f"--date: expected YYYY-MM-DD, got {date!r}") from exc
        done = run_daily(today, mail=not no_mail)
        moves = done["moves"]
        self.stdout.write(f"Quiz attempts closed (time ran out): {done['closed']}.")
        repaired = done["repaired"]
        self.stdout.write(
            f"Passed attempts repaired (certification effect was missing): "
            f"{repaired['repaired']}, could not repair: {repaired['failed']}."
        )
        self.stdout.write(
            f"Moved: {moves['expiring']} expiring, {moves['expired']} expired, "
            f"{moves['overdue']} overdue."
        )
        if done["reminders"] is not None:
            self.stdout.write(f"Reminders sent: {done['reminders']}.")
        if done["reminder_failures"]:
            # Everything else was done; a non-zero exit tells cron's monitoring to look.
            raise CommandError(
                f"{done['reminder_failures']} reminder(s) could not be sent (see the log); "
                "they are tried again on the next run."
            )
