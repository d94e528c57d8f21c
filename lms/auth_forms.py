"""The sign-in form: Django's, with the login's length really checked on the server.

Django's ``AuthenticationForm`` sets the username field's ``max_length`` after the field is
built, so only the HTML attribute carries it: a longer login went on to ``authenticate()`` and
into the lockout table (255 characters), a database error for anyone anonymous.
"""

from django.contrib.auth.forms import AuthenticationForm
from django.core.validators import MaxLengthValidator


class SignInForm(AuthenticationForm):
    def __init__(self, request=None, *args, **kwargs):
        super().__init__(request, *args, **kwargs)
        field = self.fields["username"]
        if field.max_length and not any(
            isinstance(v, MaxLengthValidator) for v in field.validators
        ):
            field.validators.append(MaxLengthValidator(field.max_length))
