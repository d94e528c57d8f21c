"""What the courses room announces. ``lms`` listens and decides (status, certification).

Both are sent after the transaction that recorded them commits, with keyword arguments
``user``, ``course`` (the original ``CoursePage``) and, for lessons, ``lesson`` and ``completion``.
"""

from django.dispatch import Signal

lesson_completed = Signal()
course_completed = Signal()
