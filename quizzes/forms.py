"""The answer form of one question: its field follows the question's kind."""

from django import forms
from django.utils.translation import gettext_lazy as _

from .models import Question
from .services import ESSAY_MAX_LENGTH


class AnswerForm(forms.Form):
    """``answer`` is a radio group (one choice, true/false), checkboxes (select all that apply)
    or a text area (essay). Its label is the question, rendered as the fieldset's legend."""

    question = forms.IntegerField(widget=forms.HiddenInput)

    def __init__(self, question, choices, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.question_obj = question
        self.fields["question"].initial = question.pk
        label = question.content
        if question.kind == Question.Kind.ESSAY:
            self.fields["answer"] = forms.CharField(
                label=label,
                max_length=ESSAY_MAX_LENGTH,
                widget=forms.Textarea(attrs={"rows": 8}),
                error_messages={"required": _("Write your answer.")},
            )
        elif question.kind == Question.Kind.MULTIPLE_CHOICE and question.select_all:
            self.fields["answer"] = forms.MultipleChoiceField(
                label=label,
                choices=[(str(v), text) for v, text in choices],
                widget=forms.CheckboxSelectMultiple,
                help_text=_("Select all answers that apply."),
                error_messages={"required": _("Select at least one answer.")},
            )
        else:
            self.fields["answer"] = forms.ChoiceField(
                label=label,
                choices=[(str(v), text) for v, text in choices],
                widget=forms.RadioSelect,
                error_messages={"required": _("Choose an answer.")},
            )
