"""Small, documented corrections to Wagtail 8 / Django 6.1 behaviour that would otherwise turn
bad input into a 500 instead of a form error.

Each is applied once from ``LmsConfig.ready`` and is meant to be removed when upstream fixes it.

- Chooser widgets (pages, snippets, images, documents) re-render a form that failed validation
  with the submitted value; ``BaseChooser.get_instance`` looks that value up as a primary key and
  raises ``ValueError`` for anything that is not one (``course=abc``), so a form error became a
  server error. A value that is not a valid key now renders as "nothing chosen", and the form's
  own field error says what is wrong.
- On SQLite (the demo's database) a choice field given a number beyond 64 bits
  (``course=99999999999999999999``) raises ``OverflowError`` from the database driver while
  looking it up; it is now the field's ordinary "not one of the available choices" error.
"""

from django.core.exceptions import ValidationError


def apply():
    _tolerant_chooser_widgets()
    _choice_fields_refuse_overflowing_keys()


def _choice_fields_refuse_overflowing_keys():
    from django import forms

    for field_class, method in (
        (forms.ModelChoiceField, "to_python"),
        (forms.ModelMultipleChoiceField, "_check_values"),
    ):
        original = getattr(field_class, method)
        if getattr(original, "_lms_tolerant", False):
            continue
        setattr(field_class, method, _refusing_overflow(original))


def _refusing_overflow(original):
    def method(self, value):
        try:
            return original(self, value)
        except OverflowError as error:
            raise ValidationError(
                self.error_messages["invalid_choice"],
                code="invalid_choice",
                params={"value": str(value)[:40]},
            ) from error

    method._lms_tolerant = True
    return method


def _tolerant_chooser_widgets():
    from wagtail.admin.widgets.chooser import BaseChooser

    if getattr(BaseChooser.get_instance, "_lms_tolerant", False):
        return
    original = BaseChooser.get_instance

    def get_instance(self, value):
        try:
            return original(self, value)
        except (ValueError, TypeError, OverflowError, ValidationError):
            return None

    get_instance._lms_tolerant = True
    BaseChooser.get_instance = get_instance
