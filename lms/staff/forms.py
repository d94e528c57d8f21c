"""The roster upload form and the admin's profile form."""

from django import forms
from django.core.validators import FileExtensionValidator
from django.db import transaction
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm

from . import services

MAX_UPLOAD_BYTES = 10 * 1024 * 1024


class RosterImportForm(forms.Form):
    file = forms.FileField(
        label=_("Roster file"),
        help_text=_(
            "A CSV (UTF-8, comma or semicolon) or Excel .xlsx file with a header row: "
            "employee_number, first_name, last_name, email, username, department, job_role, "
            "line_manager, hire_date, language, active."
        ),
        validators=[FileExtensionValidator(["csv", "xlsx"])],
        widget=forms.ClearableFileInput(attrs={"accept": ".csv,.xlsx"}),
    )
    dry_run = forms.BooleanField(
        label=_("Dry run: only show what would change"),
        help_text=_("Untick to import for real."),
        required=False,
        initial=True,
    )
    send_invitations = forms.BooleanField(
        label=_("E-mail an invitation to each new person"),
        help_text=_(
            "New people with an e-mail get a link to set their password (it works once and "
            "expires). You can send it again from the staff directory."
        ),
        required=False,
        initial=True,
    )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > MAX_UPLOAD_BYTES:
            raise forms.ValidationError(_("The file is larger than 10 MB."))
        return upload


class EmployeeProfileForm(WagtailAdminModelForm):
    """Saving a profile in the admin keeps the account's active flag in step with it and
    announces the change, as the services do."""

    def save(self, commit=True):
        if not commit:
            return super().save(commit=False)
        created = self.instance._state.adding
        with transaction.atomic():
            profile = super().save(commit=True)
            services.profile_saved_in_admin(
                profile, created=created, changed_fields=self.changed_data
            )
        return profile
