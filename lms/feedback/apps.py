from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class FeedbackConfig(AppConfig):
    """Staff feedback on standards: people suggest improvements from any lesson, trainers answer.

    Standards are developed with the staff's participation; this is that channel.
    """

    name = "lms.feedback"
    label = "feedback"
    verbose_name = _("Feedback on standards")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        # Wagtail asks for custom permission policies to be registered before any view uses one.
        from wagtail.permissions import register_permission_policy

        from .models import Suggestion
        from .permissions import SuggestionPermissionPolicy

        register_permission_policy(Suggestion, SuggestionPermissionPolicy(Suggestion))
