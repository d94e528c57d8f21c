"""What the quizzes room announces. ``lms`` listens and decides (status, certification).

Both are sent after the transaction that recorded them commits, with keyword arguments
``user``, ``quiz``, ``sitting`` (``None`` when the quiz does not keep attempts and the sitting was
deleted), ``result`` (a ``quizzes.services.SittingResult``), ``passed`` and ``percent``.

``sitting_completed``: an attempt was finished (all questions answered, or time ran out).
``sitting_regraded``: a trainer's essay mark changed the score of a finished attempt.
"""

from django.dispatch import Signal

sitting_completed = Signal()
sitting_regraded = Signal()
