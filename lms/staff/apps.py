from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class StaffConfig(AppConfig):
    """Who works here: departments, job roles, each person's profile, the roster import."""

    name = "lms.staff"
    label = "staff"
    verbose_name = _("Staff directory")
    default_auto_field = "django.db.models.BigAutoField"
