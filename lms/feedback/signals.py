"""What the feedback room announces.

``suggestion_answered``: a trainer answered a suggestion or changed its status. Sent after the
transaction commits, with keyword arguments ``suggestion``, ``trainer`` and ``previous_status``.
"""

from django.dispatch import Signal

suggestion_answered = Signal()
