from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ScenariosConfig(AppConfig):
    name = "quizzes.scenarios"
    label = "scenarios"
    verbose_name = _("Role-play scenarios")
    default_auto_field = "django.db.models.BigAutoField"
