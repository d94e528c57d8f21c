"""The answer form of one question: its field follows the question's kind."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm

from .models import Question
from .services import ESSAY_MAX_LENGTH

UNKNOWN_CHOICE = _(
    "This answer is not one of the choices shown for this question. Reload the page and choose "
    "again."
)


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
                error_messages={
                    "required": _("Select at least one answer."),
                    "invalid_choice": UNKNOWN_CHOICE,
                },
            )
        else:
            self.fields["answer"] = forms.ChoiceField(
                label=label,
                choices=[(str(v), text) for v, text in choices],
                widget=forms.RadioSelect,
                error_messages={
                    "required": _("Choose an answer."),
                    "invalid_choice": UNKNOWN_CHOICE,
                },
            )


class QuestionAdminForm(WagtailAdminModelForm):
    """The admin form of a question: a multiple-choice question needs two answers or more and at
    least one correct one; other kinds keep no answers, and each kind keeps only its own fields
    (the editor shows only those, with quizzes/js/question-kind.js)."""

    def clean(self):
        cleaned = super().clean()
        kind = cleaned.get("kind")
        # Each kind keeps only its own fields, whatever the browser showed or sent.
        if kind != Question.Kind.MULTIPLE_CHOICE:
            cleaned["select_all"] = False
        if kind != Question.Kind.TRUE_FALSE:
            cleaned["true_false_correct"] = False
        formset = self.formsets.get("answers")
        if formset is None or not formset.is_valid():
            return cleaned
        kept = [
            form.cleaned_data
            for form in formset.forms
            if form.cleaned_data and not form.cleaned_data.get("DELETE")
        ]
        if kind == Question.Kind.MULTIPLE_CHOICE:
            if len(kept) < 2:
                self.add_error(None, _("A multiple-choice question needs at least two answers."))
            elif not any(answer.get("correct") for answer in kept):
                self.add_error(None, _("Tick at least one answer as correct."))
        elif kept:
            self.add_error(None, _("Only multiple-choice questions have answers to choose from."))
        return cleaned
