"""How our admin screens show values to people: labels and local times, never raw Python values.

Wagtail shows a boolean as "True"/"False", an empty value as "None", a JSON field as a dict and a
date-time as stored. Our viewsets use these instead (theme is the lowest app: every room may
import it).
"""

import datetime as dt

from django.utils import formats, timezone
from django.utils.translation import gettext as _
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.generic import InspectView

EMPTY = "—"


def readable(value):
    """A value as a person reads it in the active language and the site's time zone."""
    if value is None or value == "":
        return EMPTY
    if isinstance(value, bool):
        return _("Yes") if value else _("No")
    if isinstance(value, dt.datetime):
        if timezone.is_aware(value):
            value = timezone.localtime(value)
        return formats.date_format(value, "DATETIME_FORMAT")
    if isinstance(value, dt.date):
        return formats.date_format(value, "DATE_FORMAT")
    return value


def yes_no_column(model, field_name, **kwargs):
    """A listing column of a boolean field: "Yes"/"No" in the viewer's language."""
    field = model._meta.get_field(field_name)
    return Column(
        field_name,
        label=field.verbose_name,
        accessor=lambda obj: readable(getattr(obj, field_name)),
        sort_key=field_name,
        **kwargs,
    )


class ReadableInspectView(InspectView):
    """Wagtail's inspect view, showing yes/no, a dash for nothing and local times."""

    def get_field_display_value(self, field_name, field):
        value = super().get_field_display_value(field_name, field)
        if isinstance(value, (bool, dt.date, type(None), str)):
            return readable(value)
        return value
