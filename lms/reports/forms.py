"""The board's filter form (GET). Its choices are limited to the viewer's scope: a line manager
can only choose themselves as line manager, so another manager's id is an invalid choice."""

from django import forms
from django.utils.translation import gettext_lazy as _

from lms.certification.models import State

from . import rules, selectors
from .rules import display_name


class PersonChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        return display_name(obj.first_name, obj.last_name, obj.get_username())


class BoardFilterForm(forms.Form):
    q = forms.CharField(
        label=_("Name or employee number"), required=False, max_length=100, strip=True
    )
    department = forms.ModelChoiceField(
        label=_("Department"), queryset=None, required=False, empty_label=_("All departments")
    )
    job_role = forms.ModelChoiceField(
        label=_("Job role"), queryset=None, required=False, empty_label=_("All job roles")
    )
    line_manager = PersonChoiceField(
        label=_("Line manager"), queryset=None, required=False, empty_label=_("All line managers")
    )
    status = forms.ChoiceField(label=_("Status"), required=False)
    course = forms.ModelChoiceField(
        label=_("Course"), queryset=None, required=False, empty_label=_("All required courses")
    )

    def __init__(self, data, *, viewer, scope):
        super().__init__(data)
        self.fields["department"].queryset = selectors.department_choices()
        self.fields["job_role"].queryset = selectors.job_role_choices()
        self.fields["line_manager"].queryset = selectors.manager_choices(viewer, scope)
        self.fields["course"].queryset = selectors.course_choices(viewer, scope)
        self.fields["status"].choices = [
            ("", _("All statuses")),
            *[(value, label) for value, label in State.choices if value != State.NOT_ASSIGNED],
            (rules.OVERDUE, _("Overdue")),
        ]

    def filters(self):
        """The cleaned filters; call only when the form is valid."""
        data = self.cleaned_data

        def pk(name):
            return data[name].pk if data.get(name) is not None else None

        return selectors.Filters(
            department=pk("department"),
            job_role=pk("job_role"),
            line_manager=pk("line_manager"),
            status=data.get("status") or "",
            course=pk("course"),
            q=data.get("q") or "",
        )
