"""Who may do what with suggestions in the admin.

Suggestions are only ever sent from a lesson by their author: nobody adds (or copies) one in the
admin, not even a superuser. Viewing, answering and deleting follow the model permissions
granted in ``lms.roles`` (trainers view and answer, HR views, nobody but a superuser deletes).
"""

from django.contrib.auth import get_user_model
from wagtail.permission_policies import ModelPermissionPolicy

NEVER_IN_ADMIN = frozenset({"add"})


class SuggestionPermissionPolicy(ModelPermissionPolicy):
    def user_has_permission(self, user, action):
        if action in NEVER_IN_ADMIN:
            return False
        return super().user_has_permission(user, action)

    def users_with_any_permission(self, actions):
        actions = [action for action in actions if action not in NEVER_IN_ADMIN]
        if not actions:
            return get_user_model().objects.none()
        return super().users_with_any_permission(actions)
