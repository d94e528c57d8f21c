from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ThemeConfig(AppConfig):
    name = "theme"
    verbose_name = _("Theme")

    def ready(self):
        from . import admin_counts, admin_wording

        admin_counts.install()
        admin_wording.install()
