"""Assignments follow the staff directory and the rules.

- A new person (created in the admin, by a service or by the roster import) gets their
  onboarding plan at once; a change of department, job role, hire date or a return from leave
  updates it. The staff directory sends its signals after its transaction commits.
- A rule saved anywhere (the admin, the demo, a shell) is applied to everyone it matches once
  the save commits; a rule deleted has its assignments ended (kept as history) first.
"""

from functools import partial

from django.db import transaction
from django.db.models.signals import post_save, pre_delete
from django.dispatch import receiver

from lms.staff import signals as staff_signals
from lms.staff.models import EmployeeProfile

from . import services
from .models import AssignmentRule

PLAN_FIELDS = frozenset({"department", "job_role", "hire_date", "active"})


@receiver(staff_signals.employee_created, sender=EmployeeProfile)
def on_employee_created(sender, profile, **kwargs):
    services.plan_for(profile)


@receiver(staff_signals.employee_changed, sender=EmployeeProfile)
def on_employee_changed(sender, profile, changed_fields, **kwargs):
    if changed_fields & PLAN_FIELDS:
        services.plan_for(profile)


@receiver(post_save, sender=AssignmentRule)
def on_rule_saved(sender, instance, raw=False, **kwargs):
    if raw:  # loaddata
        return
    actor = getattr(instance, "_actor", None)
    transaction.on_commit(partial(services.apply_rule, instance, actor=actor))


@receiver(pre_delete, sender=AssignmentRule)
def on_rule_deleted(sender, instance, **kwargs):
    services.retire_rule(instance, actor=getattr(instance, "_actor", None))
