"""``manage.py import_django_quiz DUMP.json``: move a django-quiz-app 0.5.x database over.

The work is done by ``quizzes.importers.django_quiz``; this command reads the arguments and prints.
"""

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from quizzes.importers import django_quiz

HELP = gettext_lazy(
    "Import categories, quizzes, questions, attempts and progress from a django-quiz-app 0.5.x "
    "database, given as the JSON output of its "
    "'manage.py dumpdata quiz multichoice true_false essay auth.user'. "
    "People are matched by username; an unknown username gets a new inactive account with an "
    "unusable password (an administrator activates it and sets a password). "
    "Nothing is written if any record is wrong, and the problem names the record. "
    "Importing the same file again creates nothing new."
)


class Command(BaseCommand):
    @property
    def help(self):
        return str(HELP)  # argparse needs a str, translated when the help is shown

    def add_arguments(self, parser):
        parser.add_argument("dump", help=_("The dumpdata JSON file."))
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help=_("Check the file and show what would be imported; write nothing."),
        )
        parser.add_argument(
            "--source",
            default="",
            help=_(
                "A name for the database the dump comes from, needed only when importing from "
                "more than one django-quiz-app site (their record numbers overlap)."
            ),
        )

    def handle(self, *args, dump, dry_run, source, **options):
        source_label = f"{django_quiz.SOURCE}:{source}" if source else django_quiz.SOURCE
        if len(source_label) > 100:
            raise CommandError(_("The --source name is too long."))
        try:
            report = django_quiz.import_file(dump, dry_run=dry_run, source=source_label)
        except django_quiz.ImportFailed as exc:
            raise CommandError(str(exc)) from None
        lines = report.lines()
        style = self.style.WARNING if dry_run else self.style.SUCCESS
        self.stdout.write(style(lines[0]))
        for line in lines[1:]:
            self.stdout.write(line)
