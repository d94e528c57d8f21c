"""Apply every assignment rule to everyone (e.g. after a bulk change made outside the app)."""

from django.core.management.base import BaseCommand, CommandError

from lms.assignments import services
from lms.assignments.models import AssignmentRule


class Command(BaseCommand):
    help = "Apply assignment rules to every person they match; end those that no longer apply."

    def add_arguments(self, parser):
        parser.add_argument("--rule", type=int, help="Apply only this rule (its id).")

    def handle(self, *args, rule=None, **options):
        if rule is not None:
            found = AssignmentRule.objects.filter(pk=rule).first()
            if found is None:
                raise CommandError(f"No assignment rule with id {rule}.")
            result = services.apply_rule(found)
        else:
            result = services.apply_all_rules()
        self.stdout.write(
            f"Assignments started: {result.started}, due dates changed: {result.changed}, "
            f"ended: {result.ended}; courses made required: {result.required}, "
            f"released: {result.released}."
        )
