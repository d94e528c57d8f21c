"""Load the demo site: catalogues in three languages, five standards with certification policies,
an organisation of about forty people, accounts and a training history with every status.

Idempotent: run it as often as you like; nothing is duplicated and trainer edits are kept.
"""

from django.conf import settings
from django.core.management.base import BaseCommand

from lms.demo import builders, organisation


class Command(BaseCommand):
    help = "Create (or complete) the demo content and demo accounts. Safe to run repeatedly."

    def handle(self, *args, **options):
        from lms.demo import content

        result = builders.build(content)
        self.stdout.write(
            self.style.SUCCESS(
                f"Demo content ready: {result['courses']} courses ({result['created']} new)."
            )
        )
        self.stdout.write(
            "Training history of the demo organisation: "
            + ("replayed." if result["history_replayed"] else "already there.")
        )
        self.stdout.write(organisation.summary_line())
        self.stdout.write("")
        self.stdout.write(f"Demo accounts (password for all: {builders.DEMO_PASSWORD})")
        for username, first, last, _groups, _su, label in builders.ACCOUNTS:
            self.stdout.write(f"  {username:<10} {label:<14} {first} {last}")
        self.stdout.write("")
        base = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
        self.stdout.write(f"Site: {base}/   Admin: {base}/admin/")
