"""What the role-play room announces. ``lms`` listens and decides (status, certification).

``scenario_attempt_finished`` is sent after the transaction that finished the attempt commits,
with keyword arguments ``user``, ``scenario`` (the ``Scenario`` played, in the language played),
``attempt`` (the finished ``ScenarioAttempt``: ``score``, ``max_score``, ``passed``, ``result``),
``criteria_met`` and ``criteria_missed`` (tuples of criterion identifiers of the standard).

``criterion_labels`` asks the layers above for the wording of criteria: sent with ``scenario``
and ``codes`` (identifiers); a receiver returns a dict ``{code: text}`` for those it knows (the
criteria live in the standard's checklists, which this room does not read).
"""

from django.dispatch import Signal

scenario_attempt_finished = Signal()
criterion_labels = Signal()
