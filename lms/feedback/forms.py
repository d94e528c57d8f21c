"""The form a person fills in under a lesson."""

from django import forms
from django.utils.translation import gettext_lazy as _

from .models import TEXT_MAX_LENGTH, Suggestion

# Field ids on the lesson page: prefixed, so they never clash with a quiz or role-play block.
AUTO_ID = "suggestion-%s"


class SuggestionForm(forms.Form):
    kind = forms.ChoiceField(
        label=_("What is it about?"),
        choices=Suggestion.Kind.choices,
        initial=Suggestion.Kind.IMPROVEMENT,
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose what your suggestion is about.")},
    )
    text = forms.CharField(
        label=_("Your suggestion"),
        help_text=_(
            "Describe what could be better, or the situation and what happened. "
            "Trainers read every suggestion and answer it."
        ),
        max_length=TEXT_MAX_LENGTH,
        strip=True,
        widget=forms.Textarea(attrs={"rows": 5}),
        error_messages={"required": _("Describe your suggestion.")},
    )

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("auto_id", AUTO_ID)
        super().__init__(*args, **kwargs)
