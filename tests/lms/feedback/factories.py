"""Builders for suggestions: a course with lessons and suggestions sent through the service."""

from lms.feedback import services
from lms.feedback.models import Suggestion
from tests.courses.factories import make_course


def make_lesson(catalogue, **kwargs):
    course, lessons = make_course(catalogue, lessons=2, **kwargs)
    return course, lessons[0]


def suggest(user, lesson, text="Добавьте сценарий для клиента с ребёнком.", kind=None):
    return services.submit(user, lesson, kind or Suggestion.Kind.UNCOVERED, text)
