"""Demo content: five service-standard courses with quizzes and role-plays, and the audiences.

Pure data, no Django: ``lms.demo.builders`` turns it into pages, snippets and quiz objects.
The Russian course on the principles of service also carries German and English translations,
the German course on loyalty Russian and English ones.
"""

from . import (
    c000_principles,
    c001_ideal_service,
    c002_feedback,
    c003_standards_org,
    c004_loyalty,
)
from .audiences import AUDIENCES

COURSES = [
    c000_principles.COURSE,
    c001_ideal_service.COURSE,
    c002_feedback.COURSE,
    c003_standards_org.COURSE,
    c004_loyalty.COURSE,
]

__all__ = ["AUDIENCES", "COURSES"]
