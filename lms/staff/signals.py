"""What the staff directory announces, so that assignments can follow people.

Both are sent by :mod:`lms.staff.services` (and the roster import, and the admin's profile form)
after the transaction that wrote the change commits, with ``sender=EmployeeProfile``:

- ``employee_created(profile)`` — a new person: give them their onboarding plan at once.
- ``employee_changed(profile, changed_fields)`` — ``changed_fields`` is a ``frozenset`` of field
  names (``"department"``, ``"job_role"``, ``"line_manager"``, ``"hire_date"``, ``"active"``,
  ``"preferred_language"``, ``"employee_number"``, ``"first_name"``, ``"last_name"``,
  ``"email"``, ``"username"``); sent only when at least one of them changed.
"""

from django.dispatch import Signal

employee_created = Signal()
employee_changed = Signal()
