from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class StaffConfig(AppConfig):
    """Who works here: departments, job roles, each person's profile, the roster import."""

    name = "lms.staff"
    label = "staff"
    verbose_name = _("Staff directory")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from django.contrib.auth.signals import user_logged_in
        from django.db.models.signals import post_delete, post_save

        from . import selectors
        from .models import EmployeeProfile

        def forget(sender, instance, **kwargs):
            selectors.forget_team(instance.line_manager_id)

        post_save.connect(forget, sender=EmployeeProfile, weak=False, dispatch_uid="staff-team")
        post_delete.connect(forget, sender=EmployeeProfile, weak=False, dispatch_uid="staff-team")

        def warm(sender, user, **kwargs):
            # Asked once at sign-in, so that the pages' menu finds it in the cache.
            selectors.has_team(user)

        user_logged_in.connect(warm, weak=False, dispatch_uid="staff-team-warm")
