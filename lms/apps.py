from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class LmsConfig(AppConfig):
    """The management layer: roles, dashboards and, later, status and certification."""

    name = "lms"
    verbose_name = _("Standards LMS")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from django.db.models.signals import post_migrate

        from . import compat, roles

        compat.apply()
        post_migrate.connect(roles.sync_role_permissions, dispatch_uid="lms-sync-roles")
