"""No tables: the board reads ``certification.CourseStatus``. This unmanaged model only carries
the two permissions that say who sees which board (granted to roles in ``lms/roles.py``)."""

from django.db import models
from django.utils.translation import gettext_lazy as _

VIEW_BOARD = "reports.view_board"
VIEW_TEAM_BOARD = "reports.view_team_board"


class ReadinessBoard(models.Model):
    class Meta:
        managed = False
        default_permissions = ()
        verbose_name = _("readiness board")
        verbose_name_plural = _("readiness boards")
        permissions = [
            ("view_board", _("Can view the readiness board of all staff")),
            ("view_team_board", _("Can view the readiness board of their own team")),
        ]

    def __str__(self):
        return str(self._meta.verbose_name)
