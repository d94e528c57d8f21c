from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class RecordsConfig(AppConfig):
    """The training record for appraisal, observations in practice, and motivation (badges,
    completion rates, the department leaderboard). Reads the staff directory and certification;
    neither of them imports this app."""

    name = "lms.records"
    label = "records"
    verbose_name = _("Training records")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import receivers  # noqa: F401 — answers the role-play room's criterion labels
