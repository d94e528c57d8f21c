"""Forms of the records room: the appraisal period, and the two steps of an observation."""

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from . import rules
from .models import Channel, Result


class DateInput(forms.DateInput):
    input_type = "date"

    def __init__(self, **kwargs):
        super().__init__(format="%Y-%m-%d", **kwargs)


class PeriodForm(forms.Form):
    """The appraisal period of a training record (a GET form)."""

    start = forms.DateField(label=pgettext_lazy("period", "From"), widget=DateInput())
    end = forms.DateField(label=pgettext_lazy("period", "To"), widget=DateInput())

    def clean(self):
        data = super().clean()
        problem = rules.period_problem(data.get("start"), data.get("end"))
        if problem:
            raise forms.ValidationError(problem)
        return data


def _person_label(user):
    name = user.get_full_name() or user.get_username()
    profile = getattr(user, "profile", None)
    department = getattr(profile, "department", None)
    return f"{name} — {department}" if department else name


class ChooseForm(forms.Form):
    """Step 1: whom, and against which standard."""

    person = forms.ModelChoiceField(
        label=_("Person observed"),
        queryset=None,
        empty_label=_("Choose a person"),
        error_messages={"required": _("Choose the person you observed.")},
    )
    course = forms.ModelChoiceField(
        label=_("Standard"),
        queryset=None,
        empty_label=_("Choose a standard"),
        error_messages={"required": _("Choose the standard you observed against.")},
    )

    def __init__(self, *args, people, courses, course_titles=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["person"].queryset = people
        self.fields["person"].label_from_instance = _person_label
        self.fields["course"].queryset = courses
        # Standards are offered under their titles in the reader's language, in that order.
        titles = course_titles or {}
        field = self.fields["course"]
        offered = [(c.pk, titles.get(c.translation_key, c.title)) for c in courses]
        field.choices = [("", field.empty_label), *sorted(offered, key=lambda c: c[1].casefold())]


RESULT_PREFIX = "result-"
COMMENT_PREFIX = "comment-"


class ObservationForm(forms.Form):
    """Step 2: the date, the channel, a result for every criterion and comments."""

    observed_on = forms.DateField(
        label=_("Date of the observation"),
        widget=DateInput(),
        error_messages={"required": _("Enter the date of the observation.")},
    )
    channel = forms.ChoiceField(
        label=_("Channel"),
        choices=Channel.choices,
        initial=Channel.IN_PERSON,
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose how the customer was served.")},
    )
    comment = forms.CharField(
        label=_("Overall comment"),
        required=False,
        max_length=4000,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("What went well, what to practise next. The person reads it in their record."),
    )

    def __init__(self, *args, criteria, **kwargs):
        super().__init__(*args, **kwargs)
        self.criteria = criteria
        self.fields["observed_on"].widget.attrs["max"] = timezone.localdate().isoformat()
        for criterion in criteria:
            self.fields[RESULT_PREFIX + criterion.code] = forms.ChoiceField(
                label=criterion.text,
                choices=Result.choices,
                widget=forms.RadioSelect,
                error_messages={"required": _("Choose met, not met or not applicable.")},
            )
            self.fields[COMMENT_PREFIX + criterion.code] = forms.CharField(
                label=_("Comment"),
                required=False,
                max_length=2000,
                widget=forms.Textarea(attrs={"rows": 2}),
            )
        if not self.is_bound:
            self.initial.setdefault("observed_on", timezone.localdate())

    def clean_observed_on(self):
        value = self.cleaned_data.get("observed_on")
        problem = rules.observation_date_problem(value, timezone.localdate())
        if problem:
            raise forms.ValidationError(problem)
        return value

    def criterion_rows(self):
        """(criterion, result field, comment field) for the template."""
        return [
            (c, self[RESULT_PREFIX + c.code], self[COMMENT_PREFIX + c.code]) for c in self.criteria
        ]

    def results(self):
        from .services import CriterionResult

        return [
            CriterionResult(
                code=c.code,
                text=c.text,
                result=self.cleaned_data[RESULT_PREFIX + c.code],
                comment=self.cleaned_data.get(COMMENT_PREFIX + c.code, ""),
            )
            for c in self.criteria
        ]
