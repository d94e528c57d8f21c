"""The "Assign a course" form: a course, people (only those the viewer may assign to) or a whole
department or team, and a due date from today on."""

import datetime as dt

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from courses.models import CoursePage

from . import selectors
from .models import original_courses

# Above this many people, a compact multi-select replaces the list of checkboxes.
CHECKBOX_LIMIT = 60


class PersonChoiceField(forms.ModelMultipleChoiceField):
    def label_from_instance(self, user):
        name = user.get_full_name() or user.get_username()
        profile = getattr(user, "profile", None)
        return f"{name} ({profile.employee_number})" if profile else name


class AssignCourseForm(forms.Form):
    course = forms.ModelChoiceField(
        label=_("Course"),
        queryset=CoursePage.objects.none(),
        empty_label=_("Choose a course"),
    )
    people = PersonChoiceField(
        label=_("People"),
        queryset=None,
        required=False,
        help_text=_("Only the people you may assign courses to are listed."),
    )
    whole_team = forms.BooleanField(label=_("Everyone in my team"), required=False)
    department = forms.ModelChoiceField(
        label=_("Everyone in a department"),
        queryset=None,
        required=False,
        empty_label=_("No department"),
    )
    due_date = forms.DateField(
        label=_("Due date"),
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        help_text=_("Today or later."),
    )

    def __init__(self, *args, viewer, **kwargs):
        super().__init__(*args, **kwargs)
        self.viewer = viewer
        self.fields["course"].queryset = (
            CoursePage.objects.live().filter(original_courses()).order_by("title")
        )
        people = selectors.assignable_people(viewer)
        self.fields["people"].queryset = people
        self.people_as_checkboxes = people.count() <= CHECKBOX_LIMIT
        self.fields["people"].widget = (
            forms.CheckboxSelectMultiple()
            if self.people_as_checkboxes
            else forms.SelectMultiple(attrs={"size": 12})
        )
        self.fields["people"].widget.choices = self.fields["people"].choices
        departments = selectors.assignable_departments(viewer)
        self.fields["department"].queryset = departments
        self.can_choose_department = selectors.may_assign_anyone(viewer)
        if not self.can_choose_department:
            del self.fields["department"]
        self.team = selectors.team_of_viewer(viewer)
        if not self.team.exists():
            del self.fields["whole_team"]
        if "due_date" not in self.initial:
            self.initial["due_date"] = timezone.localdate() + dt.timedelta(days=30)

    def clean_due_date(self):
        due = self.cleaned_data["due_date"]
        if due < timezone.localdate():
            raise forms.ValidationError(_("The due date cannot be in the past."))
        return due

    def clean(self):
        data = super().clean()
        chosen = set(data.get("people") or ())
        if data.get("whole_team"):
            chosen.update(self.team)
        department = data.get("department")
        if department is not None:
            allowed = selectors.assignable_people(self.viewer)
            chosen.update(allowed.filter(profile__department=department))
        if not self.errors and not chosen:
            raise forms.ValidationError(
                _("Choose at least one person, your team or a department."), code="nobody"
            )
        data["recipients"] = sorted(chosen, key=lambda u: u.pk)
        return data
